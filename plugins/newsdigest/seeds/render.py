"""Render a parsed seed's body as Markdown (the reader's, and a curated post's).

Seed text is text: every character that Markdown, its "extra" extensions or
HTML would read as syntax is escaped, so ``<script>``, ``*bold*``, ``[x](y)``,
``# title``, ``| a | b |`` or ``{{ jinja }}`` reach the page literally. The
markup in the output comes only from here and from the theme.
"""

from __future__ import annotations

import html
import re

from .model import Element, Kind, Photo, Seed
from .text import strip_outer_quotes

# Characters escaped with a backslash anywhere (all are Markdown escapes).
BACKSLASHED = re.compile(r"([\\`*_{}\[\]#])")
# Characters no Markdown escape covers in every extension: entities instead.
ENTITIES = {"|": "&#124;", "~": "&#126;", "^": "&#94;", "$": "&#36;"}
ENTITY_CHARS = re.compile("[" + re.escape("".join(ENTITIES)) + "]")
# What a line may start with that Markdown reads as a block: list markers,
# ordered-list numbers, setext and rule lines, definition lists, indentation.
LINE_START = re.compile(r"^(?P<lead>[-+=:]|\d+(?=[.)]))")
QUOTED_HEADING = re.compile(r"^[«\"“].*[»\"”]$")


def escape_markdown(text: str) -> str:
    """Escape text so that Markdown renders exactly these characters.

    >>> escape_markdown("1. <b>*a*</b> | [x](y)")
    '1\\\\. &lt;b&gt;\\\\*a\\\\*&lt;/b&gt; &#124; \\\\[x\\\\](y)'
    """
    text = html.escape(text, quote=False)
    text = BACKSLASHED.sub(r"\\\1", text)
    text = ENTITY_CHARS.sub(lambda match: ENTITIES[match.group(0)], text)
    match = LINE_START.match(text)
    if match:
        lead = match.group("lead")
        if lead.isdigit():
            text = lead + "\\" + text[len(lead) :]
        else:
            text = f"&#{ord(lead)};" + text[1:]
    return text


def escape_html(text: str) -> str:
    """Escape text for a raw HTML block (where Markdown does not apply)."""
    return html.escape(text, quote=True)


def render_body(seed: Seed) -> str:
    """The article body as Markdown: paragraphs, ``##`` intertitles, lists,
    quoted posts and figures, in reading order. Captioned photos printed
    above the article, other than the main one (shown by the theme), open it."""
    main = seed.main_photo
    in_body = {id(element.photo) for element in seed.body if element.photo}
    lead = [
        photo
        for photo in seed.photos
        if photo.caption and photo is not main and id(photo) not in in_body
    ]
    blocks = [render_photo(photo, seed.lang) for photo in lead]
    blocks.extend(
        render_element(element, seed.lang)
        for element in seed.body
        if element.photo is None or element.photo is not main
    )
    return "\n\n".join(block for block in blocks if block) + "\n"


def render_element(element: Element, lang: str = "fr") -> str:
    if element.kind is Kind.PARAGRAPH:
        return escape_markdown(element.text)
    if element.kind is Kind.HEADING:
        return "## " + render_heading(element.text)
    if element.kind is Kind.LIST:
        return "\n".join("- " + escape_markdown(item) for item in element.items)
    if element.kind is Kind.EMBED:
        lines = "<br>".join(escape_html(item) for item in element.items)
        return (
            f'<blockquote class="embed"><p>{lines}</p>'
            f"<footer>{escape_html(element.attribution)}</footer></blockquote>"
        )
    if element.kind is Kind.PHOTO and element.photo is not None:
        return render_photo(element.photo, lang)
    return ""


def render_heading(text: str) -> str:
    """An intertitle; a quoted one ("Nous discuterons…") becomes a ``<q>``."""
    if QUOTED_HEADING.match(text.strip()):
        return f"<q>{escape_markdown(strip_outer_quotes(text))}</q>"
    return escape_markdown(text)


# "Photo :" in the article's language (the paste has the words, not the image).
PHOTO_LABELS = {"fr": "Photo :", "en": "Photo:", "de": "Foto:", "es": "Foto:"}


def render_photo(photo: Photo, lang: str = "fr") -> str:
    """A photo of the body said in words: the paste has no image file, so
    there is no figure, only a line with its caption and credit."""
    if not photo.caption and not photo.credit:
        return ""
    label = PHOTO_LABELS.get(lang, PHOTO_LABELS["fr"])
    parts = [f'<span class="photo-label">{label}</span>']
    if photo.caption:
        parts.append(f'<span class="photo-caption">{escape_html(photo.caption)}</span>')
    if photo.credit:
        parts.append(f'<span class="photo-credit">{escape_html(photo.credit)}</span>')
    return f'<p class="photo-note">{" ".join(parts)}</p>'
