"""A disk cache of named-entity spans, keyed by the text, the model and the rules.

One JSON file per analysed text under the cache folder, written atomically.
A file that cannot be read, is not valid JSON, or was written by another
cache version or model is ignored (and rewritten), never trusted. Nothing
here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Raise when what is cached, or how the analysed text is built, changes.
CACHE_VERSION = 1
LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})


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
            data = json.loads(self.path(text).read_text(encoding="utf-8"))
            if (
                data["version"] != CACHE_VERSION
                or data["model"] != self.model
                or data["length"] != len(text)
            ):
                return None
            spans = [Span(int(s), int(e), str(label)) for s, e, label in data["spans"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if all(0 <= s.start < s.end <= len(text) and s.label in LABELS for s in spans):
            return spans
        return None

    def put(self, text: str, spans: list[Span]) -> None:
        """Store the spans of a text (atomically; a failure only loses the entry)."""
        target = self.path(text)
        data = {
            "version": CACHE_VERSION,
            "model": self.model,
            "length": len(text),
            "spans": [[s.start, s.end, s.label] for s in spans],
        }
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(data, stream)
            os.replace(name, target)
        except OSError:
            return
