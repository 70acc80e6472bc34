"""With the real French model (loaded once for this module): the first seed's
tags, the cache across builds, and precision/recall on the hand-checked list."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import FIRST_SEED, Site, build

from bench.scalesites import articles
from bench.synthetic import seed_text
from bench.tags import (
    TAXONOMY,
    matcher_for,
    read_corpus,
    settings,
    site_tags,
    tag_corpus,
)
from bench.tagscore import load_hand_tags, score
from newsdigest.seeds.plugin import SeedReader
from newsdigest.slugs import make_slug
from newsdigest.tagging import readahead
from newsdigest.tagging.lexicon import Lexicon
from newsdigest.tagging.ner import load_model
from newsdigest.tagging.readahead import processes
from newsdigest.tagging.reading import ReadTagger
from newsdigest.tagging.taxonomy import load_taxonomy
from newsdigest.tagging.vocabulary import vocabulary

pytestmark = pytest.mark.slow
MODEL = "fr_core_news_md"
MUST = ["Russie", "Corée du Nord", "Vladimir Poutine", "Kim Jong-un", "Vostotchny"]
# Tags an editor would also accept on the first seed (the rest would be struck).
ACCEPTED = [*MUST, "Kremlin", "Vladivostok", "Ukraine", "Washington", "États-Unis"]


@pytest.fixture(scope="module")
def ner_settings(tmp_path_factory) -> Iterator[dict]:
    """Builds with the model and a fresh cache; the model reader's DEBUG lines
    kept."""
    cache = tmp_path_factory.mktemp("ner-cache")
    ner_logger = logging.getLogger("newsdigest.tagging.ner")
    level = ner_logger.level
    ner_logger.setLevel(logging.DEBUG)
    yield {"DIGEST_NER_ENABLED": True, "DIGEST_CACHE_PATH": str(cache)}
    ner_logger.setLevel(level)


@pytest.fixture(scope="module")
def site(tmp_path_factory, ner_settings) -> Site:
    seeds = {FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8")}
    return build(tmp_path_factory.mktemp("first"), seeds, ner_settings)


@pytest.fixture(scope="module")
def tags(site) -> list[str]:
    [page] = site.article_paths()
    return [
        a.get_text(strip=True) for a in site.soup(page).select("nav.article-tags a")
    ]


def test_first_seed_gets_the_tags_an_editor_wants(tags):
    assert set(MUST) <= set(tags)
    struck = [tag for tag in tags if tag not in ACCEPTED]
    assert len(struck) <= 3, struck


def test_first_seed_has_one_tag_for_kim_jong_un_and_none_for_source_or_agency(
    site, tags
):
    [page] = site.article_paths()
    body = site.soup(page).select_one(".article-body").get_text()
    assert "Kim Jong Un" in body and "Kim Jong-un" in body
    assert [make_slug(tag) for tag in tags].count("kim-jong-un") == 1
    assert "BFMTV" not in tags and "AFP" not in tags
    assert site.errors() == []


def test_an_unchanged_seed_is_never_analysed_twice(tmp_path, site, ner_settings):
    """The first build had the seed, new to the model, analysed in another
    process (``readahead.py``: it logs nothing), which marked it; a second
    build of it with that cache analyses nothing."""

    def analysed(built: Site) -> list[str]:
        return [
            m for m in built.messages(logging.DEBUG) if "analysed by the model" in m
        ]

    assert analysed(site) == []
    assert _read_marks(site, Path(ner_settings["DIGEST_CACHE_PATH"])) == 1
    seeds = {FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8")}
    again = build(tmp_path / "again", seeds, ner_settings)
    assert analysed(again) == []


def test_first_seed_without_any_taxonomy_still_gets_them(tmp_path):
    reader = SeedReader(settings(DIGEST_NER_ENABLED=False))
    content, metadata = reader.read(str(FIRST_SEED))
    (tmp_path / "no-taxonomy.yaml").write_text("", encoding="utf-8")
    tagger = ReadTagger(
        settings(
            DIGEST_CACHE_PATH=str(tmp_path),
            DIGEST_TAXONOMY=str(tmp_path / "no-taxonomy.yaml"),
        )
    )
    result, _ = tagger.result(content, metadata)
    names = [choice.name for choice in result.tags]
    assert set(MUST) <= set(names)
    assert result.mentions["Kim Jong-un"] == ["Kim Jong-un", "Kim Jong Un"]
    assert result.mentions["Corée du Nord"] == ["Corée du Nord", "nord-coréen"]


def test_precision_and_recall_on_the_hand_tagged_articles(tmp_path):
    """The figures of bench/tags.py, kept from falling back."""
    hand = load_hand_tags()
    read = read_corpus(sorted(hand))
    tagger = ReadTagger(settings(DIGEST_CACHE_PATH=str(tmp_path)))
    lexicon = Lexicon(vocabulary(), load_taxonomy(TAXONOMY))
    predicted = site_tags(read, tag_corpus(read, tagger), lexicon)
    measure = score(hand, predicted, matcher_for(lexicon))
    row = measure.row()
    assert len(hand) == 62
    assert row["precision"] >= 0.93, row
    assert row["strict precision"] >= 0.90, row
    assert row["core recall"] >= 0.88, row
    assert row["core recall, names"] >= 0.915, row
    assert measure.untagged == []


def test_an_unwritable_cache_folder_only_costs_time(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache should be", encoding="utf-8")
    seeds = {FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8")}
    settings = {"DIGEST_NER_ENABLED": True, "DIGEST_CACHE_PATH": str(blocked)}
    built = build(tmp_path / "site", seeds, settings)
    [page] = built.article_paths()
    tags = [
        a.get_text(strip=True) for a in built.soup(page).select("nav.article-tags a")
    ]
    assert set(MUST) <= set(tags)
    assert built.errors() == []
    assert [m for m in built.messages() if "unknown tags" in m] == [
        f"tags: cannot write the list of unknown tags: [Errno 17] File exists: "
        f"'{blocked}'"
    ]


def _model_site(root: Path, count: int, workers: int) -> Site:
    """A cold build of ``count`` synthetic seeds with the model and
    DIGEST_NER_PROCESSES=``workers``."""
    found = articles(count)
    seeds = {name: seed_text(**fields) for name, fields in found.items()}
    options = {
        "DIGEST_NER_ENABLED": True,
        "DIGEST_NER_PROCESSES": workers,
        "DIGEST_CACHE_PATH": str(root / "cache"),
    }
    return build(root, seeds, options)


def _read_marks(site: Site, cache: Path | None = None) -> int:
    """Seeds the model has read, by the marks in ``cache`` (the site's own)."""
    return sum(1 for _ in (cache or site.root / "cache").rglob("ner-read/*/*"))


def _same_pages(one: Site, other: Site, count: int) -> None:
    assert len(one.article_paths()) == count
    for page in one.article_paths():
        assert one.html(page) == other.html(page)
    assert one.errors() == other.errors() == []


def test_seeds_read_ahead_in_two_processes_get_the_tags_of_one(tmp_path):
    """A cold build of 12 seeds reads them ahead (when two cores are there) and
    gives every page the bytes a build in this process alone gives."""
    ahead = _model_site(tmp_path / "ahead", 12, 2)
    alone = _model_site(tmp_path / "alone", 12, 1)
    assert _read_marks(ahead) == (12 if processes(2) == 2 else 0)
    assert _read_marks(alone) == 0
    _same_pages(ahead, alone, 12)


def test_a_few_new_seeds_are_read_by_the_model_in_another_process(
    tmp_path, monkeypatch
):
    """Fewer new seeds than MIN_SEEDS (a seed added): one other process runs
    the model on them; this one never loads it, and every page has the bytes
    a build that runs the model here gives."""
    load_model.cache_clear()
    behind = _model_site(tmp_path / "behind", 3, 1)
    assert load_model.cache_info().currsize == 0
    assert _read_marks(behind) == 3
    monkeypatch.setattr(readahead, "MIN_SEEDS", 1)  # 3 seeds are many: read here
    alone = _model_site(tmp_path / "alone", 3, 1)
    assert load_model.cache_info().currsize == 1
    assert _read_marks(alone) == 0
    _same_pages(behind, alone, 3)
