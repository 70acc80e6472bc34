"""Pelican's content cache, checked before Pelican opens it.

With ``CACHE_CONTENT`` (``invoke livereload`` turns it on) Pelican pickles
the articles it read and serves them again while the seed file is
unchanged. It never asks which code or settings wrote them: a cache from an
older version of the plugins (a pull, a restored CI cache) would go on
serving old parses, and a truncated file stops the build (``EOFError``).

So every build that writes the cache records, beside it, a fingerprint of
the code and settings (``seeds.reuse.reading_fingerprint``) and the SHA-256
of each cache file. Before the next
build, a cache file whose hash is not the recorded one, or any cache when
the fingerprint differs or the record is missing, is deleted unread: the
build reads every seed again and writes a fresh cache. A cache file is
never unpickled before its hash is checked. A cache name that is not a
regular file (a pipe, a link to a device: Pelican would wait on it forever)
is deleted unopened, and the record is read as hostile JSON
(:mod:`newsdigest.safefiles`). Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from ..safefiles import BadFileError, kind, read_json, read_regular, write_replacing

RECORD = "newsdigest-content-cache.json"
PELICAN_CACHES = ("*Generator", "*Generator-Readers")
MAX_RECORD_BYTES = 1_000_000
MAX_CACHE_BYTES = 2_000_000_000


def _caches(folder: Path) -> list[Path]:
    return sorted(path for pattern in PELICAN_CACHES for path in folder.glob(pattern))


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(read_regular(path, MAX_CACHE_BYTES)).hexdigest()
    except BadFileError:
        return None


def _recorded(folder: Path) -> tuple[str | None, dict[str, Any]]:
    """The fingerprint and file hashes the last build recorded, if any."""
    try:
        record = read_json(folder / RECORD, MAX_RECORD_BYTES)
    except BadFileError:
        return None, {}
    if not (
        isinstance(record, dict)
        and record.keys() == {"fingerprint", "files"}
        and isinstance(record["fingerprint"], str)
        and isinstance(record["files"], dict)
        and all(isinstance(value, str) for value in record["files"].values())
    ):
        return None, {}
    return record["fingerprint"], record["files"]


def distrust(folder: Path, current: str) -> list[str]:
    """Delete the cache files that cannot be trusted; say which and why."""
    caches = _caches(folder)
    if not caches:
        return []
    written, files = _recorded(folder)
    removed = []
    for path in caches:
        mode = os.lstat(path).st_mode
        if stat.S_ISDIR(mode):
            continue  # Pelican cannot open a folder: it starts afresh
        if not stat.S_ISREG(mode):
            reason = f"{kind(mode)}, not a cache file"
        elif written != current:
            reason = "written by other code or settings" if written else "no record"
        elif files.get(path.name) != _sha256(path):
            reason = "changed or damaged since it was written"
        else:
            continue
        path.unlink()
        removed.append(f"{path.name} ({reason})")
    return removed


def record(folder: Path, current: str) -> None:
    """Note the fingerprint and the hash of every cache file just written."""
    files = {path.name: _sha256(path) for path in _caches(folder)}
    files = {name: digest for name, digest in files.items() if digest}
    if files:
        data = {"fingerprint": current, "files": files}
        write_replacing(folder / RECORD, json.dumps(data, indent=1))
