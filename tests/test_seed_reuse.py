"""The reading cache (``newsdigest.seeds.reuse``): a rebuild reads no
unchanged seed again, and gives the bytes a cold build gives.

Sites are built in ``tmp_path`` from invented seeds (``bench/synthetic.py``):
one project is rebuilt again and again, reusing its cache, and compared file
by file with cold builds of the same seeds in fresh folders: with nothing
changed, after a seed is added, after a seed's front matter is edited, and
with a cache entry damaged. Each rebuild counts the seeds it parsed.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from build_support import RUNS, snapshot
from conftest import build

from bench.synthetic import synthetic_corpus
from newsdigest.seeds import reader
from newsdigest.seeds.reuse import CACHE_VERSION, ReadingCache, reading_of
from newsdigest.site.jsonld import word_count

SEEDS = synthetic_corpus(7)
NEW = "synthetique-nouveau.txt"
NAMES = sorted(f"seeds/{name}" for name in SEEDS)
JSONLD = r'<script type="application/ld\+json">(.*?)</script>'
ADDED = dt.datetime(2030, 1, 2, 3, 4, tzinfo=dt.UTC)
TAG = {
    "name": "Zorblanc",
    "kind": "personne",
    "score": 3.5,
    "known": False,
    "slug": "zorblanc",
    "surfaces": ["Zorblanc"],
}


@pytest.fixture
def parsed(monkeypatch):
    """The names of the seeds the reader parses (and did not find cached)."""
    names: list[str] = []
    parse = reader.parse_seed

    def counting(text, name, options):
        names.append(name)
        return parse(text, name, options)

    monkeypatch.setattr(reader, "parse_seed", counting)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    return names


def cold(tmp_path, name: str, seeds: dict[str, str]) -> dict[str, str]:
    site = build(tmp_path / name, seeds)
    assert site.errors() == []
    return snapshot(site.output)


def rebuilt(root, seeds: dict[str, str], parsed: list[str]) -> dict[str, str]:
    """A build of the project at ``root`` (``seeds`` written first), its own
    parses kept in ``parsed``, the cold build's left out."""
    parsed.clear()
    site = build(root, seeds, RUNS)
    assert site.errors() == []
    return snapshot(site.output)


def test_a_rebuild_reuses_every_unchanged_seed_and_gives_the_cold_bytes(
    tmp_path, parsed
):
    warm = tmp_path / "warm"
    rebuilt(warm, SEEDS, parsed)
    assert sorted(parsed) == NAMES

    output = rebuilt(warm, {}, parsed)
    assert parsed == []
    assert output == cold(tmp_path, "cold", SEEDS)

    new = {NEW: SEEDS[sorted(SEEDS)[0]].replace("Texte synthétique", "Autre texte")}
    output = rebuilt(warm, new, parsed)
    assert parsed == [f"seeds/{NEW}"]
    assert output == cold(tmp_path, "cold-added", {**SEEDS, **new})

    name = sorted(SEEDS)[1]
    text = SEEDS[name]
    edited = {name: text.replace("tags: [", "tags: [Étiquette inventée, ", 1)}
    assert edited[name] != text
    output = rebuilt(warm, edited, parsed)
    assert parsed == [f"seeds/{name}"]
    assert output == cold(tmp_path, "cold-edited", {**SEEDS, **new, **edited})
    assert "etiquette-inventee" in str(output)


def test_a_damaged_entry_is_read_again_and_rewritten(tmp_path, parsed):
    warm = tmp_path / "warm"
    rebuilt(warm, SEEDS, parsed)
    entries = sorted((warm / "cache" / "newsdigest" / "read").rglob("*.json"))
    assert len(entries) == len(SEEDS)
    data = json.loads(entries[0].read_text("utf-8"))
    data["content"] = "<p>Autre chose</p>"
    entries[0].write_text(json.dumps(data)[:-40], encoding="utf-8")
    output = rebuilt(warm, {}, parsed)
    assert len(parsed) == 1
    assert output == cold(tmp_path, "cold", SEEDS)
    assert reading_of(json.loads(entries[0].read_text("utf-8")), entries[0].stem)


def test_an_unwritable_cache_costs_time_not_the_site(tmp_path, parsed):
    warm = tmp_path / "warm"
    (warm / "cache").mkdir(parents=True)
    (warm / "cache" / "newsdigest").write_text("not a folder", encoding="utf-8")
    assert rebuilt(warm, SEEDS, parsed) == cold(tmp_path, "cold", SEEDS)
    output = rebuilt(warm, {}, parsed)
    assert sorted(parsed) == NAMES  # read again: nothing was kept
    assert output == cold(tmp_path, "cold-again", SEEDS)


def test_the_key_follows_the_bytes_the_name_the_ledger_and_the_fingerprint(
    tmp_path,
):
    cache = ReadingCache(tmp_path, "empreinte")
    key = cache.key("a.txt", ADDED, b"Texte")
    assert (
        len(
            {
                key,
                cache.key("a.txt", ADDED, b"Texte!"),
                cache.key("b.txt", ADDED, b"Texte"),
                cache.key("a.txt", None, b"Texte"),
                cache.key("a.txt", ADDED + dt.timedelta(seconds=1), b"Texte"),
                ReadingCache(tmp_path, "autre").key("a.txt", ADDED, b"Texte"),
            }
        )
        == 6
    )
    values = {
        "title": "Un titre",
        "date": ADDED.isoformat(),
        "entity_tags": [TAG],
        "word_count": 1,
    }
    cache.put(key, "<p>Corps</p>", values)
    assert cache.get(key) == ("<p>Corps</p>", values)
    assert cache.get(cache.key("a.txt", None, b"Texte")) is None


ENTRY = {"version": CACHE_VERSION, "key": "k", "content": "<p>x</p>", "metadata": {}}


@pytest.mark.parametrize(
    "entry",
    [
        {**ENTRY, "key": "autre"},
        {**ENTRY, "version": True},
        {**ENTRY, "version": CACHE_VERSION + 1},
        {**ENTRY, "note": "x"},
        {**ENTRY, "content": ["<p>x</p>"]},
        {**ENTRY, "metadata": {"inconnu": "x"}},
        {**ENTRY, "metadata": {"title": 3}},
        {**ENTRY, "metadata": {"tags": "a, b"}},
        {**ENTRY, "metadata": {"date": "demain"}},
        {**ENTRY, "metadata": {"entity_tags": [{**TAG, "score": True}]}},
        {**ENTRY, "metadata": {"entity_tags": [{**TAG, "known": 1}]}},
        {**ENTRY, "metadata": {"entity_tags": [{**TAG, "surfaces": [3]}]}},
        {**ENTRY, "metadata": {"entity_tags": [{**TAG, "note": "x"}]}},
        {**ENTRY, "metadata": {"word_count": "12"}},
        {**ENTRY, "metadata": {"word_count": -1}},
        {**ENTRY, "metadata": {"word_count": True}},
        [ENTRY],
    ],
    ids=lambda entry: json.dumps(entry)[:60],
)
def test_an_entry_of_another_shape_is_not_used(entry):
    assert reading_of(entry, "k") is None
    assert reading_of(ENTRY, "k") == ("<p>x</p>", {})


def test_a_picture_added_later_reaches_the_seed_that_names_it(tmp_path, parsed):
    """``image:`` names a file the reader checks: adding it reads the seed again."""
    name = sorted(SEEDS)[0]
    seeds = {name: SEEDS[name].replace("---\n", "---\nimage: images/pont.jpg\n", 1)}
    warm = tmp_path / "warm"
    first = build(warm, seeds)
    assert any("pont.jpg" in message for message in first.messages())
    (warm / "content" / "images").mkdir(exist_ok=True)
    (warm / "content" / "images" / "pont.jpg").write_bytes(b"\xff\xd8\xff")
    parsed.clear()
    again = build(warm, {})
    assert parsed == [f"seeds/{name}"]
    assert not any("pont.jpg" in message for message in again.messages())
    assert "images/pont.jpg" in "".join(again.html(p) for p in again.article_paths())


def test_an_entry_keeps_the_word_count_of_the_body_it_holds(tmp_path, parsed):
    """The JSON-LD's word count is counted once, when the seed is read, from
    the HTML the entry keeps (mention links replaced later change no word)."""
    site = build(tmp_path / "warm", SEEDS)
    entries = sorted(
        (tmp_path / "warm" / "cache" / "newsdigest" / "read").rglob("*.json")
    )
    readings = [reading_of(json.loads(e.read_text("utf-8")), e.stem) for e in entries]
    assert len(readings) == len(SEEDS)
    for content, values in filter(None, readings):
        assert values["word_count"] == word_count(content) > 50
    counts = {
        json.loads(block)["wordCount"]
        for path in site.article_paths()
        for block in re.findall(JSONLD, site.html(path), flags=re.S)
    }
    assert counts == {values["word_count"] for _, values in filter(None, readings)}
