#!/usr/bin/env bash
# Set up everything kg needs on a fresh Debian machine: system packages (chromium for the page tests,
# rapper and serdi as independent Turtle parsers) and a virtual environment in .venv/ with kg, its
# dependencies and the French spaCy model (from PyPI). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v serdi >/dev/null 2>&1 || need+=(serdi)
if ((${#need[@]})); then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "installing system packages: ${need[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

python=${PYTHON:-python3}
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "kg is set up in .venv/ ($(.venv/bin/kg --version))" >&2
