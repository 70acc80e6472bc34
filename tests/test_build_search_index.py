"""The Pagefind index is the same bytes whatever order the file system lists
the pages in, so that builds on two machines are byte-identical.

Two copies of a built site are made on a tmpfs, which lists a folder's
entries newest first: one copy creates its files in sorted order, the other
in reverse, so their listings disagree. Pagefind's command line, run on
each, gives two different indexes (the defect, shown so that the test can
fail); the build's indexer gives the same bytes for both, and pages that
search still finds.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from build_support import snapshot
from conftest import CORPUS, ROOT, build

from newsdigest.build import pagefind
from newsdigest.build.pagefacts import PageFacts
from newsdigest.build.pagefind import PagefindError, index_site, read_config
from newsdigest.build.shards import MANIFEST

TMPFS = Path("/dev/shm")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    seeds = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(CORPUS.glob("*.txt"))[:12]
    }
    root = tmp_path_factory.mktemp("index")
    return build(root, seeds).output


@pytest.fixture
def listed_apart(site) -> Iterator[tuple[Path, Path]]:
    """Two copies of the site, without its index, listed in opposite orders."""
    if not TMPFS.is_dir():
        pytest.skip("no tmpfs at /dev/shm to list files in creation order")
    folder = Path(tempfile.mkdtemp(dir=TMPFS, prefix="revue-index-"))
    try:
        files = sorted(
            path
            for path in site.rglob("*")
            if path.is_file() and path.relative_to(site).parts[0] != "pagefind"
        )
        copies = (folder / "a", folder / "b")
        for copy, order in zip(copies, (files, files[::-1]), strict=True):
            for path in order:
                target = copy / path.relative_to(site)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
        first, second = ([p.name for p in copy.iterdir()] for copy in copies)
        assert first != second  # the listings disagree: the test can fail
        yield copies
    finally:
        shutil.rmtree(folder)


def index_files(folder: Path) -> dict[str, str]:
    return snapshot(folder / "pagefind")


def test_pagefind_alone_depends_on_the_listing_order(listed_apart):
    for copy in listed_apart:
        command = [sys.executable, "-m", "pagefind", "--site", str(copy)]
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    first, second = (index_files(copy) for copy in listed_apart)
    assert first != second


def test_the_build_indexes_the_same_bytes_in_any_order(listed_apart):
    pages = [index_site(copy, ROOT) for copy in listed_apart]
    first, second = (index_files(copy) for copy in listed_apart)
    assert pages == [12, 12]
    assert first == second
    folder = listed_apart[0] / "pagefind"
    for bundle in json.loads((folder / MANIFEST).read_text())["bundles"]:
        entry = json.loads((folder / bundle / "pagefind-entry.json").read_text())
        assert list(entry["languages"]) == ["fr"]  # force_language, pagefind.yml


def test_the_index_is_complete_and_the_same_twice(site, tmp_path):
    copy = tmp_path / "copie"
    shutil.copytree(site, copy)
    shutil.rmtree(copy / "pagefind", ignore_errors=True)
    index_site(copy, ROOT)
    once = index_files(copy)
    shutil.rmtree(copy / "pagefind")
    index_site(copy, ROOT)
    assert index_files(copy) == once
    assert MANIFEST in once
    names = {name.split("/", 1)[1] for name in once if name != MANIFEST}
    assert {"pagefind.js", "pagefind-ui.js", "pagefind-entry.json"} <= names
    assert any(name.startswith("fragment/") for name in names)
    assert any(name.startswith("index/") for name in names)


def test_only_the_marked_pages_are_sent_and_the_index_is_the_same(
    site, tmp_path, monkeypatch
):
    """Pagefind indexes only pages marked ``data-pagefind-body`` once one is:
    sending only those (a third of the files) gives the same index."""
    copy = tmp_path / "copie"
    shutil.copytree(site, copy)
    pages = PageFacts(None).pages(copy, pagefind.FOLDER)
    marked = pagefind.searchable(pages)
    assert len(marked) == 12 < len(pages) / 3
    one_bundle = 10**9  # the unmarked pages sent would cut the bundles elsewhere
    index_site(copy, ROOT, shard_pages=one_bundle)
    sent_marked = bundle_files(copy)
    shutil.rmtree(copy / "pagefind")
    monkeypatch.setattr(pagefind, "searchable", list)
    index_site(copy, ROOT, shard_pages=one_bundle)
    assert bundle_files(copy) == sent_marked


def bundle_files(folder: Path) -> dict[str, str]:
    """The files of the one bundle of a site's index, by their name in it."""
    found = index_files(folder)
    assert len({name.split("/")[0] for name in found if name != MANIFEST}) == 1
    return {
        name.split("/", 1)[1]: digest for name, digest in found.items() if "/" in name
    }


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("force_language: [\n", "not valid YAML"),
        ("- fr\n", "expected options such as 'force_language: fr'"),
        ("site: public\n", "site: not an option the build passes to Pagefind"),
    ],
)
def test_a_bad_pagefind_yml_names_the_file(tmp_path, text, problem):
    (tmp_path / "pagefind.yml").write_text(text, encoding="utf-8")
    with pytest.raises(PagefindError) as failure:
        read_config(tmp_path / "pagefind.yml")
    assert str(failure.value).startswith(f"{tmp_path / 'pagefind.yml'}: ")
    assert problem in str(failure.value)


CATALOGUE = {
    "pages listed in another order by the file system": (
        test_the_build_indexes_the_same_bytes_in_any_order
    ),
}


class Trickle:
    """Pagefind's answers as a pipe gives them: a few bytes at a time."""

    returncode = 0

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size = data, size

    def read1(self, _limit: int) -> bytes:
        chunk, self.data = self.data[: self.size], self.data[self.size :]
        return chunk

    @property
    def stdout(self) -> Trickle:
        return self

    def wait(self) -> int:
        return 0


@pytest.mark.parametrize("size", [1, 3, 64, 100_000])
def test_answers_cut_anywhere_are_read_whole(tmp_path, size):
    payloads = [{"type": "IndexedFile", "n": n} for n in range(5)]
    payloads.append({"type": "GetFiles", "files": ["x" * 5000]})
    data = b"".join(
        base64.b64encode(json.dumps({"payload": p}).encode()) + b"," for p in payloads
    )
    service = pagefind.PagefindService(tmp_path, 10)
    service.process = Trickle(data, size)
    with tempfile.TemporaryFile() as errors:
        answers = service._answers(errors)
        assert [next(answers) for _ in payloads] == payloads
        with pytest.raises(PagefindError):
            next(answers)
