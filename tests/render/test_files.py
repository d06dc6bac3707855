from pathlib import Path

from briefgen.render import write_pages


def test_write_pages_writes_only_changes_and_removes_stale(tmp_path: Path):
    out = tmp_path / "docs"
    assert sorted(write_pages({"a.md": "A", "b/c.md": "C", "i.png": b"\x89PNG"}, out)) == ["a.md", "b/c.md", "i.png"]
    assert write_pages({"a.md": "A", "b/c.md": "C", "i.png": b"\x89PNG"}, out) == []
    assert write_pages({"a.md": "A2"}, out) == ["a.md"]
    assert not (out / "b").exists() and not (out / "i.png").exists()
    assert (out / "a.md").read_text() == "A2"
