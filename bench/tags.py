"""Tag accuracy and speed on the dev corpus.

    python bench/tags.py              # precision/recall + seeds per second
    python bench/tags.py --show       # also each article's tags and misses

Precision and recall are measured against the hand-checked list
``tests/fixtures/expected_tags.yaml`` (``must``: tags an editor would give;
``ok``: tags an editor would accept; a predicted tag in neither is a false
positive) and against the publishers' own ``keywords`` in the corpus JSON
where they have some. Tags are compared by slug. Speed: every corpus seed
tagged with an empty cache (cold: model load shown apart) and again with the
cache filled (warm), as the plugin does it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from pelican.settings import read_settings

from newsdigest.seeds.reader import SeedReader
from newsdigest.slugs import make_slug
from newsdigest.tagging.analyse import Item, analyse, item_for
from newsdigest.tagging.cache import SpanCache
from newsdigest.tagging.ner import ModelNer, load_model, model_id
from newsdigest.tagging.tagger import Result, Tagger
from newsdigest.tagging.taxonomy import load_taxonomy
from newsdigest.tagging.vocabulary import vocabulary

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
EXPECTED = ROOT / "tests" / "fixtures" / "expected_tags.yaml"
MODEL = "fr_core_news_md"


class _Article:
    """Reader output shaped like a Pelican article, for ``analyse.item_for``."""

    def __init__(self, content: str, metadata: dict) -> None:
        self.content = content
        self.__dict__.update(metadata)


def read_items(paths: list[Path]) -> list[Item]:
    """Read seeds with the project's reader, as the plugin sees them."""
    reader = SeedReader(read_settings(str(ROOT / "pelicanconf.py")))
    items = []
    for path in paths:
        content, metadata = reader.read_seed(str(path), path.name)
        items.append(item_for(_Article(content, metadata)))
    return items


def corpus_items(names: list[str]) -> list[Item]:
    return read_items([CORPUS / f"{name}.txt" for name in names])


def make_tagger() -> Tagger:
    from newsdigest.settings import DEFAULTS

    return Tagger(
        vocabulary(),
        load_taxonomy(ROOT / "content" / "taxonomy.yaml"),
        DEFAULTS["DIGEST_MAX_TAGS"],
        DEFAULTS["DIGEST_TAG_MIN_SCORE"],
    )


def slugs(entry: str) -> set[str]:
    return {make_slug(name) for name in entry.split(" | ")}


def score_expected(expected: dict, results: dict[str, Result]) -> dict[str, float]:
    """Micro precision and recall against the hand-checked list."""
    hits = predicted = found = wanted = 0
    for name, truth in expected.items():
        got = {make_slug(c.name) for c in results[name].tags}
        accepted = set().union(*(slugs(e) for e in truth["must"] + truth.get("ok", [])))
        hits += len(got & accepted)
        predicted += len(got)
        found += sum(1 for e in truth["must"] if slugs(e) & got)
        wanted += len(truth["must"])
    return {"precision": hits / max(predicted, 1), "recall": found / max(wanted, 1)}


def score_keywords(keywords: dict[str, list[str]], results: dict[str, Result]) -> dict:
    hits = predicted = found = wanted = 0
    for name, words in keywords.items():
        got = {make_slug(c.name) for c in results[name].tags}
        truth = {make_slug(w) for w in words}
        hits += len(got & truth)
        predicted += len(got)
        found += len(got & truth)
        wanted += len(truth)
    return {
        "precision": hits / max(predicted, 1),
        "recall": found / max(wanted, 1),
        "articles": len(keywords),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every article")
    args = parser.parse_args()
    expected = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))
    items = corpus_items(names)
    tagger = make_tagger()
    with tempfile.TemporaryDirectory() as folder:
        ner = ModelNer(MODEL, SpanCache(folder, model_id(MODEL)))
        started = time.perf_counter()
        load_model(MODEL)
        loaded = time.perf_counter()
        cold = analyse(items, tagger, ner)
        cold_done = time.perf_counter()
        warm = analyse(
            items, tagger, ModelNer(MODEL, SpanCache(folder, model_id(MODEL)))
        )
        warm_done = time.perf_counter()
    assert cold == warm
    results = dict(zip(names, cold, strict=True))
    keywords = {}
    for name in names:
        truth = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        if truth.get("keywords"):
            keywords[name] = truth["keywords"]
    if args.show:
        for name in names:
            tags = ", ".join(c.name for c in results[name].tags)
            print(f"{name}: {tags}")
            if name in expected:
                got = {make_slug(c.name) for c in results[name].tags}
                truth = expected[name]
                missed = [e for e in truth["must"] if not slugs(e) & got]
                accepted = set().union(*(slugs(e) for e in truth["must"] + truth["ok"]))
                extra = [
                    c.name
                    for c in results[name].tags
                    if make_slug(c.name) not in accepted
                ]
                print(f"    missed: {missed}\n    not expected: {extra}")
    fr = {n: e for n, e in expected.items() if n.startswith("fr-")}
    en = {n: e for n, e in expected.items() if n.startswith("en-")}
    print(f"Tags on {len(names)} dev-corpus seeds ({MODEL})")
    for label, subset in (
        ("hand-checked, all", expected),
        ("  French", fr),
        ("  English", en),
    ):
        measure = score_expected(subset, results)
        precision, recall = measure["precision"], measure["recall"]
        print(
            f"{label:<20} {len(subset):>3} articles  precision {precision:.2f}"
            f"  recall {recall:.2f}"
        )
    measure = score_keywords(keywords, results)
    print(
        f"{'publisher keywords':<20} {measure['articles']:>3} articles  "
        f"precision {measure['precision']:.2f}  recall {measure['recall']:.2f}"
    )
    count = len(items)
    print(f"model load            {loaded - started:6.2f} s")
    print(f"cold (NER + rules)    {count / (cold_done - loaded):6.1f} seeds/s")
    print(f"cold incl. model load {count / (cold_done - started):6.1f} seeds/s")
    print(f"warm (cache + rules)  {count / (warm_done - cold_done):6.1f} seeds/s")


if __name__ == "__main__":
    main()
