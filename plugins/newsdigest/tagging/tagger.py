"""The tagger: an article's text in, its tags and the strings that name them out.

French text takes its names from the model's spans; English text from runs of
capitalised words (the French model cuts English sentences badly), with the
model's label where it agrees. Both then go through the same rules: known
names and adjectives, titles, one entity per spelling, ranking and
exclusions. Nothing here imports Pelican.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .cache import Span
from .capitals import as_states, capital_states, settings_by_adjective
from .echoes import echoes
from .english import NameLabels, english_mentions
from .fallback import fallback
from .laws import law_mentions
from .lexicon import Lexicon
from .mentions import PATTERN, Mention, from_span
from .rank import Context, Verdict, excluded_names, judge, slash_partners
from .resolve import canonical, group, settle_overlaps
from .subjects import subject_mentions, word_frequency
from .taxonomy import Taxonomy
from .text import ArticleText, fold
from .titles import title_mentions
from .vocabulary import Vocabulary
from .works import quoted_titles
from .zones import credited, datelines, not_own_text

OWN_PARTS = ("lede", "caption", "heading", "body")  # where bylines may be left


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
        home_country: str | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.home_country = fold(home_country) if home_country else ""
        self.taxonomy = taxonomy
        self.lexicon = Lexicon(vocabulary, taxonomy)
        self.max_tags = max_tags
        self.min_score = min_score

    def timed_out(self) -> bool:
        """Whether a taxonomy pattern was dropped for taking too long."""
        return any(tag.pattern.refused for tag in self.taxonomy.tags if tag.pattern)

    def tag(
        self,
        doc: ArticleText,
        lang: str,
        spans: list[Span],
        *,
        spare: bool = False,
        **options: Any,
    ) -> Result:
        """Tags of one article from its text and the model's spans (maybe none);
        with ``spare``, one tag (``fallback``) when the rules keep none;
        ``options`` as for :meth:`judge`."""
        verdicts = self.judge(doc, lang, spans, **options)
        chosen = [v for v in verdicts if v.reason is None]
        if spare and not chosen:
            labels = options.get("labels")
            spare = fallback(verdicts, doc, lang, word_frequency, labels)
            chosen = [spare] if spare is not None else []
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
        *,
        exclude: Iterable[str] = (),
        authors: Iterable[str] = (),
        labels: NameLabels | None = None,
    ) -> list[Verdict]:
        """Every entity the article names, with its score and verdict; never a
        tag: the names in ``exclude`` (source, agencies) nor the ``authors``
        and photographers;
        ``labels`` is the model asked about English names alone."""
        entities = group(
            self.mentions(doc, lang, spans, labels),
            self.lexicon,
            doc.text,
            self.vocabulary,
        )
        context = Context(
            doc=doc,
            vocabulary=self.vocabulary,
            blocklist=self.taxonomy.blocklist,
            excluded=excluded_names([*exclude, *slash_partners(doc.text, [*exclude])]),
            authors=excluded_names([*authors, *credited(doc.text)]),
            datelines=datelines(doc.text, doc.blocks("body")),
            capital_states=capital_states(
                (e.name for e in entities for _ in e.mentions), self.lexicon.capitals
            ),
            home_country=self.home_country,
        )
        return judge(entities, context, self.max_tags, self.min_score)

    def mentions(
        self,
        doc: ArticleText,
        lang: str,
        spans: list[Span],
        labels: NameLabels | None = None,
    ) -> list[Mention]:
        """Every mention the rules and the model find, settled and canonical."""
        text = doc.text
        if lang == "fr":
            found = [
                m
                for s in spans
                for m in from_span(text, s.start, s.end, s.label, self.vocabulary)
            ]
        else:
            found = english_mentions(doc, spans, self.vocabulary, labels)
        found = [m for m in found if m is not None]
        found += echoes(text, found)
        mentions = [canonical(m, self.lexicon) for m in found]
        mentions += self.lexicon.scan(text)
        mentions += self._pattern_mentions(text)
        mentions += law_mentions(doc)
        mentions += quoted_titles(text)
        mentions += subject_mentions(
            doc,
            lang,
            self.vocabulary,
            known=lambda word: self.lexicon.lookup(word) is not None,
            frequency=word_frequency,
        )
        elsewhere = not_own_text(
            text,
            [b for part in OWN_PARTS for b in doc.blocks(part)],
            self.vocabulary.stop_entities,
        )
        mentions = [
            m for m in mentions if m.form == PATTERN or m.start not in elsewhere
        ]
        mentions = as_states(text, settle_overlaps(mentions), self.lexicon)
        mentions = settings_by_adjective(doc, mentions, self.lexicon)
        mentions += title_mentions(text, mentions, self.lexicon, self.vocabulary)
        return mentions

    def _pattern_mentions(self, text: str) -> list[Mention]:
        """Mentions of the taxonomy's tags that apply on a pattern."""
        return [
            Mention(
                match.start(),
                match.end(),
                tag.name,
                tag.kind,
                PATTERN,
                known=True,
                forced=True,
            )
            for tag in self.taxonomy.tags
            if tag.pattern is not None
            for match in tag.pattern.finditer(text)
        ]
