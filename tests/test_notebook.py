"""The walkthrough notebook runs from top to bottom."""
import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT


def test_notebook_walkthrough_runs(tmp_path):
    nb = nbformat.read(ROOT / "notebooks" / "walkthrough.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(o.get("text", "") for o in outputs)
    assert "Joe Biden" in text and "threaten" in text
