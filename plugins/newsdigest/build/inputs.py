"""Digests of what a build reads and of the output it leaves, for the
up-to-date check (:mod:`.uptodate`).

:func:`settings_digest` digests what a build is given in memory (the
settings, as digests made elsewhere) with the versions of the packages a
page goes through (:data:`PACKAGES`). :func:`files_digest` digests what it
reads on disk: the folders' digest made elsewhere (code, theme,
``content/``), some project files, and the bytes of every file Pelican's
walks of ``ARTICLE_PATHS``, ``PAGE_PATHS`` and ``STATIC_PATHS`` reach (links
followed, excluded folders left out: :func:`tree_digest`), the seed ledgers
apart, as the build itself writes them. :func:`output_digest` digests the
path, kind, size, inode and times of every entry of ``output/``.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..versions import package_version
from .writer import file_digest

# Raise when what is digested changes.
VERSION = 1
# Packages a page goes through beyond those the reading cache keys on.
PACKAGES = ("jinja2", "markupsafe", "babel", "feedgenerator", "spacy", "pagefind_bin")


@dataclass(frozen=True)
class Files:
    """Digests of the files a build reads: those only the editor changes,
    and each seed ledger's bytes (the build adds the seeds it sees first)."""

    fixed: str
    ledgers: Mapping[str, str]

    def digest(self, settings: str) -> str:
        """One digest of every input: these files and ``settings``
        (:func:`settings_digest`)."""
        digest = hashlib.sha256(f"{VERSION}\0{settings}\0{self.fixed}".encode())
        for path in sorted(self.ledgers):
            digest.update(f"\0{path}\0{self.ledgers[path]}".encode())
        return digest.hexdigest()


@dataclass(frozen=True)
class Walk:
    """A walk Pelican makes for content: a root under ``PATH``, and the
    folders its excludes setting names, grouped by parent as Pelican does."""

    root: str
    exclusions: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, content: str, entry: str, excludes: Iterable[str]) -> Walk:
        grouped: dict[str, set[str]] = {}
        for exclude in excludes:
            parent, name = os.path.split(os.path.join(content, exclude))
            grouped.setdefault(parent, set()).add(name)
        root = os.path.join(content, entry) if entry else content
        return cls(root, {k: frozenset(v) for k, v in grouped.items()})


def settings_digest(parts: Iterable[str]) -> str:
    """One digest of ``parts`` (digests of the settings made elsewhere) and
    of the installed versions of :data:`PACKAGES`."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() + b"\0")
    for name in PACKAGES:
        digest.update(f"{name} {package_version(name)}\0".encode())
    return digest.hexdigest()


def files_digest(
    folders: str, walks: Iterable[Walk], files: Iterable[Path], ledgers: Iterable[Path]
) -> Files:
    """The digests of the files a build reads: ``folders`` (a digest of
    folders made elsewhere), the bytes of ``files`` and of every file the
    walks reach but the ledgers, and the ledgers' bytes apart."""
    apart = {os.path.normpath(path): str(path) for path in ledgers}
    digest = hashlib.sha256(folders.encode() + b"\0")
    for path in files:
        digest.update(os.fsencode(path) + b"\0" + file_digest(str(path)))
    for walk in walks:
        digest.update(tree_digest(walk, frozenset(apart)))
    found = {shown: file_digest(path).hex() for path, shown in apart.items()}
    return Files(digest.hexdigest(), found)


def tree_digest(walk: Walk, apart: frozenset[str]) -> bytes:
    """The names of the folders and the names and bytes of the files a walk
    reaches, links followed as Pelican follows them (a folder reached again
    through a link, or excluded, counts by its name only), ``apart`` left
    out."""
    digest = hashlib.sha256(os.fsencode(walk.root) + b"\0")
    if not os.path.isdir(walk.root):
        digest.update(file_digest(walk.root))  # a file, or "unreadable"
        return digest.digest()
    seen: set[str] = set()
    for folder, folders, files in os.walk(walk.root, followlinks=True):
        shown = os.fsencode(os.path.relpath(folder, walk.root))
        real = os.path.realpath(folder)
        if real in seen:
            folders[:] = []
            digest.update(b"again\0" + shown + b"\0")
            continue
        seen.add(real)
        excluded = walk.exclusions.get(folder, frozenset())
        digest.update(b"folder\0" + shown)
        for name in sorted(folders):  # an excluded one too: the build names it
            digest.update(b"\0" + os.fsencode(name) + b"/" * (name in excluded))
        folders[:] = sorted(name for name in folders if name not in excluded)
        for name in sorted(files):
            path = os.path.join(folder, name)
            if os.path.normpath(path) in apart:
                continue
            digest.update(b"\0" + os.fsencode(name) + b"\0" + file_digest(path))
    return digest.digest()


def output_digest(folder: Path, retained: Collection[str]) -> str:
    """The digest of every entry under ``folder`` (links not followed): its
    path, kind, permissions, size, inode, and modification and change times.
    Top-level ``retained`` entries (``OUTPUT_RETENTION``) are left out: a
    build carries them over as they are."""
    digest = hashlib.sha256()
    if not folder.is_dir():
        return hashlib.sha256(b"no output").hexdigest()

    def scan(path: str, prefix: bytes) -> None:
        with os.scandir(path) as found:
            entries = sorted(found, key=lambda entry: entry.name)
        for entry in entries:
            if not prefix and entry.name in retained:
                continue
            name = prefix + os.fsencode(entry.name)
            info = entry.stat(follow_symlinks=False)
            numbers = (
                info.st_mode,
                info.st_size,
                info.st_ino,
                info.st_mtime_ns,
                info.st_ctime_ns,
            )
            digest.update(
                len(name).to_bytes(4, "little") + name + repr(numbers).encode()
            )
            if stat.S_ISDIR(info.st_mode):
                scan(entry.path, name + b"/")

    scan(str(folder), b"")
    return digest.hexdigest()
