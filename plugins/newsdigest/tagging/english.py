"""Mentions in English text: names from runs of capitalised words, kinds from
the model.

The French model cuts English sentences into half-sentence "names", so the
names come from ``chunks.capitalised_runs``. Their kind comes from the model
too, asked about the names alone ("Wikileaks ; Michael Reed ; Corn Belt":
ORG, PER, LOC), which it labels far better than inside English sentences;
else from the model's span over the run in the text. A title before a name
("President", "Mr") or an organisation's head word ("Ministry", "Co") has
the last word. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from .cache import Span
from .chunks import capitalised_runs
from .mentions import LABEL_KINDS, Mention
from .text import ArticleText, fold
from .vocabulary import Vocabulary

# What the model says of names on their own: names in, one label (or None) each.
NameLabels = Callable[[list[str]], list[str | None]]
HEAD_KIND = "organisation"
PERSON, THING = "personne", "thème"
MIN_OVERLAP = 0.5
LONGEST_SPAN = 300  # longer model spans are sentences, not names
# A centre housed by a university is named with it: "NORC at the University
# of Chicago", "the Quimby Lab at Zorbec College".
HOSTS = frozenset({"university", "college"})
HOUSED_AT = re.compile(r" at (?:the )?")


def english_mentions(
    doc: ArticleText,
    spans: list[Span],
    vocabulary: Vocabulary,
    labels: NameLabels | None = None,
) -> list[Mention]:
    """The names of an English article, each with its kind when one is known.
    A one-word name the model sees nowhere in the text ("Level", "Needle")
    is not asked about alone: it keeps no kind."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    found, seen = [], set()
    for run in capitalised_runs(doc.text, vocabulary):
        nearby = _overlapping(ordered, starts, run)
        mention, _ = _with_span_kind(run, nearby)
        found.append(mention)
        if " " in mention.name or any(_tight(s, mention) for s in nearby):
            seen.add(mention.name)
    found = _confirmed_in_title(doc, _housed(found, doc.text, vocabulary))
    if labels is not None:
        names = [name for name in dict.fromkeys(m.name for m in found) if name in seen]
        alone = dict(zip(names, labels(names), strict=True))
        found = [_with_label(m, alone.get(m.name)) for m in found]
    return [_with_head(m, vocabulary) for m in found]


def _housed(found: list[Mention], text: str, vocabulary: Vocabulary) -> list[Mention]:
    """An organisation written "X at the University of Y" is one name: an
    acronym or a name with an organisation's head, then a university.

    >>> from .vocabulary import vocabulary
    >>> text = "QRC at the University of Zorbec said"
    >>> university = Mention(11, 31, "University of Zorbec", None)
    >>> runs = [Mention(0, 3, "QRC", None), university]
    >>> [m.name for m in _housed(runs, text, vocabulary())]
    ['QRC at the University of Zorbec']
    """
    merged: list[Mention] = []
    for mention in sorted(found, key=lambda m: m.start):
        before = merged[-1] if merged else None
        if (
            before is not None
            and HOUSED_AT.fullmatch(text[before.end : mention.start])
            and HOSTS & set(fold(mention.name).split())
            and (
                before.name.isupper()
                or fold(before.name.split()[-1]) in vocabulary.organisation_heads
            )
        ):
            merged[-1] = replace(
                before,
                end=mention.end,
                name=text[before.start : mention.end],
                kind=HEAD_KIND,
            )
            continue
        merged.append(mention)
    return merged


def _with_span_kind(mention: Mention, spans: list[Span]) -> tuple[Mention, bool]:
    """A run takes the label of the model span covering it, and whether one
    covers it; a person the model finds at its end is the name ("Deputy
    Director of Public Prosecution Eva-Marie Persson" -> "Eva-Marie Persson")."""
    for span in spans:
        if span.label == "PER" and mention.start < span.start < mention.end <= span.end:
            name = mention.name[span.start - mention.start :]
            if len(name.split()) >= 2:
                found = replace(mention, start=span.start, name=name, kind=PERSON)
                return found, True
    best, label = 0, None
    for span in spans:
        overlap = min(span.end, mention.end) - max(span.start, mention.start)
        if overlap > best:
            best, label = overlap, span.label
    if best < MIN_OVERLAP * (mention.end - mention.start):
        return mention, False
    if mention.kind:
        return mention, True
    return replace(mention, kind=LABEL_KINDS.get(label or "")), True


def _tight(span: Span, mention: Mention) -> bool:
    """A span of the model that is about this name, not a sentence around it."""
    return (
        span.start <= mention.start + 1
        and span.end >= mention.end - 1
        and span.end - span.start <= 2 * (mention.end - mention.start) + 4
    )


def _with_label(mention: Mention, label: str | None) -> Mention:
    """The kind of the name alone (decided for the entity, once short forms
    have joined full names), unless a title said it is a person."""
    if label is None or mention.titled:
        return mention
    return replace(mention, alone=LABEL_KINDS.get(label, THING))


def _with_head(mention: Mention, vocabulary: Vocabulary) -> Mention:
    last = fold(mention.name.split()[-1])
    if last in vocabulary.organisation_heads:
        return replace(mention, kind=HEAD_KIND)
    return mention


def _confirmed_in_title(doc: ArticleText, found: list[Mention]) -> list[Mention]:
    """English headlines capitalise every word: a run in the title counts only
    when the rest of the article names it too."""
    elsewhere = {fold(m.name) for m in found if doc.part_at(m.start) != "title"}
    return [
        m for m in found if doc.part_at(m.start) != "title" or fold(m.name) in elsewhere
    ]


def _overlapping(spans: list[Span], starts: list[int], mention: Mention) -> list[Span]:
    """The spans (sorted by start) that overlap a mention, found by bisection."""
    found = []
    index = bisect_left(starts, mention.end) - 1
    while index >= 0 and spans[index].start > mention.start - LONGEST_SPAN:
        if spans[index].end > mention.start:
            found.append(spans[index])
        index -= 1
    return found
