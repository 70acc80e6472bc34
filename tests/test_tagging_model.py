"""With the real French model (loaded once for this module): the first seed's
tags, the cache across builds, and precision/recall on the hand-checked list."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import yaml
from conftest import FIRST_SEED, Site, build

from bench.tags import EXPECTED, corpus_items, make_tagger, read_items, score_expected
from newsdigest.slugs import make_slug
from newsdigest.tagging.analyse import analyse
from newsdigest.tagging.cache import SpanCache
from newsdigest.tagging.ner import ModelNer, load_model, model_id
from newsdigest.tagging.tagger import Tagger
from newsdigest.tagging.taxonomy import Taxonomy
from newsdigest.tagging.vocabulary import vocabulary

pytestmark = pytest.mark.slow
MODEL = "fr_core_news_md"
MUST = ["Russie", "Corée du Nord", "Vladimir Poutine", "Kim Jong-un", "Vostotchny"]
# Tags an editor would also accept on the first seed (the rest would be struck).
ACCEPTED = [*MUST, "Kremlin", "Vladivostok", "Ukraine", "Washington", "États-Unis"]


@pytest.fixture(scope="module")
def ner_settings(tmp_path_factory) -> Iterator[dict]:
    """Builds with the model and a fresh cache; the plugin's INFO lines kept."""
    cache = tmp_path_factory.mktemp("ner-cache")
    plugin_logger = logging.getLogger("newsdigest.tagging.plugin")
    level = plugin_logger.level
    plugin_logger.setLevel(logging.INFO)
    yield {"DIGEST_NER_ENABLED": True, "DIGEST_CACHE_PATH": str(cache)}
    plugin_logger.setLevel(level)


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
    def analysed(built: Site) -> list[str]:
        return [m for m in built.messages(logging.INFO) if "analysed by the model" in m]

    assert analysed(site) == ["tags: 1 of 1 articles analysed by the model"]
    seeds = {FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8")}
    again = build(tmp_path / "again", seeds, ner_settings)
    assert analysed(again) == ["tags: 0 of 1 articles analysed by the model"]
    assert load_model.cache_info().currsize == 1


def test_first_seed_without_any_taxonomy_still_gets_them(tmp_path):
    [item] = read_items([FIRST_SEED])
    tagger = Tagger(vocabulary(), Taxonomy(), 12, 2.0)
    ner = ModelNer(MODEL, SpanCache(tmp_path, model_id(MODEL)))
    [result] = analyse([item], tagger, ner)
    names = [choice.name for choice in result.tags]
    assert set(MUST) <= set(names)
    assert result.mentions["Kim Jong-un"] == ["Kim Jong-un", "Kim Jong Un"]
    assert result.mentions["Corée du Nord"] == ["Corée du Nord", "nord-coréen"]


def test_precision_and_recall_on_the_hand_checked_list(tmp_path):
    expected = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    names = sorted(expected)
    ner = ModelNer(MODEL, SpanCache(tmp_path, model_id(MODEL)))
    results = analyse(corpus_items(names), make_tagger(), ner)
    measure = score_expected(expected, dict(zip(names, results, strict=True)))
    assert len(names) >= 10
    assert measure["precision"] >= 0.85, measure
    assert measure["recall"] >= 0.75, measure


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
