"""Accuracy report: how well the reader recovers each field of the dev corpus.

    python bench/accuracy.py                  # build a site, score pages + JSON-LD
    python bench/accuracy.py --parser-only    # score the parser's output directly
    python bench/accuracy.py --misses         # also list every miss
    python bench/accuracy.py --habits         # the parser on each paste habit

The corpus (``tests/fixtures/corpus/``, a copy of ``shared/corpus/dev``) holds
pasted articles (``NAME.txt``) with the publisher's metadata reviewed by hand
(``NAME.json``). A field is scored only where the paste carries it
(``found_in_text``); titles are compared with ``headline_in_text``. Strings are
compared with case, quotes and spaces folded; a photo the page prints without
a credit scores a credit only when none is found. Furniture is checked against
the hand-made list in ``tests/fixtures/corpus_furniture.yaml``; "no junk
author" fails an article when an author is not one of its reviewed authors
(a UI label, a topic, a caption taken for a name). Every run ends with the
parser's speed, seeds per second.

``--habits`` pastes each article again as other browsers and notes apps do
(``bench/habits.py``) and scores the parser on each: "body" says that every
paragraph of prose read from the paste as it is was read again. Without a site-name
line (nor breadcrumb), the source and section score when they are left empty
(the reader warns) or right.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from bench.habits import HABITS
from newsdigest.seeds.files import read_seed_text
from newsdigest.seeds.model import Seed
from newsdigest.seeds.parse import parse_seed
from newsdigest.seeds.text import SPACES, is_prose, norm
from newsdigest.settings import DEFAULTS

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
LIMIT = DEFAULTS["DIGEST_MAX_SEED_BYTES"]
FURNITURE = ROOT / "tests" / "fixtures" / "corpus_furniture.yaml"
FIELDS = (
    "title",
    "source",
    "section",
    "lede",
    "authors",
    "date",
    "caption",
    "credit",
    "first sentence",
    "last sentence",
    "no furniture",
    "no junk author",
)
HABIT_FIELDS = (*FIELDS, "body")
SPEED_ROUNDS = 3


@dataclass
class Extracted:
    """The fields read back from one article: page, JSON-LD or parser output."""

    title: str | None = None
    source: str | None = None
    section: str | None = None
    lede: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    caption: str | None = None
    credit: str | None = None
    body: str = ""
    paragraphs: tuple[str, ...] = ()


@dataclass
class Tally:
    """Hits and misses of one field."""

    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(miss)

    def __str__(self) -> str:
        if not self.total:
            return "     n/a"
        return f"{self.hits:3}/{self.total:<3} {100 * self.hits / self.total:5.1f} %"


def truth_records(corpus: Path) -> Iterator[tuple[str, dict]]:
    for path in sorted(corpus.glob("*.json")):
        yield path.stem, json.loads(path.read_text(encoding="utf-8"))


def score(
    truth: dict, got: Extracted, furniture: list[str], tallies: dict[str, Tally]
) -> None:
    """Add one article's results to the per-field tallies."""
    name = truth["name"]
    found = truth["found_in_text"]

    def check(label: str, ok: bool, want: object, have: object) -> None:
        tallies[label].add(ok, f"{name}: want {want!r}, got {have!r}")

    check(
        "title",
        same(got.title, truth["headline_in_text"]),
        truth["headline_in_text"],
        got.title,
    )
    check(
        "source", same(got.source, truth["site_name"]), truth["site_name"], got.source
    )
    if found.get("section"):
        check(
            "section",
            same(got.section, truth["section"]),
            truth["section"],
            got.section,
        )
    if found.get("lede"):
        check("lede", same(got.lede, truth["lede"]), truth["lede"], got.lede)
    wanted = [a for a, ok in (found.get("authors") or {}).items() if ok]
    if wanted:
        ok = sorted(map(norm, got.authors)) == sorted(map(norm, wanted))
        check("authors", ok, wanted, got.authors)
    if found.get("date_published_day"):
        want = truth["date_published"][:10]
        check("date", got.date == want, want, got.date)
    if truth.get("image_caption") and found.get("image_caption"):
        check(
            "caption",
            same(got.caption, truth["image_caption"]),
            truth["image_caption"],
            got.caption,
        )
        credit = truth["image_credit"]
        credit_ok = got.credit is None if credit is None else same(got.credit, credit)
        check("credit", credit_ok, credit, got.credit)
    body = tight(got.body)
    for key, label in (
        ("first_body_sentence", "first sentence"),
        ("last_body_sentence", "last sentence"),
    ):
        sentence = truth.get(key)
        if sentence:
            check(label, tight(sentence) in body, sentence[:80], "absent")
    left = [line for line in furniture if tight(line) in body]
    check("no furniture", not left, [], left)
    persons = {norm(author) for author in truth.get("authors") or []}
    junk = [author for author in got.authors if norm(author) not in persons]
    check("no junk author", not junk, [], junk)


def tight(text: str) -> str:
    """Folded text without spaces before punctuation ("bitcoin\n, new" as pasted),
    accents composed (the reader composes "a" + U+0300 into "à"), without
    quotation marks (pages print quotations as <q>, their marks in CSS)."""
    text = norm(unicodedata.normalize("NFC", text)).replace('"', "")
    return re.sub(r"\s+(?=[,.;:!?)])", "", SPACES.sub(" ", text)).strip()


def same(got: str | None, want: str | None) -> bool:
    return got is not None and want is not None and norm(got) == norm(want)


def from_seed(seed: Seed) -> Extracted:
    """The fields as the parser returns them."""
    photo = seed.main_photo
    parts = [seed.lede or ""]
    paragraphs = [element.text for element in seed.body if element.text]
    for element in seed.body:
        parts.append(element.text)
        parts.extend(element.items)
        if element.photo:
            parts.extend(filter(None, (element.photo.caption, element.photo.credit)))
    if seed.deck:
        parts.insert(1, seed.deck)
    return Extracted(
        title=seed.title,
        source=seed.source,
        section=seed.section,
        lede=seed.lede,
        authors=list(seed.authors),
        date=seed.published.date().isoformat() if seed.published else None,
        caption=photo.caption if photo else None,
        credit=photo.credit if photo else None,
        body="\n".join(parts),
        paragraphs=tuple(paragraphs),
    )


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
    """Seeds per second through the parser alone (best of a few rounds)."""
    texts = list(corpus_texts(corpus).items())
    best = float("inf")
    for _ in range(SPEED_ROUNDS):
        start = time.perf_counter()
        for name, text in texts:
            parse_seed(text, f"{name}.txt")
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def build_corpus(corpus: Path) -> dict[str, tuple[Extracted, ...]]:
    """Build a site from the corpus and read each article page and its JSON-LD."""
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    work = Path(tempfile.mkdtemp(prefix="digest-accuracy-"))
    try:
        seeds = work / "seeds"
        seeds.mkdir()
        for path in corpus.glob("*.txt"):
            shutil.copy(path, seeds / path.name)
        settings = read_settings(
            str(ROOT / "pelicanconf.py"),
            override={
                "PATH": str(ROOT / "content"),
                "ARTICLE_PATHS": [str(seeds)],
                "OUTPUT_PATH": str(work / "output"),
                "CACHE_PATH": str(work / "cache"),
                "DIGEST_NER_ENABLED": False,
                "DIGEST_SEARCH": False,
            },
        )
        pages: dict[str, str] = {}

        def remember(generator) -> None:
            for article in generator.articles:
                pages[Path(article.source_path).stem] = article.save_as

        signals.article_generator_finalized.connect(remember)
        try:
            Pelican(settings).run()
        finally:
            signals.article_generator_finalized.disconnect(remember)
        out = {}
        for stem, save_as in pages.items():
            html = (work / "output" / save_as).read_text(encoding="utf-8")
            out[stem] = read_article_page(html, settings.get("AUTHOR"))
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_article_page(
    html: str, site_author: str | None = None
) -> tuple[Extracted, Extracted]:
    """The fields a reader sees on an article page, and those its JSON-LD states.

    The site's own signature for unsigned articles (Pelican's ``AUTHOR``) is
    not an author read from the paste, and is left out."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.find("article")

    def text(selector: str) -> str | None:
        found = article.select_one(selector)
        return found.get_text(" ", strip=True) if found else None

    date = article.select_one("time.article-date")
    # The article's text: its header and body, not its footer (the page's own
    # tags, the link to the original); no breaks inside a paragraph at links.
    body = "\n".join(
        part.get_text() for part in article.select(".article-header, .article-body")
    )
    page = Extracted(
        title=text("h1"),
        source=text(".article-source"),
        section=text(".article-section"),
        lede=text(".article-chapo"),
        authors=[
            name
            for a in article.select(".article-byline .author")
            if (name := a.get_text(strip=True)) != site_author
        ],
        date=date["datetime"][:10] if date else None,
        caption=text(".article-photo .photo-caption"),
        credit=text(".article-photo .photo-credit"),
        body=body,
    )
    data = json.loads(soup.find("script", type="application/ld+json").string)
    image = data.get("image") or {}
    stated = Extracted(
        title=data.get("headline"),
        source=(data.get("sourceOrganization") or data.get("publisher") or {}).get(
            "name"
        ),
        section=data.get("articleSection"),
        lede=data.get("description"),
        authors=[
            a["name"]
            for a in data.get("author", [])
            if a.get("@type") == "Person" and a["name"] != site_author
        ],
        date=data.get("datePublished", "")[:10] or None,
        caption=image.get("caption"),
        credit=image.get("creditText"),
        body=body,
    )
    return page, stated


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
    print(f"{'field':16}" + "".join(f"{label:>22}" for label in labels))
    for field_name in FIELDS:
        row = "".join(f"{tables[label][field_name]!s:>22}" for label in labels)
        print(f"{field_name:16}{row}")
    if misses:
        for label in labels:
            for field_name in FIELDS:
                for miss in tables[label][field_name].misses:
                    print(f"[{label}] {field_name}: {miss}")
    return {f: [tables[label][f] for label in labels] for f in FIELDS}


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
    print(f"{'field':16}" + "".join(f"{label:>24}" for label in HABITS))
    for field_name in HABIT_FIELDS:
        row = "".join(f"{tables[label][field_name]!s:>24}" for label in HABITS)
        print(f"{field_name:16}{row}")
    if misses:
        for label in HABITS:
            for field_name in HABIT_FIELDS:
                for miss in tables[label][field_name].misses:
                    print(f"[{label}] {field_name}: {miss}")
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
    print(f"reader speed: {reader_speed(args.corpus):.0f} seeds/s (parser only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
