"""Read articles from files: UTF-8 text with an optional leading ``date YYYY[-MM[-DD]]`` header (also
``date: YYYY-MM-DD``)."""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import KgError
from kg.model import Article

__all__ = ["read", "read_many", "parse_text", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = (".txt", ".md")
_HEADER = re.compile(r"\A\s*date(?:\s*:\s*|\s+)(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*(?:\r?\n)*[ \t]*")


def parse_text(raw: str, name: str) -> Article:
    """Split an optional date header from the article text.

    The header may run on into the first sentence, as in ``date 2022-01 Joe Biden a ...``.

    >>> a = parse_text(" date 2022-01 Joe Biden a menacé.", "x")
    >>> a.date, a.text
    ('2022-01', 'Joe Biden a menacé.')
    >>> parse_text("date: 2021-12-07 Joe Biden a menacé.", "x").date
    '2021-12-07'
    """
    match = _HEADER.match(raw)
    date = match.group(1) if match else None
    text = raw[match.end():] if match else raw.lstrip()
    text = text.rstrip()
    if not text.strip():
        raise KgError(f"{name}: the article is empty")
    return Article(text=text, name=name, date=date)


def read(path: str | Path) -> Article:
    """Read one article file.

    Raises ``KgError`` when the file is missing, empty, binary or not UTF-8.
    """
    path = Path(path)
    if not path.exists():
        raise KgError(f"{path}: no such file")
    if path.is_dir():
        raise KgError(f"{path}: is a folder, not an article")
    data = path.read_bytes()
    if not data.strip():
        raise KgError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise KgError(f"{path}: a binary file, not a text article")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KgError(f"{path}: not UTF-8 text (byte {exc.start}); convert it with iconv -t UTF-8") from None
    return parse_text(raw, path.name)


def read_many(paths: list[str | Path]) -> list[Article]:
    """Read articles from files and folders (a folder gives its ``.txt`` and ``.md`` files, sorted).

    Raises ``KgError`` when a folder holds no article.
    """
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix in ARTICLE_SUFFIXES and f.is_file())
            if not found:
                raise KgError(f"{p}: no article (.txt or .md) in this folder")
            files.extend(found)
        else:
            files.append(p)
    return [read(f) for f in files]
