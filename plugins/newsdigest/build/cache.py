"""Pelican's content cache, checked before Pelican opens it.

With ``CACHE_CONTENT`` (``invoke livereload`` turns it on) Pelican pickles
the articles it read and serves them again while the seed file is
unchanged. It never asks which code or settings wrote them: a cache from an
older version of the plugins (a pull, a restored CI cache) would go on
serving old parses, and a truncated file stops the build (``EOFError``).

So every build that writes the cache records, beside it, a fingerprint of
the code and settings and the SHA-256 of each cache file. Before the next
build, a cache file whose hash is not the recorded one, or any cache when
the fingerprint differs or the record is missing, is deleted unread: the
build reads every seed again and writes a fresh cache. A cache file is
never unpickled before its hash is checked. Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

RECORD = "newsdigest-content-cache.json"
PELICAN_CACHES = ("*Generator", "*Generator-Readers")


def fingerprint(code: Path, settings: dict[str, object], versions: str) -> str:
    """A digest of the plugins' code, the settings shown, and versions."""
    digest = hashlib.sha256(versions.encode())
    for path in sorted(code.rglob("*.py")):
        digest.update(str(path.relative_to(code)).encode() + b"\0")
        digest.update(path.read_bytes())
    digest.update(json.dumps(settings, sort_keys=True, default=repr).encode())
    return digest.hexdigest()


def _caches(folder: Path) -> list[Path]:
    return sorted(
        path
        for pattern in PELICAN_CACHES
        for path in folder.glob(pattern)
        if path.is_file()
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def distrust(folder: Path, current: str) -> list[str]:
    """Delete the cache files that cannot be trusted; say which and why."""
    caches = _caches(folder)
    if not caches:
        return []
    try:
        record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        written, files = record["fingerprint"], dict(record["files"])
    except (OSError, ValueError, KeyError, TypeError):
        written, files = None, {}
    removed = []
    for path in caches:
        if written != current:
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
    caches = _caches(folder)
    if caches:
        files = {path.name: _sha256(path) for path in caches}
        data = {"fingerprint": current, "files": files}
        (folder / RECORD).write_text(json.dumps(data, indent=1), encoding="utf-8")
