"""Pages reused from the previous build: a record of what each write made.

Each call of the writer (one page, one paginated listing, one feed) has a
key, the digest of everything it is made of (:mod:`.writer`). The record,
a JSON file in the digest's cache folder (``cache/newsdigest/pages.json``),
maps each key to the files that call wrote, each with the
inode, size and modification time it had. A call whose key is recorded,
and whose files are all still in ``output/`` exactly as recorded, is not
rendered: its files are hard-linked from ``output/`` into the staging
folder. A record that is missing, corrupt, from another version, or names a
file that changed since costs a rendering, never a wrong page. Nothing here
imports Pelican.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import stat
from pathlib import Path, PurePosixPath
from typing import Any

from ..safefiles import read_build_record, write_replacing

logger = logging.getLogger(__name__)

VERSION = 1
MAX_RECORD_BYTES = 512_000_000
# One file a call wrote: relative path, inode, size, modification time (ns).
Entry = tuple[str, int, int, int]


class PageReuse:
    """The previous build's record, and this build's, for one staging."""

    def __init__(self, live: Path, staging: Path, record: Path) -> None:
        self.live, self.staging, self.record = live, staging, record
        self.previous = read_record(record)
        self.current: dict[str, list[str]] = {}
        self.linked: set[str] = set()
        self.reused = self.rendered = 0

    def link(self, key: str, name: str) -> bool:
        """Hard-link the files of call ``key``, the first named ``name``,
        from the live site into the staging folder, if they are all there as
        recorded; True if done."""
        entries = self.previous.get(key)
        if not entries or entries[0][0] != os.path.normpath(name):
            return False
        if not all(self._unchanged(entry) for entry in entries):
            return False
        made: list[str] = []
        try:
            for file, *_ in entries:
                target = os.path.join(self.staging, file)
                self._folder(os.path.dirname(file))
                # Refused if the target exists: taken already (Pelican decides).
                os.link(os.path.join(self.live, file), target)
                made.append(target)
        except OSError:  # taken already, or no hard links
            for target in made:
                os.unlink(target)
            return False
        self.linked.update(made)
        self.current[key] = [file for file, *_ in entries]
        self.reused += 1
        return True

    def _unchanged(self, entry: Entry) -> bool:
        name, inode, size, mtime = entry
        try:
            found = os.lstat(os.path.join(self.live, name))
        except OSError:
            return False
        return (
            self._inside(os.path.dirname(name))
            and stat.S_ISREG(found.st_mode)
            and (found.st_ino, found.st_size, found.st_mtime_ns) == (inode, size, mtime)
        )

    @functools.cache  # noqa: B019 (one object a build)
    def _folder(self, folder: str) -> None:
        """Make the staging folder's ``folder`` once (its parent first)."""
        if not folder:
            return
        self._folder(os.path.dirname(folder))
        with contextlib.suppress(FileExistsError):
            os.mkdir(os.path.join(self.staging, folder))

    @functools.cache  # noqa: B019 (one object a build)
    def _inside(self, folder: str) -> bool:
        """The live site's ``folder`` is inside it, through no link: each
        folder on the way is a real folder (one ``lstat`` a folder a build)."""
        if not folder:
            return True
        if not self._inside(os.path.dirname(folder)):
            return False
        try:
            return stat.S_ISDIR(os.lstat(self.live / folder).st_mode)
        except OSError:
            return False

    def release(self, path: str, override: bool) -> bool:
        """Before ``path`` is written: True if it is a linked file, which is
        then unlinked (so that the live site's file is never written
        through) when the write may override it."""
        if path not in self.linked:
            return False
        if override:
            os.unlink(path)
            self.linked.discard(path)
        return True

    def note(self, key: str | None, paths: list[str]) -> None:
        """Call ``key`` (None: one not to reuse) was rendered and wrote these
        files (absolute paths)."""
        self.rendered += 1
        if key is None:
            return
        self.current[key] = [
            PurePosixPath(Path(path).relative_to(self.staging)).as_posix()
            for path in paths
        ]

    def save(self) -> None:
        """Write this build's record, describing the staged files as they are
        now (they keep inode and times when renamed into place)."""
        calls: dict[str, list[Entry]] = {}
        for key, names in sorted(self.current.items()):
            try:
                found = [os.lstat(self.staging / name) for name in names]
            except OSError:
                continue
            calls[key] = [
                (name, f.st_ino, f.st_size, f.st_mtime_ns)
                for name, f in zip(names, found, strict=True)
            ]
        text = json.dumps({"version": VERSION, "calls": calls}, sort_keys=True)
        try:
            write_replacing(self.record, text)
        except OSError as error:
            logger.warning(
                "%s: cannot be written (%s): the next build renders every page",
                self.record,
                error.strerror,
            )


def read_record(path: Path) -> dict[str, list[Entry]]:
    """The calls a record holds; none if it is missing or not this exact
    shape (relative paths that stay inside the site)."""
    found = read_build_record(path, MAX_RECORD_BYTES, _calls, "every page is rendered")
    return found or {}


def _calls(data: Any) -> dict[str, list[Entry]] | None:
    calls = data.get("calls") if isinstance(data, dict) else None
    if not isinstance(calls, dict) or data.get("version") != VERSION:
        return None
    return {
        key: [tuple(entry) for entry in entries]
        for key, entries in calls.items()
        if isinstance(entries, list) and entries and all(map(_valid, entries))
    }


def _valid(entry: object) -> bool:
    if not (isinstance(entry, list) and len(entry) == 4):
        return False
    name, *numbers = entry
    if not isinstance(name, str) or not all(type(n) is int and n >= 0 for n in numbers):
        return False
    parts = PurePosixPath(name).parts
    return (
        bool(parts)
        and not name.startswith("/")
        and ".." not in parts
        and ("\0" not in name and "\\" not in name)
    )
