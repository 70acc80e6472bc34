"""Accuracy report: how well the reader recovers each field of the dev corpus.

    python bench/accuracy.py                  # build a site, score pages + JSON-LD
    python bench/accuracy.py --parser-only    # score the parser's output directly
    python bench/accuracy.py --misses         # also list every miss
    python bench/accuracy.py --habits         # the parser on each paste habit

The corpus (``tests/fixtures/corpus/``, a copy of ``shared/corpus/dev``) holds
pasted articles (``NAME.txt``) with the publisher's metadata reviewed by hand
(``NAME.json``), scored as ``bench/scoring.py`` says; built pages are read by
``bench/pages.py``. Furniture is checked against the hand-made list in
``tests/fixtures/corpus_furniture.yaml``. Every run ends with the parser's
speed, seeds per CPU second.

``--habits`` pastes each article again as other browsers and notes apps do
(``bench/habits.py``) and scores the parser on each: "body" says that every
paragraph of prose read from the paste as it is was read again. Without a site-name
line (nor breadcrumb), the source and section score when they are left empty
(the reader warns) or right.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from bench.habits import HABITS
from bench.pages import build_corpus
from bench.scoring import FIELDS, Extracted, Tally, from_seed, score, truth_records
from newsdigest.seeds.files import read_seed_text
from newsdigest.seeds.parse import parse_seed
from newsdigest.seeds.text import is_prose, norm
from newsdigest.settings import DEFAULTS

__all__ = ["CORPUS", "Tally", "build_corpus", "habit_tallies", "report"]

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
LIMIT = DEFAULTS["DIGEST_MAX_SEED_BYTES"]
FURNITURE = ROOT / "tests" / "fixtures" / "corpus_furniture.yaml"
HABIT_FIELDS = (*FIELDS, "body")
SPEED_ROUNDS = 5


def corpus_texts(corpus: Path) -> dict[str, str]:
    """The decoded text of every paste, by name."""
    texts = {}
    for path in sorted(corpus.glob("*.txt")):
        texts[path.stem] = read_seed_text(str(path), path.name, LIMIT, None)[0]
    return texts


def parse_corpus(
    corpus: Path, habit: Callable[[str, dict], str] = HABITS["as pasted"]
) -> dict[str, tuple[Extracted, ...]]:
    """The parser's fields for every paste, pasted with ``habit``."""
    truths = dict(truth_records(corpus))
    out = {}
    for name, text in corpus_texts(corpus).items():
        pasted = habit(text, truths.get(name, {"headline_in_text": ""}))
        out[name] = (from_seed(parse_seed(pasted, f"{name}.txt")),)
    return out


def reader_speed(corpus: Path) -> float:
    """Seeds per CPU second through the parser alone (best of a few rounds;
    CPU time, so that other processes on the machine count less)."""
    texts = list(corpus_texts(corpus).items())
    best = float("inf")
    for _ in range(SPEED_ROUNDS):
        start = time.process_time()
        for name, text in texts:
            parse_seed(text, f"{name}.txt")
        best = min(best, time.process_time() - start)
    return len(texts) / best


def report(
    results: dict[str, tuple[Extracted, ...]],
    labels: tuple[str, ...],
    corpus: Path,
    misses: bool,
) -> dict[str, list[Tally]]:
    furniture = yaml.safe_load(FURNITURE.read_text(encoding="utf-8")) or {}
    tables = {label: {f: Tally() for f in FIELDS} for label in labels}
    for name, truth in truth_records(corpus):
        extracted = results.get(name)
        for label, got in zip(
            labels, extracted or (Extracted(),) * len(labels), strict=True
        ):
            score(truth, got, furniture.get(name) or [], tables[label])
    print_tables(tables, FIELDS, misses)
    return {f: [tables[label][f] for label in labels] for f in FIELDS}


def print_tables(
    tables: dict[str, dict[str, Tally]],
    fields: tuple[str, ...],
    misses: bool,
    width: int = 22,
) -> None:
    """One column per label, one row per field; then every miss if asked."""
    print(f"{'field':16}" + "".join(f"{label:>{width}}" for label in tables))
    for field_name in fields:
        row = "".join(f"{table[field_name]!s:>{width}}" for table in tables.values())
        print(f"{field_name:16}{row}")
    if misses:
        for label, table in tables.items():
            for field_name in fields:
                for miss in table[field_name].misses:
                    print(f"[{label}] {field_name}: {miss}")


def habit_tallies(corpus: Path) -> dict[str, dict[str, Tally]]:
    """The parser's tallies on every paste habit, by habit."""
    furniture = yaml.safe_load(FURNITURE.read_text(encoding="utf-8")) or {}
    truths = dict(truth_records(corpus))
    results = {label: parse_corpus(corpus, habit) for label, habit in HABITS.items()}
    baseline = results["as pasted"]
    tables: dict[str, dict[str, Tally]] = {}
    for label, extracted in results.items():
        tallies = {f: Tally() for f in HABIT_FIELDS}
        for name, truth in truths.items():
            got = extracted[name][0]
            if label == "no site name":  # no site name nor breadcrumb to read
                got = replace(
                    got,
                    source=got.source or truth["site_name"],
                    section=got.section or truth["section"],
                )
            score(truth, got, furniture.get(name) or [], tallies)
            body = norm(got.body)
            prose = [p for p in baseline[name][0].paragraphs if is_prose(p)]
            lost = [p for p in prose if norm(p) not in body]
            tallies["body"].add(not lost, f"{name}: lost {lost[:2]!r}")
        tables[label] = tallies
    return tables


def habits_report(corpus: Path, misses: bool) -> dict[str, dict[str, Tally]]:
    """Score the parser on every paste habit; print one column per habit."""
    tables = habit_tallies(corpus)
    print_tables(tables, HABIT_FIELDS, misses, width=24)
    return tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--parser-only", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--habits", action="store_true")
    args = parser.parse_args(argv)
    if args.habits:
        habits_report(args.corpus, args.misses)
    elif args.parser_only:
        report(parse_corpus(args.corpus), ("parser",), args.corpus, args.misses)
    else:
        report(build_corpus(args.corpus), ("page", "JSON-LD"), args.corpus, args.misses)
    print(f"reader speed: {reader_speed(args.corpus):.0f} seeds per CPU second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
