"""The text a tagger reads for one article: title, lede, caption and body, in order.

``article_text`` joins the parts with blank lines and remembers where each
one starts, so that a mention can say whether it is in the title or the body.
``fold`` gives the comparison key of a name. Nothing here imports Pelican.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..htmltext import html_text

PARTS = ("kicker", "title", "lede", "caption", "heading", "body")
# The parts that say what an article is about: a name there is no passing one.
PROMINENT = ("title", "lede")
# What is read of a (hostile) huge seed: far more than any article, far less
# than the model's limit of a million characters.
MAX_CHARS = 200_000
BLOCK_END = re.compile(
    r"</(?:p|h[1-6]|li|figcaption|blockquote|div|ul|ol|figure)>", re.I
)
HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.I | re.S)
WORD = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S., U.K.
    r"|(?:[cdjlmnst]|qu)['’](?=\w)"  # elided French article: l', d', qu'
    r"|\w+(?:['’\-‑]\w+)*",
    re.I,
)
SENTENCE_MARKS = frozenset('.!?:;"“”«»—–•|(\n')
SEPARATORS = re.compile(r"[\s'’\-‑_.]+")
# Word endings that transliterations of one name spell differently
# ("Zelenskiy", "Zelenskyy", "Zelensky"; "Navalnyi", "Navalny"): one key.
TRANSLITERATED_ENDING = re.compile(r"(?<=[a-z]{3})(?:iy|yy|yi|ij)\b")


@dataclass(frozen=True)
class ArticleText:
    """The analysed text of an article and where each part starts."""

    text: str
    starts: tuple[int, ...]
    parts: tuple[str, ...]

    def blocks(self, part: str) -> list[tuple[int, int]]:
        """The (start, end) of every block of one part ("body"...)."""
        ends = [start - 2 for start in self.starts[1:]] + [len(self.text)]
        return [
            (start, end)
            for start, end, name in zip(self.starts, ends, self.parts, strict=True)
            if name == part
        ]

    def part_at(self, offset: int) -> str:
        """The part ("kicker", "title", "lede", "caption", "heading", "body") at
        an offset."""
        return self.parts[bisect_right(self.starts, offset) - 1]


def html_to_blocks(content: str) -> list[tuple[str, str]]:
    """Plain-text blocks of an HTML body, each marked "heading" or "body".

    >>> html_to_blocks("<h2>Nous &amp; eux</h2><p>Le <b>président</b> russe.</p>")
    [('heading', 'Nous & eux'), ('body', 'Le président russe.')]
    """
    headings = {html_text(h) for h in HEADING.findall(content)}
    blocks = []
    for chunk in BLOCK_END.split(content):
        text = html_text(chunk)
        if text:
            blocks.append(("heading" if text in headings else "body", text))
    return blocks


def article_text(
    title: str | None,
    lede: str | None,
    caption: str | None,
    content: str | None,
    kicker: str | None = None,
) -> ArticleText:
    """Join the parts of an article into one text, blocks separated by blank lines."""
    pieces: list[tuple[str, str]] = [
        (part, value.strip())
        for part, value in (
            ("kicker", kicker),
            ("title", title),
            ("lede", lede),
            ("caption", caption),
        )
        if value and value.strip()
    ]
    pieces += html_to_blocks(content or "")
    text, starts, parts = "", [], []
    for part, value in pieces:
        if text:
            text += "\n\n"
        starts.append(len(text))
        parts.append(part)
        text += value
        if len(text) >= MAX_CHARS:
            text = text[:MAX_CHARS]
            break
    return ArticleText(text=text, starts=tuple(starts), parts=tuple(parts))


def strip_accents(text: str) -> str:
    """Drop accents and other combining marks.

    >>> strip_accents("Corée Tokaïev")
    'Coree Tokaiev'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The comparison key of a name: no case, accents, hyphens or apostrophes,
    one spelling of transliterated endings.

    >>> fold("Kim Jong-un") == fold("kim jong Un") == fold("Kim Jong Un")
    True
    >>> fold("L’Otan"), fold("U.S."), fold("Zelenskiy") == fold("Zelenskyy")
    ('l otan', 'u s', True)
    """
    key = SEPARATORS.sub(" ", strip_accents(text).casefold()).strip()
    return TRANSLITERATED_ENDING.sub("y", key)


def words(text: str) -> list[re.Match[str]]:
    """The words of a text, hyphenated and abbreviated ones kept whole.

    >>> [m.group() for m in words("L'Est, Kim Jong-un aux U.S. (AFP).")]
    ["L'", 'Est', 'Kim', 'Jong-un', 'aux', 'U.S.', 'AFP']
    """
    return list(WORD.finditer(text))


def starts_sentence(text: str, start: int) -> bool:
    """Whether only spaces and a sentence's end come before ``start``.

    >>> starts_sentence("Fin. Quimby part", 5), starts_sentence("le Quimby", 3)
    (True, False)
    """
    index = start - 1
    while index >= 0 and text[index] in " \u00a0\t":
        index -= 1
    return index < 0 or text[index] in SENTENCE_MARKS
