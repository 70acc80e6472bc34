"""The tagger: an article's text in, its tags and the strings that name them out.

French text takes its names from the model's spans; English text from runs of
capitalised words (the French model cuts English sentences badly), with the
model's label where it agrees. Both then go through the same rules: known
names and adjectives, titles, one entity per spelling, ranking and
exclusions. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .cache import Span
from .chunks import capitalised_runs
from .lexicon import Lexicon
from .mentions import LABEL_KINDS, PATTERN, Mention, from_span
from .rank import Context, Verdict, excluded_names, judge
from .resolve import canonical, group, settle_overlaps
from .taxonomy import Taxonomy
from .text import ArticleText, fold
from .titles import title_mentions
from .vocabulary import Vocabulary

HEAD_KIND = "organisation"
MIN_OVERLAP = 0.5
LONGEST_SPAN = 300  # longer model spans are sentences, not names
# Photo credits inside the text: "(Adel Hana/Associated Press)", "© Henri Frasque".
CREDIT = re.compile(
    r"\([^()\n]*/[^()\n]*\)|©[^\n]*|\b(?:Photo|Crédit|Credit)s? ?:[^\n]*"
)


@dataclass(frozen=True)
class Choice:
    """One tag for an article."""

    name: str
    kind: str
    score: float
    known: bool
    description: str = ""


@dataclass(frozen=True)
class Result:
    """An article's tags, best first, and ``mentions``: tag -> exact strings."""

    tags: tuple[Choice, ...]
    mentions: dict[str, list[str]] = field(default_factory=dict)


class Tagger:
    """Tags articles with one lexicon and taxonomy for a whole build."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        taxonomy: Taxonomy,
        max_tags: int,
        min_score: float,
    ) -> None:
        self.vocabulary = vocabulary
        self.taxonomy = taxonomy
        self.lexicon = Lexicon(vocabulary, taxonomy)
        self.max_tags = max_tags
        self.min_score = min_score

    def tag(
        self,
        doc: ArticleText,
        lang: str,
        spans: list[Span],
        exclude: Iterable[str] = (),
    ) -> Result:
        """Tags of one article from its text and the model's spans (maybe none)."""
        chosen = [v for v in self.judge(doc, lang, spans, exclude) if v.reason is None]
        tags = tuple(
            Choice(
                v.entity.name,
                v.entity.kind or "thème",
                v.score,
                v.entity.known,
                v.entity.description,
            )
            for v in chosen
        )
        return Result(
            tags, {v.entity.name: v.entity.surfaces(doc.text) for v in chosen}
        )

    def judge(
        self,
        doc: ArticleText,
        lang: str,
        spans: list[Span],
        exclude: Iterable[str] = (),
    ) -> list[Verdict]:
        """Every entity the article names, with its score and verdict."""
        entities = group(self.mentions(doc, lang, spans), self.lexicon)
        context = Context(
            doc=doc,
            vocabulary=self.vocabulary,
            blocklist=self.taxonomy.blocklist,
            excluded=excluded_names(list(exclude)),
        )
        return judge(entities, context, self.max_tags, self.min_score)

    def mentions(self, doc: ArticleText, lang: str, spans: list[Span]) -> list[Mention]:
        """Every mention the rules and the model find, settled and canonical."""
        text = doc.text
        if lang == "fr":
            found = [
                m
                for s in spans
                for m in from_span(text, s.start, s.end, s.label, self.vocabulary)
            ]
        else:
            ordered = sorted(spans, key=lambda s: s.start)
            starts = [s.start for s in ordered]
            found = [
                self._kind_from_spans(m, _overlapping(ordered, starts, m))
                for m in capitalised_runs(text, self.vocabulary)
            ]
            found = _confirmed_in_title(doc, found)
        mentions = [canonical(m, self.lexicon) for m in found if m is not None]
        mentions += self.lexicon.scan(text)
        mentions += self._pattern_mentions(text)
        credits = [match.span() for match in CREDIT.finditer(text)]
        credit_starts = [start for start, _ in credits]
        mentions = [
            m
            for m in mentions
            if m.form == PATTERN or not _inside(credits, credit_starts, m.start)
        ]
        mentions = settle_overlaps(mentions)
        mentions += title_mentions(text, mentions, self.lexicon, self.vocabulary)
        return mentions

    def _kind_from_spans(self, mention: Mention, spans: list[Span]) -> Mention:
        """A capitalised run takes the label of the model span covering it; a
        person the model finds at its end is the name ("Deputy Director of
        Public Prosecution Eva-Marie Persson" -> "Eva-Marie Persson")."""
        for span in spans:
            if (
                span.label == "PER"
                and mention.start < span.start < mention.end <= span.end
            ):
                name = mention.name[span.start - mention.start :]
                if len(name.split()) >= 2:
                    return replace(
                        mention, start=span.start, name=name, kind="personne"
                    )
        best, label = 0, None
        for span in spans:
            overlap = min(span.end, mention.end) - max(span.start, mention.start)
            if overlap > best:
                best, label = overlap, span.label
        kind = mention.kind or (
            LABEL_KINDS.get(label)
            if best >= MIN_OVERLAP * (mention.end - mention.start)
            else None
        )
        last = mention.name.split()[-1].lower()
        if last in self.vocabulary.organisation_heads:
            kind = HEAD_KIND
        return replace(mention, kind=kind)

    def _pattern_mentions(self, text: str) -> list[Mention]:
        """Mentions of the taxonomy's tags that apply on a pattern."""
        return [
            Mention(match.start(), match.end(), tag.name, tag.kind, PATTERN, known=True)
            for tag in self.taxonomy.tags
            if tag.pattern is not None
            for match in tag.pattern.finditer(text)
        ]


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


def _inside(ranges: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether an offset falls in one of sorted, disjoint ranges."""
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < ranges[index][1]
