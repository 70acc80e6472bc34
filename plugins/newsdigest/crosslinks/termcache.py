"""Each article's term counts kept on disk from build to build, so that a
rebuild extracts words only from the articles that changed.

An entry's key is a digest of what the counts are computed from (title, lede,
start of the body HTML), of :data:`CACHE_VERSION` and of the code that
computes them (:data:`CODE_FILES`). Entries live in ``SHARDS`` JSON files named
after their key's first hex digits; a build rewrites only the shards whose
entries changed, each with exactly the entries of this build, and deletes
those left with none.

A shard is hostile input (:mod:`newsdigest.safefiles`): one that is not a
regular file, not plain JSON of exactly the shape written here, or of another
version, is ignored and rewritten; an entry of the wrong shape is computed
again; a folder that cannot be written only costs the work again next time.
Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from ..safefiles import BadFileError, read_json, write_replacing

logger = logging.getLogger(__name__)

# Raise when what an entry holds changes meaning.
CACHE_VERSION = 1
FOLDER = "crosslinks"
SHARD_DIGITS = 2  # 256 shard files
MAX_SHARD_BYTES = 50_000_000
HERE = Path(__file__).resolve().parent
# The code whose change changes the counts of one text.
CODE_FILES = (HERE / "vectors.py", HERE / "compute.py", HERE.parent / "htmltext.py")

Counts = dict[str, int]
# An entry: each count, in decimal, to the terms of that count, space-separated
# (a term never holds a space): quick to read back, whatever the vocabulary.
Entry = dict[str, str]
COUNT = re.compile(r"[1-9][0-9]{0,8}")


def code_digest() -> str:
    """A digest of :data:`CACHE_VERSION` and of the code in :data:`CODE_FILES`."""
    digest = hashlib.sha256(str(CACHE_VERSION).encode())
    for path in CODE_FILES:
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()


def packed(counts: Mapping[str, int]) -> Entry:
    """Term counts as an entry is written.

    >>> packed({"pont": 2, "zorblanc": 1, "carton": 1})
    {'2': 'pont', '1': 'zorblanc carton'}
    """
    groups: dict[int, list[str]] = {}
    for term, count in counts.items():
        groups.setdefault(count, []).append(term)
    return {str(count): " ".join(terms) for count, terms in groups.items()}


def unpacked(entry: object) -> Counts | None:
    """The term counts of a stored entry, or None when it is not of the shape
    :func:`packed` writes.

    >>> unpacked({"2": "pont", "1": "zorblanc carton"})
    {'pont': 2, 'zorblanc': 1, 'carton': 1}
    >>> unpacked({"0": "pont"}), unpacked({"2": ["pont"]}), unpacked("pont")
    (None, None, None)
    """
    if not isinstance(entry, dict):
        return None
    counts: Counts = {}
    for count, terms in entry.items():
        if not (isinstance(terms, str) and COUNT.fullmatch(count)):
            return None
        counts.update(dict.fromkeys(terms.split(), int(count)))
    return counts


class TermCache:
    """Term counts on disk: :meth:`counts` finds or computes them for a build."""

    def __init__(self, cache: str | Path) -> None:
        """Shards go to the ``crosslinks`` folder of the digest's ``cache``."""
        self.folder = Path(cache) / FOLDER
        self.code = code_digest()

    def key(self, parts: Sequence[str]) -> str:
        """The key of the counts computed from ``parts`` (by this code)."""
        digest = hashlib.sha256(self.code.encode())
        for part in parts:
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def path(self, shard: str) -> Path:
        return self.folder / f"{shard}.json"

    def read(self, shard: str) -> dict[str, object]:
        """A shard's entries, or none when it is absent or not trustworthy."""
        try:
            data = read_json(self.path(shard), MAX_SHARD_BYTES)
        except BadFileError:
            return {}
        if (
            isinstance(data, dict)
            and data.keys() == {"version", "code", "entries"}
            and data["version"] == CACHE_VERSION
            and data["code"] == self.code
            and isinstance(data["entries"], dict)
        ):
            return data["entries"]
        return {}

    def write(self, shard: str, entries: dict[str, object]) -> None:
        """Replace a shard (atomically; a failure only loses the entries)."""
        data = {"version": CACHE_VERSION, "code": self.code, "entries": entries}
        try:
            write_replacing(self.path(shard), json.dumps(data, ensure_ascii=False))
        except OSError as error:
            logger.debug("Term counts not cached in %s: %s", self.folder, error)

    def counts(
        self,
        sources: Sequence[Sequence[str]],
        compute: Callable[[Sequence[str]], Mapping[str, int]],
    ) -> list[Counts]:
        """The term counts of each item of ``sources`` (the parts its text is
        made from), found in the cache or ``compute(parts)``; the shards that
        changed are written back with this build's entries only."""
        keys = [self.key(parts) for parts in sources]
        shards: dict[str, list[int]] = {}
        for position, key in enumerate(keys):
            shards.setdefault(key[:SHARD_DIGITS], []).append(position)
        found: list[Counts] = [{}] * len(keys)
        for shard, positions in shards.items():
            stored = self.read(shard)
            entries: dict[str, object] = {}
            for position in positions:
                key = keys[position]
                counts = unpacked(stored.get(key))
                if counts is None:
                    counts = dict(compute(sources[position]))
                    entries[key] = packed(counts)
                else:
                    entries[key] = stored[key]
                found[position] = counts
            if entries != stored:
                self.write(shard, entries)
        self.drop_others(shards.keys())
        return found

    def drop_others(self, kept: Iterable[str]) -> None:
        """Delete the shards holding none of this build's entries."""
        names = {self.path(shard).name for shard in kept}
        try:
            for path in self.folder.glob("?" * SHARD_DIGITS + ".json"):
                if path.name not in names:
                    path.unlink(missing_ok=True)
        except OSError as error:
            logger.debug("Old term counts not deleted in %s: %s", self.folder, error)
