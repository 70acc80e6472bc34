"""Accuracy report: how well the reader recovers each field of the dev corpus.

    python bench/accuracy.py                  # build a site, score pages + JSON-LD
    python bench/accuracy.py --parser-only    # score the parser's output directly
    python bench/accuracy.py --misses         # also list every miss

The corpus (``tests/fixtures/corpus/``, a copy of ``shared/corpus/dev``) holds
pasted articles (``NAME.txt``) with the publisher's metadata reviewed by hand
(``NAME.json``). A field is scored only where the paste carries it
(``found_in_text``); titles are compared with ``headline_in_text``. Strings are
compared with case, quotes and spaces folded. Furniture is checked against
the hand-made list in ``tests/fixtures/corpus_furniture.yaml``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from newsdigest.seeds.files import read_seed_file
from newsdigest.seeds.model import Seed
from newsdigest.seeds.parse import ParseOptions
from newsdigest.seeds.text import norm
from newsdigest.settings import DEFAULTS

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
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
)


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
        check(
            "credit",
            same(got.credit, truth["image_credit"]),
            truth["image_credit"],
            got.credit,
        )
    body = norm(got.body)
    for key, label in (
        ("first_body_sentence", "first sentence"),
        ("last_body_sentence", "last sentence"),
    ):
        sentence = truth.get(key)
        if sentence:
            check(label, norm(sentence) in body, sentence[:80], "absent")
    left = [line for line in furniture if norm(line) in body]
    check("no furniture", not left, [], left)


def same(got: str | None, want: str | None) -> bool:
    return got is not None and want is not None and norm(got) == norm(want)


def from_seed(seed: Seed) -> Extracted:
    """The fields as the parser returns them."""
    photo = seed.main_photo
    parts = [seed.lede or ""]
    for element in seed.body:
        parts.append(element.text)
        parts.extend(element.items)
        if element.photo:
            parts.extend(filter(None, (element.photo.caption, element.photo.credit)))
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
    )


def parse_corpus(corpus: Path) -> dict[str, tuple[Extracted, ...]]:
    out = {}
    for path in sorted(corpus.glob("*.txt")):
        limit = DEFAULTS["DIGEST_MAX_SEED_BYTES"]
        seed, _ = read_seed_file(str(path), path.name, ParseOptions(), limit, None)
        out[path.stem] = (from_seed(seed),)
    return out


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
            out[stem] = read_article_page(html)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_article_page(html: str) -> tuple[Extracted, Extracted]:
    """The fields a reader sees on an article page, and those its JSON-LD states."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.find("article")

    def text(selector: str) -> str | None:
        found = article.select_one(selector)
        return found.get_text(" ", strip=True) if found else None

    date = article.select_one("time.article-date")
    body = article.get_text()  # no breaks inside a paragraph at its links
    page = Extracted(
        title=text("h1"),
        source=text(".article-source"),
        section=text(".article-section"),
        lede=text(".article-chapo"),
        authors=[
            a.get_text(strip=True) for a in article.select(".article-byline .author")
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
            a["name"] for a in data.get("author", []) if a.get("@type") == "Person"
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--parser-only", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    if args.parser_only:
        report(parse_corpus(args.corpus), ("parser",), args.corpus, args.misses)
    else:
        report(build_corpus(args.corpus), ("page", "JSON-LD"), args.corpus, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
