"""Steps: drop the page furniture a paste carries, never a sentence of the article.

Furniture is what the page prints around the article: share buttons,
counters, reading times, "Lire aussi" teasers. Lines are matched whole
against the tables of ``vocabulary``, or are made only of interface words
("Partager Discussion", "FacebookTwitterFlipboard"), or are written in
another script than the headline (a language switcher); long lines of running
text are never furniture, except for a teaser glued inside them, which is cut
out while the sentences around it stay. Boxes that are furniture as a whole
are in ``boxes.py``.
"""

from __future__ import annotations

import re

from .dates import find_dates
from .draft import Draft, Line, Role
from .text import (
    compile_table,
    ends_sentence,
    is_all_caps,
    is_prose,
    norm,
    sentences,
    squash,
    words,
)
from .vocabulary.interface import (
    FURNITURE_LINES,
    INLINE_TEASER_MARKERS,
    UI_FILLERS,
    UI_WORDS,
)

FURNITURE = compile_table(FURNITURE_LINES)
# The teaser runs to a glued capital ("Moyen ÂgeSon"), an opening quote or the end.
INLINE_TEASER = re.compile(
    r"(?P<marker>(?i:" + "|".join(INLINE_TEASER_MARKERS) + r"))\s*[:.»>-]?\s+"
    r"(?P<teaser>.+?)(?=(?<=[a-zà-ÿ0-9])(?=[A-ZÀ-Ý][a-zà-ÿ'’])|\s[«\"“]|$)"
)
# Where words are glued: "FacebookTwitter", "URLCopied!", "articleImprimer".
GLUED_WORDS = re.compile(
    r"(?<=[a-zà-ÿ!])(?=[A-ZÀ-Ý])|(?<=[A-ZÀ-Ý])(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
SENTENCE_INSIDE = re.compile(r"[.?!…]\s+\S")
UI_TOKEN = re.compile(r"[\w+-]+")
LAST_LATIN_LETTER = 0x24F
INLINE_TEASER_CASED = re.compile(
    r"(?-i:(?:À|A) LIRE AUSSI|LIRE AUSSI|READ MORE|RELATED)\b"
)

MAX_FURNITURE_CHARS = 220
MAX_FOREIGN_LABEL_CHARS = 40
MIN_CAPS_TEASER_WORDS = 6
MAX_OUTLET_DATELINE_WORDS = 6
MAX_CAPS_TEASER_CHARS = 160
MIN_UI_WORDS = 2
MAX_NOTICES_CHARS = 140


def drop_furniture(draft: Draft) -> None:
    """Claim whole lines that are furniture; cut teasers glued into paragraphs."""
    page = _Page(
        repeated=_header_texts(draft),
        source=draft.found.source,
        caps_headings=_prints_caps_headings(draft),
        latin=_latin(draft.found.title),
    )
    for line in draft.free_lines():
        if not page.furniture(line.text):
            line.text = cut_inline_teasers(line.text)
            if line.text and not page.furniture(line.text):
                continue
        draft.claim(line, Role.FURNITURE)


class _Page:
    """What tells furniture on this page: its header texts, its source, whether
    it prints intertitles in capitals, whether its headline is in Latin script."""

    def __init__(
        self, repeated: set[str], source: str | None, caps_headings: bool, latin: bool
    ) -> None:
        self.repeated, self.source = repeated, source
        self.caps_headings, self.latin = caps_headings, latin

    def furniture(self, text: str) -> bool:
        if len(text) > MAX_FURNITURE_CHARS:
            return False
        return bool(
            FURNITURE.match(text)
            or norm(text) in self.repeated
            or ui_labels(text)
            or (self.latin and _foreign_label(text))
            or (not self.caps_headings and _caps_teaser(text))
            or _outlet_dateline(text, self.source)
            or _furniture_sentences(text)
        )


def ui_labels(text: str) -> bool:
    """Whether a line is only interface labels, maybe glued together.

    >>> ui_labels("FacebookTwitterFlipboard"), ui_labels("Imprimer cet articleImprimer")
    (True, True)
    >>> ui_labels("Partager la discussion avec Jean")
    False
    """
    tokens = UI_TOKEN.findall(GLUED_WORDS.sub(" ", text).casefold())
    labels = sum(token in UI_WORDS for token in tokens)
    return labels >= MIN_UI_WORDS and all(
        token in UI_WORDS or token in UI_FILLERS for token in tokens
    )


def _furniture_sentences(text: str) -> bool:
    """Several notices on one line, each of them furniture ("La suite est
    réservée aux abonnés. Déjà abonné ? Se connecter")."""
    if len(text) > MAX_NOTICES_CHARS or not SENTENCE_INSIDE.search(text):
        return False
    parts = sentences(text)
    return len(parts) > 1 and all(
        FURNITURE.match(part.rstrip(" .")) or ui_labels(part) for part in parts
    )


def _foreign_label(text: str) -> bool:
    """A short label in another script on a Latin-script page ("Русский",
    "中文" in a language menu); a sentence in another script is a quotation."""
    return (
        len(text) <= MAX_FOREIGN_LABEL_CHARS
        and not ends_sentence(text)
        and not _latin(text)
        and any(char.isalpha() for char in text)
    )


def _latin(text: str) -> bool:
    """Whether a text has a letter of the Latin script."""
    return any(c.isalpha() and ord(c) <= LAST_LATIN_LETTER for c in text)


def _prints_caps_headings(draft: Draft) -> bool:
    """Whether the article prints short intertitles in capitals ("PÉTARD MOUILLÉ")
    followed by prose: then a longer line in capitals is an intertitle too,
    not a teaser shouting another article's headline."""
    lines = draft.lines
    for line in draft.free_lines():
        count = len(words(line.text))
        if not (
            2 <= count < MIN_CAPS_TEASER_WORDS
            and is_all_caps(line.text)
            and not ends_sentence(line.text)
            and not FURNITURE.match(line.text)
        ):
            continue
        following = lines[line.pos + 1] if line.pos + 1 < len(lines) else None
        if following is not None and is_prose(following.text):
            return True
    return False


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
    """A headline shouted in capitals, linking to another article (not a date
    line in capitals: "PUBLISHED MARCH 3, 2024 9:15 AM ET")."""
    return (
        len(text) <= MAX_CAPS_TEASER_CHARS
        and is_all_caps(text)
        and len(words(text)) >= MIN_CAPS_TEASER_WORDS
        and not ends_sentence(text)
        and not any(match.has_year for match in find_dates(text))
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
    new tab\\n by TNO found ..."), lines of hard-wrapped paragraphs, and a
    drop-cap initial printed on its own line ("H\\nong Kong is burning")."""
    previous: Line | None = None
    removed_between = False
    for line in draft.lines:
        if line.skipped:
            removed_between = True
            continue
        drop_cap = previous is not None and _drop_cap(previous.text, line.text)
        if (
            previous is not None
            and previous.free
            and line.free
            and (line.block == previous.block or drop_cap)
            and (drop_cap or _continues(previous.text, line.text, removed_between))
        ):
            glue = "" if drop_cap or line.text[:1] in ",.;:)]»!?" else " "
            previous.text = previous.text + glue + line.text
            draft.claim(line, Role.JOINED)
            line.text = ""
            continue
        previous, removed_between = line, False


def _drop_cap(before: str, after: str) -> bool:
    """A capital letter alone on its line, the rest of its word on the next."""
    return len(before) == 1 and before.isupper() and after[:1].islower()


def _continues(before: str, after: str, removed_between: bool) -> bool:
    if after[:1] in ",.;:)]" or (removed_between and after[:1].islower()):
        return not ends_sentence(before) or after[:1] in ",;:)]"
    return False


def _header_texts(draft: Draft) -> set[str]:
    """Texts of the header lines a page repeats lower down (section, site name)."""
    found = draft.found
    named = (found.source_line, found.source, found.section, *found.breadcrumb)
    return {norm(text) for text in named if text}
