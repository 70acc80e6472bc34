"""No article without a tag: when every entity failed the rules, the one that
best says what the article is about.

In order: the kicker when it is a name (local pages file a story under its
town: "Quimbecourt" above "Incendie dans une maison"); else an entity the
rules set aside only for being named little (once, under the score), named
in the title or the kicker first, then the most named. An entity set aside
because it is no one's name (a credit, the source, a common word) never
comes back. Nothing here imports Pelican.
"""

from __future__ import annotations

from collections.abc import Callable

from .english import NameLabels
from .mentions import LABEL_KINDS, NAME, Mention
from .rank import Verdict
from .resolve import Entity
from .text import ArticleText, fold, words

# Reasons that say "named too little", not "not a name of this article".
SOFT = frozenset({"once", "score", "cap", "lone_name"})
HEAD_PARTS = ("kicker", "title")
MAX_KICKER_WORDS = 3
RARE = 3.0  # zipf frequency under which a word is no common word
Frequency = Callable[[str, str], float]


def fallback(
    verdicts: list[Verdict],
    doc: ArticleText,
    lang: str,
    frequency: Frequency,
    labels: NameLabels | None = None,
) -> Verdict | None:
    """The one tag of an article the rules left without any, if it names one."""
    kicker = kicker_name(doc, lang, frequency, labels)
    if kicker is not None:
        return Verdict(kicker, 1.0)
    soft = [v for v in verdicts if v.reason in SOFT]
    if not soft:
        return None
    best = max(
        soft,
        key=lambda v: (
            any(doc.part_at(m.start) in HEAD_PARTS for m in v.entity.mentions),
            len(v.entity.mentions),
            v.score,
        ),
    )
    return Verdict(best.entity, best.score)


def kicker_name(
    doc: ArticleText,
    lang: str,
    frequency: Frequency,
    labels: NameLabels | None = None,
) -> Entity | None:
    """The kicker as an entity when it is a name: one to three capitalised
    words the language hardly uses otherwise ("Quimbecourt", not "Justice").

    >>> from .text import article_text
    >>> doc = article_text("Incendie", None, None, "<p>Le feu.</p>", kicker="Frainval")
    >>> kicker_name(doc, "fr", lambda word, lang: 1.0).name
    'Frainval'
    >>> kicker_name(doc, "fr", lambda word, lang: 5.0) is None
    True
    """
    blocks = doc.blocks("kicker")
    if not blocks:
        return None
    start, end = blocks[0]
    text = doc.text[start:end].strip()
    tokens = [t.group() for t in words(text)]
    if not tokens or len(tokens) > MAX_KICKER_WORDS:
        return None
    if not all(t[:1].isupper() and frequency(t, lang) < RARE for t in tokens):
        return None
    label = labels([text])[0] if labels else None
    kind = LABEL_KINDS.get(label or "", "lieu")  # most often the town
    at = doc.text.index(text, start)
    mention = Mention(at, at + len(text), text, kind, NAME)
    return Entity(fold(text), text, kind, False, mentions=[mention])
