"""Caches and reports as hostile input: whoever can write ``cache/`` (a
restored CI cache, a shared folder) must not be able to stop or hang the
build, nor make it write elsewhere. Each case is a row of
``tests/HOSTILE_SEEDS.md``.

A site is built once with the model's entity cache (a stand-in model that
labels a few names, so that no language model is loaded) and the reading
cache, and once with Pelican's content cache; each case copies that project, puts a hostile file in a
cache's place, and builds again under a deadline: the build ends, the tags
are those of the first build, and the entry is rewritten as plain JSON.
Before, an entry holding ``Infinity`` or JSON 100,000 deep stopped every
build, and a named pipe or a link to ``/dev/zero`` hung it, until ``cache/``
was deleted by hand.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import build
from hostile_support import GOOD, GOOD_PAGES, deadline

from newsdigest.safefiles import read_json
from newsdigest.tagging import ner
from newsdigest.tagging.cache import CACHE_VERSION
from newsdigest.tagging.unknown import REPORT, read_report

NAMES = re.compile(r"Vladimir Poutine|Kim Jong Un|Corée du Nord|Vostotchny|Laos")
LABELS = {"Vostotchny": "LOC", "Laos": "LOC", "Corée du Nord": "LOC"}
MODEL = {"DIGEST_NER_ENABLED": True}
CONTENT_CACHE = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}


class StandInModel:
    """Labels a few names, as spaCy's pipeline would (``pipe``, ``ents``)."""

    def pipe(self, texts, batch_size):
        for text in texts:
            yield StandInDoc(text)


class StandInDoc:
    def __init__(self, text: str) -> None:
        self.ents = [StandInEntity(match) for match in NAMES.finditer(text)]


class StandInEntity:
    def __init__(self, match: re.Match[str]) -> None:
        self.start_char, self.end_char = match.span()
        self.label_ = LABELS.get(match.group(), "PER")


@pytest.fixture(scope="module")
def primed(tmp_path_factory):
    """Projects built once: with the entity cache, and with Pelican's cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ner, "load_model", lambda name: StandInModel())
        built = {}
        for name, settings in (("model", MODEL), ("content", CONTENT_CACHE)):
            root = tmp_path_factory.mktemp(name)
            site = build(root, GOOD, settings)
            built[name] = (root, {page: site.jsonld(page) for page in GOOD_PAGES})
        yield built


def entries(root: Path, cache: str = "ner") -> list[Path]:
    return sorted((root / "cache" / "newsdigest" / cache).rglob("*.json"))


def _entry_text(text: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return make


def _entry_json(change: Callable[[dict], dict]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(change(data)), encoding="utf-8")

    return make


def _replace(put: Callable[[Path], None]) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.unlink()
        put(path)

    return make


def _link_elsewhere(path: Path) -> None:
    elsewhere = path.parent.parent / "ailleurs.json"
    shutil.copy2(path, elsewhere)
    path.unlink()
    path.symlink_to(elsewhere)


def _report_link(root: Path) -> Path:
    """The report's place: a link to a file of the editor's."""
    precious = root / "notes-de-l-editeur.txt"
    precious.write_text("à ne pas écraser\n", encoding="utf-8")
    report = root / "cache" / "newsdigest" / REPORT
    report.unlink()
    report.symlink_to(precious)
    return report


@dataclass(frozen=True)
class Case:
    """What is put in a cache's place (``make`` gets each file of ``where``)."""

    id: str
    where: str
    make: Callable[[Path], None]
    rewritten: bool = True  # False: it cannot be replaced, a new analysis each time


INFINITY = '{"version": 1, "model": "%s", "length": Infinity, "spans": []}'
# fmt: off
CASES = [
    Case("entity cache entry holding Infinity", "model", _entry_text(INFINITY % "m")),
    Case("entity cache entry holding NaN in a span", "model", _entry_json(lambda d: {**d, "spans": [[0, float("nan"), "PER"]]})),
    Case("entity cache entry nested 100,000 deep", "model", _entry_text("[" * 100_000 + "]" * 100_000)),
    Case("entity cache entry that is a named pipe", "model", _replace(os.mkfifo)),
    Case("entity cache entry that is a link to /dev/zero", "model", _replace(lambda p: p.symlink_to("/dev/zero"))),
    Case("entity cache entry that is a link to another file", "model", _link_elsewhere),
    Case("entity cache entry that is a folder", "model", _replace(lambda p: p.mkdir()), rewritten=False),
    Case("entity cache entry with true for a version", "model", _entry_json(lambda d: {**d, "version": True})),
    Case("entity cache entry with a float for a length", "model", _entry_json(lambda d: {**d, "length": float(d["length"])})),
    Case("entity cache entry with a key too many", "model", _entry_json(lambda d: {**d, "note": "x"})),
    Case("entity cache entry of an older cache version", "model", _entry_json(lambda d: {**d, "version": CACHE_VERSION - 1, "spans": [[0, 8, "PER"]]})),
    Case("entity cache entry of 5 MB", "model", _entry_text(" " * 5_000_000 + "{}")),
    Case("entity cache entry not in UTF-8", "model", lambda p: p.write_bytes(b'{"model": "\xe9"}')),
    Case("reading cache entry holding Infinity", "read", _entry_text('{"version": Infinity, "key": "", "content": "", "metadata": {}}')),
    Case("reading cache entry nested 100,000 deep", "read", _entry_text("[" * 100_000 + "]" * 100_000)),
    Case("reading cache entry that is a named pipe", "read", _replace(os.mkfifo)),
    Case("reading cache entry that is a link to /dev/zero", "read", _replace(lambda p: p.symlink_to("/dev/zero"))),
    Case("reading cache entry that is a link to another file", "read", _link_elsewhere),
    Case("reading cache entry that is a folder", "read", _replace(lambda p: p.mkdir()), rewritten=False),
    Case("reading cache entry holding another seed's reading", "read", _entry_json(lambda d: {**d, "key": "0" * 64})),
    Case("reading cache entry with a tag of the wrong shape", "read", _entry_json(lambda d: {**d, "metadata": {**d["metadata"], "entity_tags": [{"name": "X"}]}})),
    Case("reading cache entry of 9 MB", "read", _entry_text(" " * 9_000_000 + "{}")),
    Case("Pelican content cache that is a named pipe", "content", _replace(os.mkfifo)),
    Case("Pelican content cache that is a link to /dev/zero", "content", _replace(lambda p: p.symlink_to("/dev/zero"))),
    Case("content cache record holding Infinity", "content", _entry_text('{"fingerprint": Infinity, "files": {}}')),
    Case("content cache record nested 100,000 deep", "content", _entry_text("{" * 1 + '"a":' + "[" * 100_000 + "]" * 100_000 + "}")),
]
# fmt: on
TARGETS = {
    "model": entries,
    "read": lambda root: entries(root, "read"),
    "content": lambda root: sorted((root / "cache").glob("*Generator-Readers")),
}
RECORD = "newsdigest-content-cache.json"


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_cache(tmp_path, primed, case):
    origin, facts = primed["model" if case.where == "read" else case.where]
    root = tmp_path / "site"
    shutil.copytree(origin, root, symlinks=True)
    targets = (
        [root / "cache" / RECORD]
        if case.id.startswith("content cache record")
        else TARGETS[case.where](root)
    )
    assert targets
    for path in targets:
        case.make(path)
    if case.where == "model":  # else no seed is read again: the model unasked
        shutil.rmtree(root / "cache" / "newsdigest" / "read")
    settings = CONTENT_CACHE if case.where == "content" else MODEL
    with pytest.MonkeyPatch.context() as patch, deadline(120):
        patch.setattr(ner, "load_model", lambda name: StandInModel())
        site = build(root, {}, settings)
    assert site.errors() == []
    assert {page: site.jsonld(page) for page in GOOD_PAGES} == facts
    for path in targets if case.rewritten else []:
        if case.where != "content" or path.name == RECORD:
            assert path.is_file() and not path.is_symlink()
            read_json(path, 5_000_000)  # plain JSON again
        else:
            assert not path.exists() or (path.is_file() and not path.is_symlink())


def test_the_unknown_tags_report_never_follows_a_link(tmp_path, primed):
    origin, _facts = primed["model"]
    root = tmp_path / "site"
    shutil.copytree(origin, root, symlinks=True)
    report = _report_link(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ner, "load_model", lambda name: StandInModel())
        build(root, {}, MODEL)
    assert (root / "notes-de-l-editeur.txt").read_text("utf-8") == "à ne pas écraser\n"
    assert report.is_file() and not report.is_symlink()
    assert read_report(report.parent) == read_json(report, 1_000_000)


@pytest.mark.parametrize(
    "make",
    [
        os.mkfifo,
        lambda p: p.symlink_to("/dev/zero"),
        lambda p: p.write_text('[{"name": "X", "kind": "lieu", "articles": 1.5}]'),
        lambda p: p.write_text("[" * 100_000),
    ],
    ids=["named pipe", "link to /dev/zero", "wrong shape", "nested deep"],
)
def test_a_hostile_unknown_tags_report_reads_as_empty(tmp_path, make):
    make(tmp_path / REPORT)
    with deadline(30):
        assert read_report(tmp_path) == []


CATALOGUE = {
    **{case.id: test_hostile_cache for case in CASES},
    "unknown-tags report that is a link to a file of the editor's": (
        test_the_unknown_tags_report_never_follows_a_link
    ),
    "unknown-tags report that is a pipe, a link to /dev/zero, of the wrong shape": (
        test_a_hostile_unknown_tags_report_reads_as_empty
    ),
}
