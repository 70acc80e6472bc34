"""The search index in shards (``newsdigest.build.shards``): a site of a dozen
synthetic articles built with at most four pages a Pagefind bundle.

A reader in headless Chromium finds a word printed only in the oldest
article and one printed only in the newest, which are in different bundles,
and a word every article prints in all of them; a rebuild after one seed is
added makes again only the bundle it falls in (the others are the very
files of the last build, by inode) and equals a cold build byte for byte;
a bundle deleted or altered in the live site is made again, never trusted.
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from build_support import snapshot
from conftest import build
from hostile_support import synthetic
from publish_support import launch_chromium, served

from newsdigest.build.shards import MANIFEST, split, starts_shard
from newsdigest.settings import SettingError, digest_settings

CAP = 4
SETTINGS = {"DIGEST_SEARCH": True, "DIGEST_SEARCH_SHARD_PAGES": CAP}
# Invented words, each printed by one article only.
OLDEST_WORD, NEWEST_WORD, ADDED_WORD = "quarnepoulpe", "vistrombole", "flabergone"
MONTHS = range(1, 13)


def seed(month: int, word: str = "") -> str:
    """A synthetic article of the 10th of ``month`` 2024, printing ``word``."""
    extra = [f"Le mot {word} ne figure que dans cet article."] if word else []
    return synthetic(
        f"Un essai du mois numéro {month} au jardin imaginaire",
        ["Un paragraphe décrit le jardin imaginaire des essais.", *extra],
        front=f"date: 2024-{month:02d}-10 09:30\n",
    )


SEEDS = {
    f"essai-{month:02d}.txt": seed(
        month, {1: OLDEST_WORD, 12: NEWEST_WORD}.get(month, "")
    )
    for month in MONTHS
}
ADDED = ("essai-13.txt", seed(12, ADDED_WORD).replace("2024-12-10", "2024-12-20"))


def bundles(output: Path) -> list[str]:
    """The bundles the search page loads, newest first."""
    manifest = json.loads((output / "pagefind" / MANIFEST).read_text("utf-8"))
    return [name.removesuffix("/") for name in manifest["bundles"]]


def inodes(output: Path) -> dict[str, dict[str, int]]:
    """Each bundle's files and their inodes."""
    return {
        name: {
            str(path.relative_to(output / "pagefind" / name)): path.stat().st_ino
            for path in (output / "pagefind" / name).rglob("*")
            if path.is_file()
        }
        for name in bundles(output)
    }


def urls(output: Path, name: str) -> set[str]:
    """The page URLs a bundle holds, from its fragments."""
    fragments = (output / "pagefind" / name / "fragment").glob("*.pf_fragment")
    return {
        json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd") :])["url"]
        for f in fragments
    }


def cold(root: Path) -> dict[str, str]:
    """A build of the same seeds from nothing (no record, no output)."""
    shutil.rmtree(root / "output")
    shutil.rmtree(root / "cache")
    return snapshot(build(root, {}, SETTINGS).output)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    build(tmp_path, SEEDS, SETTINGS)
    return tmp_path


def test_the_articles_are_split_into_small_bundles(project):
    output = project / "output"
    names = bundles(output)
    assert len(names) >= 3
    held = [urls(output, name) for name in names]
    assert all(1 <= len(pages) <= CAP for pages in held)
    assert sum(len(pages) for pages in held) == len(SEEDS)
    assert set().union(*held) == {
        "/" + path.removesuffix("index.html")
        for path in (p.relative_to(output).as_posix() for p in output.rglob("*.html"))
        if path.startswith("2024/")
    }
    # Newest first: the newest article is in the first bundle, the oldest in
    # the last.
    assert any("/2024/12/10/" in url for url in held[0])
    assert any("/2024/01/10/" in url for url in held[-1])


@pytest.fixture
def base_url(project) -> Iterator[str]:
    with served(project / "output") as url:
        yield url


@pytest.mark.browser
def test_a_reader_finds_words_of_the_oldest_and_newest_bundles(base_url):
    from playwright.sync_api import sync_playwright

    failures: list[str] = []
    result = ".search-result .card-title a"
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.on(
            "response",
            lambda r: failures.append(f"{r.status} {r.url}") if r.status >= 400 else 0,
        )
        found = {}
        for word in (OLDEST_WORD, NEWEST_WORD, "jardin"):
            page.goto(f"{base_url}/recherche/?q={word}")
            page.wait_for_selector(result, timeout=15000)
            found[word] = page.eval_on_selector_all(
                result, "links => links.map(a => new URL(a.href).pathname)"
            )
            status = page.locator("#recherche-etat").inner_text()
            assert status.startswith(f"{len(found[word])} article")
        browser.close()
    assert [url[:12] for url in found[OLDEST_WORD]] == ["/2024/01/10/"]
    assert [url[:12] for url in found[NEWEST_WORD]] == ["/2024/12/10/"]
    assert sorted(url[:9] for url in found["jardin"]) == [
        f"/2024/{month:02d}/" for month in MONTHS
    ]
    assert failures == []


def changed_pages(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """The URLs of the article pages added or changed between two snapshots."""
    return {
        "/" + name.removesuffix("index.html")
        for name, digest in after.items()
        if name.startswith("2024/") and before.get(name) != digest
    }


def rebuilt(project: Path) -> tuple[list[str], set[str]]:
    """Rebuild; (the bundles made again, the URLs of the pages that changed),
    once checked that every other bundle is the last build's files."""
    output = project / "output"
    before, pages = inodes(output), snapshot(output)
    build(project, {}, SETTINGS)
    after = inodes(output)
    changed = changed_pages(pages, snapshot(output))
    made = [name for name in after if name not in before]
    for name in after:
        if name in before:  # the last build's very files, linked
            assert after[name] == before[name]
    return made, changed


def test_adding_a_seed_makes_only_the_bundles_of_changed_pages(project):
    """The new article and the one before it (its "next" link) changed: the
    one or two newest bundles are made, the others linked."""
    (project / "seeds" / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    made, changed = rebuilt(project)
    output = project / "output"
    assert len(changed) == 2
    assert 1 <= len(made) <= 2 < len(bundles(output)) - 2
    assert made == bundles(output)[: len(made)]  # the newest
    assert set().union(*(urls(output, name) for name in made)) >= changed
    assert any("/2024/12/20/" in url for url in urls(output, made[0]))
    assert snapshot(output) == cold(project)


def test_deleting_an_old_seed_keeps_the_newer_bundles(project):
    (project / "seeds" / "essai-02.txt").unlink()
    made, changed = rebuilt(project)
    output = project / "output"
    assert 1 <= len(made) <= 2 < len(bundles(output)) - 2
    assert set().union(*(urls(output, name) for name in made)) >= changed
    assert bundles(output)[-1] in made  # the oldest
    assert snapshot(output) == cold(project)


@pytest.mark.parametrize("damage", ["deleted", "altered"])
def test_a_damaged_bundle_is_made_again(project, damage):
    output = project / "output"
    names = bundles(output)
    victim = output / "pagefind" / names[1]
    fragment = sorted((victim / "fragment").iterdir())[0]
    if damage == "deleted":
        fragment.unlink()
    else:
        fragment.write_bytes(b"\x00" * fragment.stat().st_size)
    before = inodes(output)
    warm = snapshot(build(project, {}, SETTINGS).output)
    after = inodes(output)
    assert list(after) == names
    for name in names:
        same = after[name] == before[name]
        assert same == (name != names[1])
    assert warm == cold(project)


def test_a_build_in_place_keeps_no_bundle_of_the_last_one(tmp_path):
    settings = {**SETTINGS, "DIGEST_ATOMIC_OUTPUT": False}
    output = build(tmp_path, SEEDS, settings).output
    (tmp_path / "seeds" / "essai-02.txt").unlink()
    build(tmp_path, {}, settings)
    names = bundles(output)
    assert sorted(path.name for path in (output / "pagefind").iterdir()) == sorted(
        [*names, MANIFEST]
    )
    # Pelican leaves the deleted seed's page in place; it is indexed once.
    articles = len(list(output.glob("2024/*/*/*/index.html")))
    assert sum(len(urls(output, name)) for name in names) == articles


def test_shards_are_a_function_of_the_pages_alone():
    """Adding or deleting any page moves no boundary beyond the next page
    that starts a run; every run is at most the cap."""
    rng = random.Random(11)
    pages = sorted(
        f"20{rng.randrange(10, 30)}/{rng.randrange(1, 13):02d}/x{n}/index.html"
        for n in range(400)
    )
    cap = 16
    runs = split(pages, cap)
    assert [page for run in runs for page in run] == pages
    assert all(1 <= len(run) <= cap for run in runs)
    assert split(list(reversed(pages)), cap) == runs
    for changed in (
        [*pages, "2099/01/01/new/index.html"],
        pages[:150] + pages[151:],
        sorted([*pages, "2015/06/x-old/index.html"]),
    ):
        again = split(changed, cap)
        moved = [run for run in again if run not in runs]
        assert 1 <= len(moved) <= 3
        assert len(again) - len(moved) >= len(runs) - 3


def test_runs_start_at_marked_pages_or_when_full():
    pages = [f"p{n:03d}" for n in range(200)]
    for run, following in zip(split(pages, 8), split(pages, 8)[1:], strict=False):
        assert len(run) == 8 or starts_shard(following[0], 8)
        assert not any(starts_shard(page, 8) for page in run[1:])


@pytest.mark.parametrize("value", [0, -3, 2.5])
def test_a_bad_shard_size_is_refused(value):
    with pytest.raises(SettingError, match="DIGEST_SEARCH_SHARD_PAGES"):
        digest_settings({"DIGEST_SEARCH_SHARD_PAGES": value})
