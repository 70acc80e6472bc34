"""The cache of model spans: an unchanged text is analysed once; a corrupted,
older or other-model entry is ignored and rewritten, never trusted."""

from __future__ import annotations

import json

import pytest

from newsdigest.tagging import ner
from newsdigest.tagging.cache import CACHE_VERSION, Span, SpanCache

TEXT = "Vladimir Poutine a reçu Kim Jong-un à Vostotchny."
SPANS = [Span(0, 16, "PER"), Span(24, 35, "PER"), Span(38, 48, "LOC")]


class FakeModel:
    """Stands for the spaCy pipeline: counts the texts it analyses."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def pipe(self, texts, batch_size):
        for text in texts:
            self.texts.append(text)
            yield FakeDoc(text)


class FakeDoc:
    def __init__(self, text: str) -> None:
        self.ents = [FakeEntity(s) for s in SPANS if s.end <= len(text)]


class FakeEntity:
    def __init__(self, span: Span) -> None:
        self.start_char, self.end_char, self.label_ = span.start, span.end, span.label


@pytest.fixture
def model(monkeypatch) -> FakeModel:
    fake = FakeModel()
    monkeypatch.setattr(ner, "load_model", lambda name: fake)
    return fake


def test_an_unchanged_text_is_analysed_once(tmp_path, model):
    cache = SpanCache(tmp_path, "fr_core_news_md-3.8.0")
    first = ner.ModelNer("fr_core_news_md", cache).spans([TEXT, TEXT + " Fin."])
    again = ner.ModelNer("fr_core_news_md", cache)
    assert again.spans([TEXT, TEXT + " Fin."]) == first == [SPANS, SPANS]
    assert (model.texts, again.analysed) == ([TEXT, TEXT + " Fin."], 0)


def test_a_changed_text_or_model_is_analysed_again(tmp_path, model):
    ner.ModelNer("m", SpanCache(tmp_path, "m-1")).spans([TEXT])
    ner.ModelNer("m", SpanCache(tmp_path, "m-1")).spans([TEXT + "!"])
    ner.ModelNer("m", SpanCache(tmp_path, "m-2")).spans([TEXT])
    assert model.texts == [TEXT, TEXT + "!", TEXT]


CORRUPTIONS = {
    "not json": lambda data: "{not json",
    "empty file": lambda data: "",
    "older version": lambda data: json.dumps({**data, "version": CACHE_VERSION - 1}),
    "other model": lambda data: json.dumps({**data, "model": "fr_core_news_sm-3.8.0"}),
    "other length": lambda data: json.dumps({**data, "length": 3}),
    "span outside the text": lambda data: json.dumps(
        {**data, "spans": [[0, 999, "PER"]]}
    ),
    "unknown label": lambda data: json.dumps({**data, "spans": [[0, 5, "<script>"]]}),
    "wrong shape": lambda data: json.dumps({**data, "spans": [[0, "PER"]]}),
    "not a mapping": lambda data: json.dumps([1, 2, 3]),
}


@pytest.mark.parametrize("corrupt", CORRUPTIONS.values(), ids=CORRUPTIONS.keys())
def test_a_bad_cache_entry_is_ignored_and_rebuilt(tmp_path, model, corrupt):
    cache = SpanCache(tmp_path, "fr_core_news_md-3.8.0")
    ner.ModelNer("fr_core_news_md", cache).spans([TEXT])
    entry = cache.path(TEXT)
    entry.write_text(corrupt(json.loads(entry.read_text())), encoding="utf-8")
    assert cache.get(TEXT) is None
    tagger_ner = ner.ModelNer("fr_core_news_md", cache)
    assert tagger_ner.spans([TEXT]) == [SPANS]
    assert (tagger_ner.analysed, cache.get(TEXT)) == (1, SPANS)
    assert model.texts == [TEXT, TEXT]


def test_an_unwritable_cache_only_costs_time(tmp_path, model):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    cache = SpanCache(blocked, "m-1")
    assert ner.ModelNer("m", cache).spans([TEXT]) == [SPANS]
    assert cache.get(TEXT) is None


def test_model_id_names_the_installed_version():
    assert ner.model_id("fr_core_news_md") == "fr_core_news_md-3.8.0"
