"""Term counts kept on disk between builds (pure: no Pelican, no site)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from newsdigest.crosslinks import termcache
from newsdigest.crosslinks.compute import make_docs, parts_counts
from newsdigest.crosslinks.termcache import TermCache

SOURCES = [
    ("Le pont de Zorblanc", "Un pont de carton.", "<p>Le pont tient bon.</p>"),
    ("Festival à Plimbourg", "", "<p>Des cerfs-volants &amp; des rubans.</p>"),
    ("Spirales de Glorbex", "Le cuivre.", "<p>Spirales, spirales.</p>"),
]


class Counting:
    """``parts_counts``, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, parts: Sequence[str]) -> Counter[str]:
        self.calls += 1
        return parts_counts(parts)


EXPECTED = [parts_counts(parts) for parts in SOURCES]


def shards(cache: Path) -> list[Path]:
    return sorted((cache / termcache.FOLDER).glob("*.json"))


def one_entry(cache: Path) -> tuple[TermCache, Path]:
    """A cache holding the counts of the first text, and its one shard."""
    terms = TermCache(cache)
    terms.counts(SOURCES[:1], Counting())
    (path,) = shards(cache)
    return terms, path


def test_counts_are_computed_once_then_found(tmp_path):
    first, second = Counting(), Counting()
    fresh = TermCache(tmp_path).counts(SOURCES, first)
    found = TermCache(tmp_path).counts(SOURCES, second)
    assert (first.calls, second.calls) == (3, 0)
    assert found == fresh == EXPECTED
    assert fresh[0] == {"pont": 3, "zorblanc": 1, "carton": 1, "tient": 1, "bon": 1}


def test_a_changed_text_is_counted_again_and_its_old_entry_dropped(tmp_path):
    TermCache(tmp_path).counts(SOURCES, Counting())
    changed = [*SOURCES[:2], ("Spirales de Glorbex", "Le laiton.", SOURCES[2][2])]
    counting = Counting()
    found = TermCache(tmp_path).counts(changed, counting)
    assert counting.calls == 1
    assert found[2] == parts_counts(changed[2])
    stored = [json.loads(path.read_text())["entries"] for path in shards(tmp_path)]
    assert sum(len(entries) for entries in stored) == 3


def test_same_text_same_key_other_text_other_key(tmp_path):
    cache = TermCache(tmp_path)
    assert cache.key(SOURCES[0]) == TermCache(tmp_path).key(SOURCES[0])
    assert cache.key(("a", "b", "")) != cache.key(("a", "", "b"))


@pytest.mark.parametrize(
    "text",
    [
        b"\x00\xff not json",
        b'{"version": 1, "code": "x", "entries": {}',
        b"[1, 2, 3]",
        b'{"version": 1, "code": "x", "entries": {}, "more": 1}',
        b"[" * 100_000,
    ],
)
def test_a_corrupt_shard_costs_time_never_correctness(tmp_path, text):
    TermCache(tmp_path).counts(SOURCES, Counting())
    for path in shards(tmp_path):
        path.write_bytes(text)
    counting = Counting()
    found = TermCache(tmp_path).counts(SOURCES, counting)
    assert counting.calls == 3
    assert found == EXPECTED
    assert TermCache(tmp_path).counts(SOURCES, Counting()) == found  # rewritten


@pytest.mark.parametrize(
    "bad",
    [{"1": 3}, {"0": "pont"}, {"-1": "pont"}, {"1.5": "pont"}, {"²": "pont"}, [], None],
)
def test_an_entry_of_the_wrong_shape_is_counted_again(tmp_path, bad):
    cache, path = one_entry(tmp_path)
    data = json.loads(path.read_text())
    data["entries"][cache.key(SOURCES[0])] = bad
    path.write_text(json.dumps(data))
    counting = Counting()
    assert cache.counts(SOURCES[:1], counting) == [parts_counts(SOURCES[0])]
    assert counting.calls == 1


def test_another_version_is_ignored(tmp_path, monkeypatch):
    TermCache(tmp_path).counts(SOURCES, Counting())
    monkeypatch.setattr(termcache, "CACHE_VERSION", termcache.CACHE_VERSION + 1)
    counting = Counting()
    assert TermCache(tmp_path).counts(SOURCES, counting) == EXPECTED
    assert counting.calls == 3


def test_a_shard_of_other_code_is_ignored_even_under_a_known_key(tmp_path):
    cache, path = one_entry(tmp_path)
    data = json.loads(path.read_text())
    data["code"] = "other"
    data["entries"][cache.key(SOURCES[0])] = {"9": "faux"}
    path.write_text(json.dumps(data))
    assert cache.counts(SOURCES[:1], Counting()) == [parts_counts(SOURCES[0])]


def test_an_unwritable_folder_only_costs_the_work(tmp_path):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the cache folder should be")
    assert not TermCache(folder).folder.exists()
    counting = Counting()
    assert TermCache(folder).counts(SOURCES, counting) == EXPECTED
    assert TermCache(folder).counts(SOURCES, counting) == EXPECTED
    assert counting.calls == 6


def test_a_shard_that_is_a_pipe_is_never_opened(tmp_path):
    cache, path = one_entry(tmp_path)
    path.unlink()
    os.mkfifo(path)
    assert cache.counts(SOURCES[:1], Counting()) == [parts_counts(SOURCES[0])]
    assert path.is_file()  # replaced, not written through


class Article:
    """What ``make_docs`` reads of an article."""

    def __init__(self, number: int, parts: Sequence[str]) -> None:
        self.title, self.lede, self.content = parts
        self.url = f"a/{number}/"
        self.date = dt.datetime(2031, 5, 1 + number, tzinfo=dt.UTC)
        self.tags: list = []


def test_docs_from_the_cache_are_the_docs_computed(tmp_path):
    articles = [Article(n, parts) for n, parts in enumerate(SOURCES)]
    computed = make_docs(articles)
    assert make_docs(articles, TermCache(tmp_path)) == computed
    assert make_docs(articles, TermCache(tmp_path)) == computed
