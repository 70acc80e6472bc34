"""Mention links: the first mention of each tagged entity in a body links to its page.

Pure logic, no Pelican. The body is read with the standard library's HTML
parser; only text outside links, headings, figures and captions, quotation
attributions (``<footer>``), code and the like is searched, and a link is
spliced in around the characters found, so every other byte of the markup,
and all of the text, stay as they were.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

# Text inside these elements is never linked.
SKIPPED = frozenset(
    "a h1 h2 h3 h4 h5 h6 figure figcaption footer cite code pre kbd samp script "
    "style button label select textarea template title svg math".split()
)
# Nor text in an element of these classes: a photo said in words (no figure).
SKIPPED_CLASSES = frozenset({"photo-note"})
VOID = frozenset(
    "area base br col embed hr img input link meta source track wbr".split()
)
SEPARATOR = r"[\s\-‐‑–]+"
APOSTROPHE = "['’]"


@dataclass(frozen=True)
class Entity:
    """A tagged entity: where its page is and how the text may write it."""

    href: str
    surfaces: tuple[str, ...]


def surface_pattern(surface: str) -> str | None:
    """A regex for one way of writing a name: spaces and hyphens alike, the first
    letter as written (so "Le Monde" never matches "tout le monde"), the rest in
    any case (so "Kim Jong-un" matches "Kim Jong Un").

    >>> bool(re.fullmatch(surface_pattern("Kim Jong-un"), "Kim Jong Un"))
    True
    >>> bool(re.search(surface_pattern("Le Monde"), "tout le monde"))
    False
    """
    words = [word for word in re.split(SEPARATOR, surface.strip()) if word]
    if not words:
        return None
    escaped = [re.sub("['’]", APOSTROPHE, re.escape(word)) for word in words]
    head = re.escape(words[0][0])
    tail = escaped[0][len(re.escape(words[0][0])) :]
    rest = "".join(SEPARATOR + part for part in escaped[1:])
    return rf"(?<!\w){head}(?i:{tail}{rest})(?!\w)"


class _TextRuns(HTMLParser):
    """The runs of text of a fragment that may be linked, with their offsets."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for line in source.split("\n")[:-1]:
            self.line_starts.append(self.line_starts[-1] + len(line) + 1)
        self.stack: list[tuple[str, bool]] = []  # open tags, whether skipped
        self.skipping = 0
        # (offset, is_text, may_link) for every token, in order.
        self.tokens: list[tuple[int, bool, bool]] = []
        self.feed(source)
        self.close()

    def _mark(self, is_text: bool) -> None:
        line, column = self.getpos()
        offset = self.line_starts[line - 1] + column
        self.tokens.append((offset, is_text, is_text and not self.skipping))

    def _markup(self, *_: object) -> None:
        self._mark(False)

    def _text(self, *_: object) -> None:
        self._mark(True)

    handle_startendtag = handle_comment = handle_decl = _markup
    handle_pi = unknown_decl = _markup
    handle_data = handle_entityref = handle_charref = _text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._mark(False)
        if tag not in VOID:
            classes = set((dict(attrs).get("class") or "").split())
            skipped = tag in SKIPPED or bool(classes & SKIPPED_CLASSES)
            self.stack.append((tag, skipped))
            self.skipping += skipped

    def handle_endtag(self, tag: str) -> None:
        self._mark(False)
        if any(name == tag for name, _ in self.stack):
            while self.stack:
                closed, skipped = self.stack.pop()
                self.skipping -= skipped
                if closed == tag:
                    break

    def runs(self, length: int) -> list[list[tuple[int, int]]]:
        """Raw (start, end) pieces of each linkable run of text."""
        found: list[list[tuple[int, int]]] = []
        current: list[tuple[int, int]] = []
        offsets = [offset for offset, _, _ in self.tokens]
        ends = [*offsets[1:], length] if offsets else []
        for (offset, _, may_link), end in zip(self.tokens, ends, strict=True):
            if may_link:
                current.append((offset, end))
            elif current:
                found.append(current)
                current = []
        if current:
            found.append(current)
        return found


def _decode(source: str, pieces: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """A run's text and, for each of its characters, the raw offset it starts at."""
    text: list[str] = []
    raw_at: list[int] = []
    for start, end in pieces:
        raw = source[start:end]
        decoded = html.unescape(raw) if raw.startswith("&") else raw
        text.append(decoded)
        if decoded == raw:
            raw_at.extend(range(start, end))
        else:
            raw_at.extend([start] * len(decoded))
    raw_at.append(pieces[-1][1])
    return "".join(text), raw_at


def link_mentions(body: str, entities: Sequence[Entity]) -> str:
    """The body with the first mention of each entity wrapped in a link.

    >>> link_mentions('<h2>Zorblanc</h2><p>À Zorblanc &amp; à Zorblanc.</p>',
    ...               [Entity("/tag/zorblanc/", ("Zorblanc",))])
    '<h2>Zorblanc</h2><p>À <a class="mention" href="/tag/zorblanc/">Zorblanc</a>\
 &amp; à Zorblanc.</p>'
    """
    alternatives = sorted(
        (
            (len(surface), pattern, number)
            for number, entity in enumerate(entities)
            for surface in entity.surfaces
            if (pattern := surface_pattern(surface))
        ),
        key=lambda item: (-item[0], item[1]),
    )
    if not alternatives:
        return body
    groups = {f"g{n}": number for n, (_, _, number) in enumerate(alternatives)}
    finder = re.compile(
        "|".join(
            f"(?P<g{n}>{pattern})" for n, (_, pattern, _) in enumerate(alternatives)
        )
    )
    linked: set[int] = set()
    splices: list[tuple[int, int, str]] = []
    for pieces in _TextRuns(body).runs(len(body)):
        text, raw_at = _decode(body, pieces)
        for match in finder.finditer(text):
            number = groups[match.lastgroup or ""]
            if number not in linked:
                linked.add(number)
                href = html.escape(entities[number].href, quote=True)
                splices.append((raw_at[match.start()], raw_at[match.end()], href))
        if len(linked) == len(entities):
            break
    out: list[str] = []
    position = 0
    for start, end, href in splices:
        out.append(body[position:start])
        out.append(f'<a class="mention" href="{href}">{body[start:end]}</a>')
        position = end
    out.append(body[position:])
    return "".join(out)
