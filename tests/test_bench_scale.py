"""bench/scale.py's articles: the same count gives the same bytes, each seed
reads as the article it was written from, and plain Pelican's and Hugo's
copies hold the same articles. No timing here (the bench prints figures)."""

from __future__ import annotations

from pathlib import Path

from bench.scalesites import articles, write_hugo, write_pelican, write_seeds
from newsdigest.seeds.parse import parse_seed


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _write_all(folder: Path, count: int) -> None:
    found = articles(count)
    write_seeds(folder / "seeds", found)
    write_pelican(folder / "pelican", found)
    write_hugo(folder / "hugo", found)


def test_the_same_count_writes_the_same_bytes(tmp_path):
    _write_all(tmp_path / "a", 8)
    _write_all(tmp_path / "b", 8)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert articles(8, seed=1) != articles(8)


def test_each_seed_reads_as_its_article(tmp_path):
    found = articles(12)
    write_seeds(tmp_path, found)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(found)
    for name, fields in found.items():
        seed = parse_seed((tmp_path / name).read_text(encoding="utf-8"), name)
        assert [p for p in seed.problems if p.level == "error"] == []
        assert seed.title == fields["title"]
        assert seed.source == fields["source"]
        assert seed.section == fields["section"]
        assert seed.lede == fields["lede"]
        assert seed.published.replace(tzinfo=None) == fields["date"]
        assert [e.text for e in seed.body] == fields["paragraphs"]
        assert seed.overrides["tags"] == fields["tags"]
        assert 3 <= len(fields["tags"]) <= 6
        assert 500 <= len(" ".join(fields["paragraphs"]).split()) <= 700


def test_pelican_and_hugo_get_the_same_articles(tmp_path):
    found = articles(5)
    write_pelican(tmp_path / "pelican", found)
    write_hugo(tmp_path / "hugo", found)
    for name, fields in found.items():
        stem = Path(name).stem
        plain = (tmp_path / "pelican/content" / f"{stem}.md").read_text("utf-8")
        hugo = (tmp_path / "hugo/content/articles" / f"{stem}.md").read_text("utf-8")
        for text in (plain, hugo):
            assert fields["title"] in text
            assert all(paragraph in text for paragraph in fields["paragraphs"])
            assert all(tag in text for tag in fields["tags"])
