"""The text of an HTML fragment we rendered, in linear time (no HTML parser)."""

from __future__ import annotations

import html
import re

# A tag, never spanning another "<": one pass, whatever the fragment holds.
TAG = re.compile(r"<[^<>]*>")


def html_text(fragment: str) -> str:
    """Tags out, entities decoded, white space folded.

    >>> html_text("<h2>Nous &amp; eux</h2><p>Le <b>président</b>\\n russe.</p>")
    'Nous & eux Le président russe.'
    """
    return " ".join(html.unescape(TAG.sub(" ", fragment)).split())
