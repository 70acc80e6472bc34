"""Steps: drop the page furniture a paste carries, never a sentence of the article.

Furniture is what the page prints around the article: share buttons,
counters, reading times, "Lire aussi" teasers. Lines are matched whole
against the tables of ``vocabulary``; long lines of running text are never
furniture, except for a teaser glued inside them, which is cut out while the
sentences around it stay. Boxes that are furniture as a whole are in
``boxes.py``.
"""

from __future__ import annotations

import re

from .draft import Draft, Line, Role
from .text import compile_table, ends_sentence, is_all_caps, norm, squash, words
from .vocabulary import FURNITURE_LINES, INLINE_TEASER_MARKERS

FURNITURE = compile_table(FURNITURE_LINES)
# The teaser runs to a glued capital ("Moyen ÂgeSon"), an opening quote or the end.
INLINE_TEASER = re.compile(
    r"(?P<marker>(?i:" + "|".join(INLINE_TEASER_MARKERS) + r"))\s*[:.»>-]?\s+"
    r"(?P<teaser>.+?)(?=(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Ý][a-zà-ÿ'’])|\s[«\"“]|$)"
)
INLINE_TEASER_CASED = re.compile(
    r"(?-i:(?:À|A) LIRE AUSSI|LIRE AUSSI|READ MORE|RELATED)\b"
)

MAX_FURNITURE_CHARS = 220
MIN_CAPS_TEASER_WORDS = 6
MAX_OUTLET_DATELINE_WORDS = 6
MAX_CAPS_TEASER_CHARS = 160


def drop_furniture(draft: Draft) -> None:
    """Claim whole lines that are furniture; cut teasers glued into paragraphs."""
    repeated = _header_texts(draft)
    source = draft.found.source
    for line in draft.free_lines():
        line.text = cut_inline_teasers(line.text)
        text = line.text
        if not text or (
            len(text) <= MAX_FURNITURE_CHARS and _furniture(text, repeated, source)
        ):
            draft.claim(line, Role.FURNITURE)


def _furniture(text: str, repeated: set[str], source: str | None) -> bool:
    return bool(
        FURNITURE.match(text)
        or norm(text) in repeated
        or _caps_teaser(text)
        or _outlet_dateline(text, source)
    )


def _outlet_dateline(text: str, source: str | None) -> bool:
    """The outlet's name and a place under a byline: "BBC News, Moscow"."""
    if not source:
        return False
    head, _, place = text.partition(",")
    return (
        bool(place.strip())
        and squash(head).startswith(squash(source))
        and len(words(text)) <= MAX_OUTLET_DATELINE_WORDS
    )


def _caps_teaser(text: str) -> bool:
    """A headline shouted in capitals, linking to another article."""
    return (
        len(text) <= MAX_CAPS_TEASER_CHARS
        and is_all_caps(text)
        and len(words(text)) >= MIN_CAPS_TEASER_WORDS
        and not ends_sentence(text)
    )


def cut_inline_teasers(text: str) -> str:
    """Cut a capitalised "À LIRE AUSSI Title" teaser out of a paragraph.

    >>> cut_inline_teasers("en ligne ». À LIRE AUSSI Retour au Moyen ÂgeSon domicile.")
    'en ligne ». Son domicile.'
    """
    if not INLINE_TEASER_CASED.search(text):
        return text
    out = text
    for match in reversed(list(INLINE_TEASER.finditer(text))):
        if not INLINE_TEASER_CASED.match(match.group("marker")):
            continue
        before, after = out[: match.start()].rstrip(), out[match.end() :].lstrip()
        out = f"{before} {after}".strip() if before and after else (before or after)
    return out


def join_fragments(draft: Draft) -> None:
    """Rejoin a sentence that a removed link label split ("The report\\n, opens
    new tab\\n by TNO found ...") and lines of hard-wrapped paragraphs."""
    previous: Line | None = None
    removed_between = False
    for line in draft.lines:
        if line.skipped:
            removed_between = True
            continue
        if (
            previous is not None
            and previous.free
            and line.free
            and line.block == previous.block
            and _continues(previous.text, line.text, removed_between)
        ):
            glue = "" if line.text[:1] in ",.;:)]»!?" else " "
            previous.text = previous.text + glue + line.text
            draft.claim(line, Role.JOINED)
            line.text = ""
            continue
        previous, removed_between = line, False


def _continues(before: str, after: str, removed_between: bool) -> bool:
    if after[:1] in ",.;:)]" or (removed_between and after[:1].islower()):
        return not ends_sentence(before) or after[:1] in ",;:)]"
    return False


def _header_texts(draft: Draft) -> set[str]:
    """Texts of the header lines a page repeats lower down (section, site name)."""
    found = draft.found
    named = (found.source_line, found.source, found.section, *found.breadcrumb)
    return {norm(text) for text in named if text}
