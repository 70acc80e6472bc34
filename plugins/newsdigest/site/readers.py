"""Typography where content is read, so that page, feed and search agree.

Every reader Pelican uses (the seed reader, Markdown...) is given the
:class:`TypesetReader` mixin: what it returns has its HTML and its text
fields typeset for the article's language (``typography.py``) before Pelican
makes an article of it. The seed reader is one already (it typesets its
reading before keeping it in the reading cache, ``seeds/reuse.py``).
Signal: ``readers_init`` (see ``plugin.py``).
"""

from __future__ import annotations

import functools
from typing import Any

from pelican.readers import BaseReader

from .typography import typeset_html, typeset_text

# Metadata holding text a reader sees; summaries are HTML.
TEXT_FIELDS = ("title", "kicker", "lede", "deck", "caption")
LIST_FIELDS = ("notes",)
HTML_FIELDS = ("summary",)


def typeset_metadata(metadata: dict[str, Any], lang: str) -> dict[str, Any]:
    """A copy of ``metadata`` with its text fields typeset.

    >>> typeset_metadata({"title": "Quoi ?", "slug": "quoi"}, "fr")["title"]
    'Quoi\\u202f?'
    """
    shaped = dict(metadata)
    for key in TEXT_FIELDS:
        if isinstance(shaped.get(key), str):
            shaped[key] = typeset_text(shaped[key], lang)
    for key in LIST_FIELDS:
        if isinstance(shaped.get(key), list):
            shaped[key] = [typeset_text(str(item), lang) for item in shaped[key]]
    for key in HTML_FIELDS:
        if isinstance(shaped.get(key), str):
            shaped[key] = typeset_html(shaped[key], lang)
    return shaped


class TypesetReader:
    """Mixin for a Pelican reader: typeset what ``read`` returns."""

    settings: dict[str, Any]

    def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
        content, metadata = super().read(source_path)  # type: ignore[misc]
        lang = str(metadata.get("lang") or self.settings.get("DEFAULT_LANG") or "fr")
        return typeset_html(content or "", lang), typeset_metadata(metadata, lang)


@functools.cache
def typeset_reader(reader_class: type) -> type:
    """The reader class with typography, under the same name (Pelican names
    an article's reader after its class)."""
    if issubclass(reader_class, TypesetReader):
        return reader_class
    return type(reader_class.__name__, (TypesetReader, reader_class), {})


def add_typography(readers: Any) -> None:
    """Give every registered reader class the typography mixin (not
    ``BaseReader`` itself, which only stands for static files)."""
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class not in (None, BaseReader):
            readers.reader_classes[extension] = typeset_reader(reader_class)
