"""Step: what follows the last paragraph: signature, notes, tags, page furniture.

Read from the end: a signature ("B.F avec AFP", "Reuters", "Kab NIANG"), a
contributor note ("Reporting by ...; Editing by ..."), the page's own tags
("Rennes" / "Football"). Then, if a line announces the end of the article
("Tags", "Article suivant", "En relation") and no paragraph of prose comes
after it, everything from it on is furniture.
"""

from __future__ import annotations

import re

from .bylines import JOINERS, Byline, parse_byline, strip_final_period
from .draft import Draft, Line, Role
from .names import agency_name
from .text import compile_table, ends_sentence, is_prose, words
from .vocabulary.boxes import TAG_LABELS, TAIL_MARKERS
from .vocabulary.people import AUTHOR_BIO_VERBS, CONTRIBUTOR_NOTES

NOTE = compile_table(CONTRIBUTOR_NOTES)
TAIL_MARKER = compile_table(TAIL_MARKERS)
TAG_LABEL = compile_table(TAG_LABELS)
AUTHOR_BIO = re.compile(
    r"^,?\s+(?:" + "|".join(AUTHOR_BIO_VERBS) + r")\s", re.IGNORECASE
)
TAGS_LINE = re.compile(
    r"^(?:tags?|mots[- ]clés|thèmes?|topics?)\s*:\s*(?P<tags>.+)$", re.I
)
MAX_SIGNATURE_CHARS = 80
MAX_TAG_WORDS = 4
MAX_TAIL_LINES = 8
STRONG_PARAGRAPH_CHARS = 150
MAX_MARKER_CHARS = 220


def find_tail(draft: Draft) -> None:
    """Claim signature, notes and tags at the end; cut trailing furniture."""
    _read_end(draft)
    _cut_after_marker(draft)


def _read_end(draft: Draft) -> None:
    source = draft.found.source
    free = draft.free_lines()
    authors: list[str] = []
    agencies: list[str] = []
    notes: list[str] = []
    keywords: list[str] = []
    for line in reversed(free[-MAX_TAIL_LINES:]):
        if not line.free:
            continue  # a tag block claimed whole from its last line
        text = line.text
        if NOTE.match(text) or _author_bio(text, draft.found.header_authors):
            draft.claim(line, Role.NOTE)
            notes.insert(0, text)
            continue
        tags = _tags(draft, line)
        if tags:
            keywords[:0] = tags
            continue
        signature = (
            parse_signature(text, source) if len(text) <= MAX_SIGNATURE_CHARS else None
        )
        if signature and _last_of_block(draft, line):
            draft.claim(line, Role.SIGNATURE)
            authors[:0] = signature.authors
            agencies[:0] = signature.agencies
            continue
        break
    draft.found.signature_authors = authors
    draft.found.signature_agencies = agencies
    draft.found.notes = notes
    draft.found.keywords += keywords


def _author_bio(text: str, authors: list[str]) -> bool:
    """The bio of one of the article's authors printed under it ("Jane Sample
    is a staff writer covering city hall.")."""
    return any(
        AUTHOR_BIO.match(text[len(name) :])
        for name in authors
        if text.startswith(name + " ") and ends_sentence(text)
    )


def _tags(draft: Draft, line: Line) -> list[str]:
    """Tags printed as a "Tags: a, b" line or a block of one-to-four-word lines."""
    match = TAGS_LINE.match(line.text)
    if match:
        draft.claim(line, Role.TAGS)
        return [
            tag.strip()
            for tag in re.split(r"[,;|]", match.group("tags"))
            if tag.strip()
        ]
    block = [other for other in draft.lines if other.block == line.block]
    items = [other for other in block if other.role in (Role.UNKNOWN, Role.TAGS)]
    if any(not other.skipped for other in block if other not in items):
        return []
    labelled = block[0] not in items and bool(TAG_LABEL.match(block[0].text))
    if len(items) < (1 if labelled else 2) or line is not items[-1]:
        return []
    if not all(_tag_like(other.text) for other in items):
        return []
    before = draft.previous_live(block[0])
    if not labelled and before is not None and before.text.rstrip().endswith(":"):
        return []
    for other in items:
        draft.claim(other, Role.TAGS)
    return [other.text for other in items]


def _tag_like(text: str) -> bool:
    count = len(words(text))
    return 1 <= count <= MAX_TAG_WORDS and not ends_sentence(text) and ":" not in text


def _last_of_block(draft: Draft, line: Line) -> bool:
    following = draft.next_live(line)
    return following is None or following.block != line.block or not following.free


def _cut_after_marker(draft: Draft) -> None:
    """From the first end-of-article marker (free or already furniture) on,
    free lines and photos (other articles' cards) are furniture, unless a
    paragraph of prose comes after it."""
    zone_end = max((line.pos for line in draft.header_zone()), default=0)
    candidates = [
        line for line in draft.lines[zone_end + 1 :] if line.free or line.skipped
    ]
    for index, line in enumerate(candidates):
        if len(line.text) > MAX_MARKER_CHARS or not TAIL_MARKER.match(line.text):
            continue
        rest = [other for other in candidates[index + 1 :] if other.free]
        if any(_strong(other.text) for other in rest):
            continue
        for other in draft.lines[line.pos :]:
            if other.free or other.role is Role.PHOTO:
                draft.claim(other, Role.END)
        ended = {other.no for other in draft.lines if other.role is Role.END}
        draft.photos = [photo for photo in draft.photos if photo.line not in ended]
        return


def _strong(text: str) -> bool:
    stripped = text.rstrip()
    return (
        len(stripped) >= STRONG_PARAGRAPH_CHARS
        and is_prose(stripped)
        and not stripped.endswith(("…", "..."))
    )


def parse_signature(text: str, source: str | None = None) -> Byline | None:
    """Authors and agencies of an end-of-article signature, or None.

    >>> parse_signature("B.F avec AFP", "BFMTV")
    Byline(authors=('B.F',), agencies=('AFP',))
    >>> parse_signature("Le Monde avec AFP et Reuters", "Le Monde")
    Byline(authors=(), agencies=('Le Monde', 'AFP', 'Reuters'))
    >>> parse_signature("Reuters"), parse_signature("Avec AFP")
    (Byline(authors=(), agencies=('Reuters',)), Byline(authors=(), agencies=('AFP',)))
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    text = strip_final_period(text)
    if len(words(text)) > 10:
        return None
    agency = agency_name(text)
    if agency:
        return Byline((), (agency,))
    bare = re.sub(r"^(?:avec|with)\s+", "", text, flags=re.IGNORECASE)
    if bare != text:
        found = [agency_name(part) for part in JOINERS.split(bare)]
        if found and all(found):
            return Byline((), tuple(found))
        return None
    return parse_byline(text, source)
