import pytest

from kg.errors import KgError
from kg.sources import parse_text, read, read_many


@pytest.mark.parametrize("raw, date, start", [
    (" date 2022-01 Joe Biden a menacé.", "2022-01", "Joe Biden"),
    ("date 2021-12-30\n\nLe texte.", "2021-12-30", "Le texte"),
    ("date 2020\nLe texte.", "2020", "Le texte"),
    ("date: 2021-12-07\nTitre\n\nLe texte.", "2021-12-07", "Titre"),
    ("date:2021-12-07 Le texte.", "2021-12-07", "Le texte"),
    ("Sans en-tête.", None, "Sans en-tête"),
])
def test_sources_header(raw, date, start):
    article = parse_text(raw, "a.txt")
    assert article.date == date
    assert article.text.startswith(start)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"\x89PNG\x00\x00binary", "binary"),
    ("Élysée".encode("latin-1"), "not UTF-8"),
])
def test_sources_bad_files(tmp_path, content, message):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(KgError, match=message):
        read(path)


def test_sources_missing_and_empty_folder(tmp_path):
    with pytest.raises(KgError, match="no such file"):
        read(tmp_path / "nope.txt")
    with pytest.raises(KgError, match="no article"):
        read_many([tmp_path])


def test_sources_folder_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("Deux.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Un.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    assert [a.name for a in read_many([tmp_path])] == ["a.txt", "b.txt"]
