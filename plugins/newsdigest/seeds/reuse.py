"""A disk cache of each seed's whole reading result, so that a rebuild reads,
parses, renders and tags no seed that did not change.

An entry holds what the seed reader hands Pelican, as plain JSON: the body's
HTML with its mention links and the metadata (every field of the article
schema, the encoding, the entity tags, the body's word count for the
JSON-LD); Pelican's own objects (dates, ``Tag``, ``Author``) are made again
from it on every build. Its key is the
SHA-256 of the seed's bytes, its name, the moment the seed ledger says it was
added (an undated seed's date) and :func:`reading_fingerprint`: the plugins'
code and data, the settings that shape a reading, the taxonomy, the tagging
vocabularies, the model's and libraries' versions, the names of the static
files (an ``image:`` must name one). Anything else changed
gives another key: the entry is never found, never wrong.

An entry is hostile input (:mod:`newsdigest.safefiles`): one that is not a
regular file (a pipe, a link) is never opened, and one that is not plain
JSON of exactly the shape written here, for this key, is ignored and
rewritten; a folder that cannot be written only costs the reading again.
Nothing here imports Pelican.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..safefiles import BadFileError, read_json, write_replacing
from ..settings import digest_settings
from ..tagging.setup import tagging_fingerprint
from ..versions import package_version
from .schema import BY_KEY, Shape

# Raise when what is cached changes shape.
CACHE_VERSION = 1
ENTRY_KEYS = frozenset({"version", "key", "content", "metadata"})
# A seed is at most 500 kB by default; its HTML and metadata a few times that.
MAX_ENTRY_BYTES = 8_000_000
CODE = Path(__file__).resolve().parent.parent
# Pelican settings that change what the reader makes of a seed.
READING_SETTINGS = (
    "MARKDOWN",
    "TIMEZONE",
    "DEFAULT_LANG",
    "DEFAULT_DATE",
    "STATIC_PATHS",
    "PAGE_PATHS",
)
# DIGEST_* settings that only act after reading (any other one counts).
BUILD_ONLY = frozenset(
    {
        "DIGEST_STRICT",
        "DIGEST_STRICT_LEVEL",
        "DIGEST_ATOMIC_OUTPUT",
        "DIGEST_SEARCH",
        "DIGEST_REQUIRE_SOURCE_URL",
        "DIGEST_SKIP_UNCHANGED",
    }
)
PACKAGES = ("pelican", "markdown", "wordfreq", "regex", "pyyaml", "python-slugify")
ENCODING = "seed_encoding"
TAGS = "entity_tags"
WORDS = "word_count"
TAG_FIELDS = {
    "name": str,
    "kind": str,
    "score": (int, float),
    "known": bool,
    "slug": str,
    "surfaces": list,
}


def reading_fingerprint(settings: dict[str, Any]) -> str:
    """A digest of everything beside a seed's bytes that shapes its reading:
    the plugins' files, the settings that matter, the taxonomy and tagging
    vocabularies (``tagging_fingerprint``), Python's and the libraries' versions."""
    digest = hashlib.sha256(sys.version.encode())
    for name in PACKAGES:
        digest.update(f"\0{name} {package_version(name)}".encode())
    for path in sorted(CODE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(CODE)).encode() + b"\0")
            digest.update(path.read_bytes())
    shown = {key: settings.get(key) for key in READING_SETTINGS}
    shown.update(
        (key, value)
        for key, value in digest_settings(settings).items()
        if key not in BUILD_ONLY
    )
    shown["tagging"] = tagging_fingerprint(settings)
    shown["pictures"] = pictures(settings)
    digest.update(json.dumps(shown, sort_keys=True, default=repr).encode())
    return digest.hexdigest()


def pictures(settings: dict[str, Any]) -> list[str]:
    """The files of the static folders, which a seed's ``image:`` may name
    (the reader drops a name that is not one of them)."""
    content = os.path.abspath(settings.get("PATH") or "content")
    found = []
    for folder in settings.get("STATIC_PATHS") or []:
        for root, folders, files in os.walk(os.path.join(content, folder)):
            folders.sort()
            found += [
                f"{os.path.relpath(os.path.join(root, name), content)}"
                f" {os.path.isfile(os.path.join(root, name))}"
                for name in sorted(files)
            ]
    return found


class ReadingCache:
    """Reading results on disk: ``key(...)``, then ``get(key)`` or ``put(key, ...)``."""

    def __init__(self, folder: str | Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint

    def key(self, name: str, added: dt.datetime | None, data: bytes) -> str:
        """The key of a seed's reading: its bytes, name, ledger moment, and
        the fingerprint of the code and settings."""
        moment = added.isoformat() if added else ""
        head = f"{CACHE_VERSION}\0{self.fingerprint}\0{name}\0{moment}\0"
        return hashlib.sha256(head.encode() + data).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / "read" / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[str, dict[str, Any]] | None:
        """The HTML and metadata stored under ``key``, or None when absent or
        not trustworthy."""
        try:
            data = read_json(self.path(key), MAX_ENTRY_BYTES)
        except BadFileError:
            return None
        return reading_of(data, key)

    def put(self, key: str, content: str, values: dict[str, Any]) -> None:
        """Store a reading (atomically; a failure only loses the entry)."""
        data = {
            "version": CACHE_VERSION,
            "key": key,
            "content": content,
            "metadata": values,
        }
        try:
            write_replacing(self.path(key), json.dumps(data, ensure_ascii=False))
        except OSError:
            return


def reading_of(data: Any, key: str) -> tuple[str, dict[str, Any]] | None:
    """The HTML and metadata of an entry of exactly the written shape, else None.

    >>> reading_of({"version": 1, "key": "k", "content": "<p>x</p>",
    ...             "metadata": {"title": "T", "tags": ["A"]}}, "k")
    ('<p>x</p>', {'title': 'T', 'tags': ['A']})
    >>> reading_of({"version": 1, "key": "k", "content": "<p>x</p>",
    ...             "metadata": {"title": ["T"]}}, "k")
    """
    if not (
        isinstance(data, dict)
        and data.keys() == ENTRY_KEYS
        and type(data["version"]) is int
        and data["version"] == CACHE_VERSION
        and data["key"] == key
        and isinstance(data["content"], str)
        and isinstance(data["metadata"], dict)
        and all(_fits(name, value) for name, value in data["metadata"].items())
    ):
        return None
    return data["content"], data["metadata"]


def _fits(name: str, value: Any) -> bool:
    """Whether a metadata value has the shape the reader gives that key."""
    check = CHECKS.get(name)
    return check is not None and check(value)


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_texts(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_count(value: Any) -> bool:
    return type(value) is int and value >= 0


def _are_tags(value: Any) -> bool:
    return isinstance(value, list) and all(_is_tag(tag) for tag in value)


def _is_tag(tag: Any) -> bool:
    """An entity tag of exactly the shape ``ReadTagger`` gives."""
    if not (isinstance(tag, dict) and tag.keys() == TAG_FIELDS.keys()):
        return False
    for field, kinds in TAG_FIELDS.items():
        value = tag[field]
        if isinstance(value, bool) != (kinds is bool) or not isinstance(value, kinds):
            return False
    return all(isinstance(surface, str) for surface in tag["surfaces"])


def _is_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


# The check of each metadata key an entry may hold: the schema's fields by
# their shape, then the reader's own keys.
SHAPE_CHECKS: dict[Shape, Callable[[Any], bool]] = {
    Shape.TEXT: _is_text,
    Shape.DATE: _is_date,
    Shape.NAMES: _is_texts,
    Shape.LIST: _is_texts,
}
CHECKS: dict[str, Callable[[Any], bool]] = {
    **{key: SHAPE_CHECKS[field.shape] for key, field in BY_KEY.items()},
    ENCODING: _is_text,
    WORDS: _is_count,
    TAGS: _are_tags,
}
