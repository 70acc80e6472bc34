"""Reproducible builds: the same seeds give the same bytes, on any clone.

Two copies of the project in folders of different names (two clones) are
built with ``pelican content`` under different ``PYTHONHASHSEED`` values, so
that set and dict orders differ between the runs, then compared file by
file: pages, feeds, the Pagefind index, the theme's files.

What used to differ: seeds of the same date were listed (front page, tag,
section, source and author pages, feeds) in the order Pelican read them, an
order that changed with the hash seed; seeds with the same title and day
made the build stop (two pages for one file); an empty feed was dated with
the build time. An undated seed is dated by when it was first added, which
the committed seed ledger records: the clones are made after it is
committed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from build_support import NO_NER, pelican, project_copy, snapshot
from conftest import CORPUS, build
from hostile_support import synthetic
from markup_scan import executable_markup
from publish_support import git, run_invoke

TIES = {
    f"meme-jour-{n}.txt": synthetic(
        "Un essai au même titre" if n < 3 else f"Un essai du même jour, numéro {n}",
        front="date: 2024-03-05\ntags: [Jardin imaginaire, Essai]\n",
    )
    for n in range(6)
}


def built_twice(tmp_path, seeds, settings) -> tuple[dict, dict]:
    """Builds of two fresh clones of a project whose seed ledger is committed
    (``invoke seeds`` records the seeds), in folders of different names."""
    origin = project_copy(tmp_path / "origin" / "revue", seeds)
    listed = run_invoke(origin, "seeds", "--json", "--no-entities")
    assert listed.returncode == 0, listed.stderr
    git(origin, "add", "seeds/ledger.json")
    git(origin, "commit", "--quiet", "--message", "Seed ledger")
    clones = (tmp_path / "clone-a" / "revue", tmp_path / "clone-b" / "autre-nom")
    for clone, hash_seed in zip(clones, ("1", "2"), strict=True):
        git(tmp_path, "clone", "--quiet", str(origin), str(clone))
        done = pelican(clone, settings, hash_seed=hash_seed)
        assert done.returncode == 0, done.stdout + done.stderr
    assert executable_markup(clones[0] / "output") == []
    return snapshot(clones[0] / "output"), snapshot(clones[1] / "output")


@pytest.mark.slow
def test_two_builds_of_the_shipped_seeds_are_byte_identical(tmp_path):
    """As the README builds: language model, tags, search index and all."""
    first, second = built_twice(tmp_path, None, {})
    assert first == second
    assert {"index.html", "feeds/all.atom.xml", "pagefind/bundles.json"} <= set(first)
    assert any(name.endswith("/pagefind-entry.json") for name in first)


def test_seeds_with_ties_build_byte_identical(tmp_path):
    """The dev corpus plus seeds sharing a day, a title and tags."""
    seeds = {path.name: path.read_text("utf-8") for path in CORPUS.glob("*.txt")}
    first, second = built_twice(tmp_path, {**seeds, **TIES}, NO_NER)
    assert first == second
    pages = [name for name in first if name.startswith("2024/03/05/")]
    assert len(pages) == 6
    assert any(
        name.startswith("pagefind/shard-") and "/fragment/" in name for name in first
    )


def test_an_empty_feed_is_not_dated_with_the_build_time(tmp_path):
    """No seed, no ledger: the Unix epoch, never the clock nor an invented day."""
    site = build(tmp_path, {})
    feed = ET.parse(site.output / "feeds" / "all.atom.xml").getroot()
    updated = feed.find("{http://www.w3.org/2005/Atom}updated").text
    assert updated == "1970-01-01T00:00:00+00:00"


def test_same_title_urls_do_not_depend_on_the_other_seeds(tmp_path):
    """The earliest seed of a day keeps the plain URL; another one's URL is made
    from its own path, so adding a third seed moves neither."""
    base = "2024/03/05/un-essai-au-titre-partage"
    later = synthetic("Un essai au titre partagé", front="date: 2024-03-05 10:00\n")
    earlier = synthetic(
        "Un essai au titre partagé",
        ["Une version publiée une heure plus tôt par le journal imaginaire."],
        front="date: 2024-03-05 09:00\n",
    )
    seeds = {"a-plus-tard.txt": later, "b-plus-tot.txt": earlier}
    site = build(tmp_path / "deux", seeds)
    assert sorted(site.article_paths()) == [
        f"{base}-d39dc8/index.html",
        f"{base}/index.html",
    ]
    third = synthetic(
        "Un essai au titre partagé",
        ["Une troisième copie, collée le soir par la rédaction imaginaire."],
        front="date: 2024-03-05 20:00\n",
    )
    site = build(tmp_path / "trois", {**seeds, "c-le-soir.txt": third})
    assert sorted(site.article_paths()) == [
        f"{base}-7c475d/index.html",
        f"{base}-d39dc8/index.html",
        f"{base}/index.html",
    ]
    assert "Une version publiée une heure plus tôt" in site.html(f"{base}/")
