"""Scoring the reader's output against the reviewed truth of the dev corpus.

Pure functions shared by ``bench/accuracy.py`` and the tests: what was read
(:class:`Extracted`, from the parser or a built page) is compared field by
field with the publisher's metadata reviewed by hand. A field is scored only
where the paste carries it (``found_in_text``); titles are compared with
``headline_in_text``; strings with case, quotes and spaces folded; a photo the
page prints without a credit scores a credit only when none is found; "no
junk author" fails an article when an author is not one of its reviewed
authors (a UI label, a topic, a caption taken for a name).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsdigest.seeds.model import Seed
from newsdigest.seeds.text import SPACES, norm

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
