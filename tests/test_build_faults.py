"""Atomic output and faults: a build that fails leaves ``output/`` as it was.

Each breakage happens after a good build: a malformed taxonomy, a template
that fails halfway through writing the site, a strict failure, a failing
Pagefind run, an output folder that cannot be written. The previous site
must stay byte for byte, with no staging folder left. Caches that are
damaged or were written by other code are ignored and rebuilt, never
trusted.

The tests run as root, for whom ``chmod`` does not stop a write. An output
folder is made unwritable in two ways that hold for root too: its parent is
a regular file (no folder can be made there), or its parent is immutable
(``chattr +i``; ``chmod 555`` when not root). Both are real: the first is a
mistyped OUTPUT_PATH, the second a read-only mount.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from build_support import RUNS, snapshot
from conftest import ROOT, build
from hostile_support import GOOD, GOOD_PAGES, synthetic

from newsdigest.build.pagefind import PagefindError
from newsdigest.build.problems import StrictBuildError
from newsdigest.build.staging import OutputError, Staging
from newsdigest.tagging.taxonomy import TaxonomyError

STAGING = f".output.staging.{os.getpid()}"
BAD_TAXONOMY = "tags:\n  - name: Russie\n    kind: pais\n"


def _bad_taxonomy(root: Path) -> dict:
    (root / "content" / "taxonomy.yaml").write_text(BAD_TAXONOMY, encoding="utf-8")
    return {}


def _template_failing_halfway(root: Path) -> dict:
    """Articles are written, then the archives page divides by zero."""
    theme = root / "theme"
    shutil.copytree(ROOT / "theme", theme)
    (theme / "templates" / "archives.html").write_text(
        '{% extends "base.html" %}{% block content %}{{ 1 // 0 }}'
        "{% endblock content %}",
        encoding="utf-8",
    )
    return {"THEME": str(theme)}


def _strict_with_bad_seed(root: Path) -> dict:
    (root / "seeds" / "titre-seul.txt").write_text("Un titre seul\n", "utf-8")
    return {"DIGEST_STRICT": True}


def _pagefind_config_broken(root: Path) -> dict:
    (root / "pagefind.yml").write_text("force_language: [\n", encoding="utf-8")
    return {"DIGEST_SEARCH": True}


BREAKAGES: list[tuple[str, Callable[[Path], dict], type[Exception]]] = [
    ("malformed taxonomy", _bad_taxonomy, TaxonomyError),
    ("template failing halfway", _template_failing_halfway, ZeroDivisionError),
    ("strict build with a bad seed", _strict_with_bad_seed, StrictBuildError),
    ("Pagefind failing", _pagefind_config_broken, PagefindError),
]


@pytest.mark.parametrize("delete_output", [False, True], ids=["keep", "delete"])
@pytest.mark.parametrize(
    ("breakage", "error"),
    [(make, error) for _name, make, error in BREAKAGES],
    ids=[name for name, _make, _error in BREAKAGES],
)
def test_a_failed_build_leaves_the_previous_output(
    tmp_path, breakage, error, delete_output
):
    build(tmp_path, GOOD)
    before = snapshot(tmp_path / "output")
    settings = {"DELETE_OUTPUT_DIRECTORY": delete_output, **breakage(tmp_path)}
    with pytest.raises(error):
        build(tmp_path, {}, settings)
    assert snapshot(tmp_path / "output") == before
    assert sorted(path.name for path in tmp_path.glob(".output*")) == []


def test_a_malformed_taxonomy_is_reported_with_file_and_line(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    _bad_taxonomy(tmp_path)
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger().addHandler(handler)
    try:
        with pytest.raises(TaxonomyError):
            build(tmp_path, GOOD)
    finally:
        logging.getLogger().removeHandler(handler)
    errors = [r.getMessage() for r in records if r.levelno == logging.ERROR]
    assert errors[0] == (
        f"{tmp_path / 'content' / 'taxonomy.yaml'}, line 3: kind: 'pais' is not "
        "one of personne, pays, lieu, organisation, thème"
    )
    assert not (tmp_path / "output").exists()


def test_a_good_build_replaces_the_whole_output_but_what_is_retained(tmp_path):
    output = tmp_path / "output"
    (output / ".git").mkdir(parents=True)
    (output / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (output / "CNAME").write_text("revue.example.org\n")
    (output / "ancienne-page.html").write_text("<p>une page d'un autre temps</p>")
    site = build(tmp_path, GOOD, {"OUTPUT_RETENTION": [".git", "CNAME"]})
    assert site.article_paths() == list(GOOD_PAGES)
    assert (output / ".git" / "HEAD").read_text() == "ref: refs/heads/gh-pages\n"
    assert (output / "CNAME").read_text() == "revue.example.org\n"
    assert not (output / "ancienne-page.html").exists()
    [retired] = tmp_path.glob(".output*")  # the old site, for the next build
    assert (retired / "ancienne-page.html").exists()


def test_without_atomic_output_the_build_writes_in_place(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "ancienne-page.html").write_text("<p>une page d'un autre temps</p>")
    site = build(tmp_path, GOOD, {"DIGEST_ATOMIC_OUTPUT": False})
    assert site.article_paths() == list(GOOD_PAGES)
    assert (output / "ancienne-page.html").exists()


def test_an_output_folder_holding_the_sources_is_never_swapped(tmp_path):
    site = build(tmp_path, GOOD, {"OUTPUT_PATH": str(tmp_path)})
    assert (
        f"output folder {tmp_path} holds the sources {tmp_path / 'content'}: built "
        "in place, not swapped (DIGEST_ATOMIC_OUTPUT)"
    ) in site.messages()
    assert (tmp_path / "content" / "pages" / "a-propos.md").is_file()
    assert (tmp_path / GOOD_PAGES[0]).is_file()


def test_an_output_path_under_a_regular_file_fails_cleanly(tmp_path):
    (tmp_path / "fichier").write_text("pas un dossier\n")
    output = tmp_path / "fichier" / "output"
    with pytest.raises(OutputError) as failure:
        build(tmp_path, GOOD, {"OUTPUT_PATH": str(output)})
    assert str(failure.value) == (
        f"cannot create {tmp_path / 'fichier' / STAGING} beside the "
        "output folder: Not a directory"
    )
    assert (tmp_path / "fichier").read_text() == "pas un dossier\n"


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """No new entry in ``folder``, for root too (immutable) or not (mode 555)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    done = subprocess.run(
        ["chattr", "+i", str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_read_only_output_parent_fails_and_keeps_the_output(tmp_path):
    site_folder = tmp_path / "site"
    build(site_folder, GOOD)
    before = snapshot(site_folder / "output")
    with read_only(site_folder), pytest.raises(OutputError) as failure:
        build(site_folder, {}, RUNS)
    assert str(failure.value).startswith(
        f"cannot create {site_folder / STAGING} beside the output folder: "
    )
    assert snapshot(site_folder / "output") == before


CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
ESSAI = {"essai.txt": synthetic("Un essai mis en cache")}
PAGE = "2024/03/05/un-essai-mis-en-cache/index.html"
# A limit under the seed's size: read again, the seed is refused.
SMALL = {"DIGEST_MAX_SEED_BYTES": 100}


def test_a_damaged_content_cache_is_deleted_unread_and_rebuilt(tmp_path):
    build(tmp_path, ESSAI, CACHED)
    cache = tmp_path / "cache" / "ArticlesGenerator-Readers"
    record = json.loads(
        (tmp_path / "cache" / "newsdigest-content-cache.json").read_text()
    )
    assert set(record["files"]) == {
        "ArticlesGenerator-Readers",
        "PagesGenerator-Readers",
    }
    cache.write_bytes(cache.read_bytes()[:40])  # Pelican alone: EOFError
    site = build(tmp_path, ESSAI, {**CACHED, **RUNS})
    assert site.article_paths() == [PAGE]
    assert len(cache.read_bytes()) > 40


def test_a_content_cache_from_other_settings_or_code_is_not_trusted(tmp_path):
    build(tmp_path, ESSAI, CACHED)
    site = build(tmp_path, ESSAI, {**CACHED, **SMALL})
    assert site.article_paths() == []
    record = tmp_path / "cache" / "newsdigest-content-cache.json"
    build(tmp_path, ESSAI, CACHED)
    record.unlink()
    site = build(tmp_path, ESSAI, {**CACHED, **SMALL})
    assert site.article_paths() == []
    assert record.is_file()


@pytest.mark.slow
def test_a_corrupted_or_older_entity_cache_is_ignored_and_rebuilt(tmp_path):
    """With the real model: a damaged entry and an entry of an older cache
    version claiming other entities change nothing; both are rewritten.
    The reading cache goes first, or it would serve the article untouched."""
    seeds = {"bfmtv.txt": GOOD["bfmtv-poutine-coree-du-nord-satellites.txt"]}
    model = {"DIGEST_NER_ENABLED": True}
    first = build(tmp_path, seeds, model)
    (page,) = first.article_paths()
    tags = first.jsonld(page)["keywords"]
    entries = sorted((tmp_path / "cache" / "newsdigest" / "ner").rglob("*.json"))
    assert entries
    for number, entry in enumerate(entries):
        data = json.loads(entry.read_text())
        if number % 2:
            entry.write_bytes(b"\x00garbage{")
        else:
            data["version"] -= 1
            data["spans"] = [[0, 8, "PER"]]
            entry.write_text(json.dumps(data))
    shutil.rmtree(tmp_path / "cache" / "newsdigest" / "read")
    second = build(tmp_path, seeds, {**model, **RUNS})
    assert second.jsonld(page)["keywords"] == tags
    for entry in entries:
        assert json.loads(entry.read_text())["spans"] != [[0, 8, "PER"]]


def test_leftovers_of_a_dead_build_are_cleaned_and_a_half_swap_undone(tmp_path):
    dead = _dead_pid()
    output = tmp_path / "output"
    (tmp_path / f".output.staging.{dead}").mkdir()
    (tmp_path / f".output.previous.{dead}").mkdir()
    (tmp_path / f".output.previous.{dead}" / "index.html").write_text("ancien\n")
    (tmp_path / ".output.staging.1").mkdir()  # pid 1 is alive: another build
    Staging(output).prepare([])
    assert (output / "index.html").read_text() == "ancien\n"
    assert sorted(path.name for path in tmp_path.glob(".output*")) == [
        ".output.staging.1",
        f".output.staging.{os.getpid()}",
    ]


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid
