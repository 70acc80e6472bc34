"""Every place the article writes a name the model found: a language model
reads each sentence apart and often misses a name it found a few lines above
("Quimbec est la ville..." at a sentence's start, in a list, in a heading).
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mentions import CONNECTORS, NAME, Mention
from .text import fold, words

# A word with a capital right before or after: the name is part of a longer
# one there ("Kenny Washington" is not Washington, "Quimby Post" not Quimby).
CAPITAL_WORD_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]*[ \u00a0]$")
CAPITAL_WORD_AFTER = re.compile(r"^[ \u00a0][A-ZÀ-Ý0-9]")
JOINED = "-‑'’.&+"  # a name glued to more: "Quimbec-Est", "Quimbec's", "Q.B."


def echoes(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the names the model found (proper names, all capitalised
    words; not those the lexicon knows: it finds every one of them) where the
    text writes them again and no mention is, standing alone (no capitalised
    word right beside them).

    >>> text = "Frappes sur Quimbec. Quimbec est loin. Jo Quimbec parle."
    >>> found = [Mention(12, 19, "Quimbec", "lieu")]
    >>> [(m.start, text[m.start:m.end]) for m in echoes(text, found)]
    [(21, 'Quimbec')]
    """
    taken = sorted((m.start, m.end) for m in mentions)
    named: dict[str, Mention] = {}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        if mention.form == NAME and not mention.known and _proper(surface):
            named.setdefault(surface, mention)
    found = []
    for surface, mention in named.items():
        for match in re.finditer(re.escape(surface), text):
            start, end = match.span()
            if _covered(start, end, taken) or not _alone(text, start, end):
                continue
            found.append(replace(mention, start=start, end=end))
    return found


def _proper(name: str) -> bool:
    """Every word capitalised but the small ones ("Banc d'Arguin", not
    "Presses universitaires").

    >>> _proper("Banc d'Arguin"), _proper("Presses universitaires")
    (True, False)
    """
    return all(
        w.group()[:1].isupper() or fold(w.group()) in CONNECTORS for w in words(name)
    )


def _covered(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def _alone(text: str, start: int, end: int) -> bool:
    """Whole words, not part of a longer name."""
    before, after = text[max(0, start - 40) : start], text[end : end + 2]
    if before[-1:].isalnum() or before[-1:] in JOINED:
        return False
    if after[:1].isalnum() or (after[:1] in JOINED and after[1:2].isalnum()):
        return False
    return not (CAPITAL_WORD_BEFORE.search(before) or CAPITAL_WORD_AFTER.match(after))
