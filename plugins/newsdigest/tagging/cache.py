"""A disk cache of named-entity spans, keyed by the text, the model and the rules.

One JSON file per analysed text under the cache folder, written atomically.
A cache entry is hostile input (:mod:`newsdigest.safefiles`): one that is
not a regular file (a pipe, a link to a device) is never opened, and one
that is not plain JSON of exactly the shape written here, for this text,
cache version and model, is ignored and rewritten, never trusted. Nothing
here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..safefiles import BadFileError, read_json, write_replacing

# Raise when what is cached, or how the analysed text is built, changes.
CACHE_VERSION = 1
LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})
ENTRY_KEYS = frozenset({"version", "model", "length", "spans"})
# An entry holds a few spans per sentence: far less than this.
MAX_ENTRY_BYTES = 4_000_000


@dataclass(frozen=True)
class Span:
    """A span of text the model labelled."""

    start: int
    end: int
    label: str


class SpanCache:
    """Model spans on disk: ``get(text)`` and ``put(text, spans)``."""

    def __init__(self, folder: str | Path, model: str) -> None:
        self.folder = Path(folder)
        self.model = model

    def key(self, text: str) -> str:
        data = f"{CACHE_VERSION}\0{self.model}\0{text}".encode()
        return hashlib.sha256(data).hexdigest()

    def path(self, text: str) -> Path:
        key = self.key(text)
        return self.folder / "ner" / key[:2] / f"{key}.json"

    def get(self, text: str) -> list[Span] | None:
        """The cached spans of a text, or None when absent or not trustworthy."""
        try:
            data = read_json(self.path(text), MAX_ENTRY_BYTES)
        except BadFileError:
            return None
        return spans_of(data, self.model, len(text))

    def put(self, text: str, spans: list[Span]) -> None:
        """Store the spans of a text (atomically; a failure only loses the entry)."""
        data = {
            "version": CACHE_VERSION,
            "model": self.model,
            "length": len(text),
            "spans": [[s.start, s.end, s.label] for s in spans],
        }
        try:
            write_replacing(self.path(text), json.dumps(data))
        except OSError:
            return


def spans_of(data: Any, model: str, length: int) -> list[Span] | None:
    """The spans of a cache entry of exactly the written shape, else None.

    >>> spans_of({"version": 1, "model": "m", "length": 9,
    ...           "spans": [[0, 3, "PER"]]}, "m", 9)
    [Span(start=0, end=3, label='PER')]
    >>> spans_of({"version": 1, "model": "m", "length": 9,
    ...           "spans": [[0, 3.0, "PER"]]}, "m", 9)
    """
    if not (
        isinstance(data, dict)
        and data.keys() == ENTRY_KEYS
        and _integer(data["version"]) == CACHE_VERSION
        and data["model"] == model
        and _integer(data["length"]) == length
        and isinstance(data["spans"], list)
    ):
        return None
    spans = []
    for item in data["spans"]:
        if not (isinstance(item, list) and len(item) == 3):
            return None
        start, end, label = item
        if not (
            _integer(start) is not None
            and _integer(end) is not None
            and 0 <= start < end <= length
            and label in LABELS
        ):
            return None
        spans.append(Span(start, end, label))
    return spans


def _integer(value: Any) -> int | None:
    """An integer that is one (not a bool, not a float)."""
    return value if type(value) is int else None
