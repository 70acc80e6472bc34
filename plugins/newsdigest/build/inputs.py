"""Digests of what a build reads and of the output it leaves, for the
up-to-date check (:mod:`.uptodate`).

:func:`settings_digest` digests what a build is given in memory (the
settings, as digests made elsewhere) with the versions of the packages a
page goes through (:data:`PACKAGES`). :func:`files_digest` digests what it
reads on disk: the folders' digest made elsewhere (code, theme,
``content/``), some project files, and the bytes of every file Pelican's
walks of ``ARTICLE_PATHS``, ``PAGE_PATHS`` and ``STATIC_PATHS`` reach (links
followed, excluded folders left out: :func:`tree_digest`), the seed ledgers
apart, as the build itself writes them. :func:`output_manifest` lists the
path, kind, size, inode and times of every entry of ``output/``, and
:func:`output_kept` checks them without listing a folder.
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


# What is recorded of each entry of the output folder, after its path.
STAT_FIELDS = ("st_mode", "st_size", "st_ino", "st_mtime_ns", "st_ctime_ns")


@dataclass(frozen=True)
class Manifest:
    """The entries of an output folder: their paths ("" for the folder
    itself) and, flat, :data:`STAT_FIELDS` of each (mode, size, inode,
    modification and change times): some 60,000 entries at 10,000 articles,
    kept compact."""

    names: list[str]
    numbers: list[int]

    def fits(self) -> bool:
        """Whether there are as many numbers as the names need."""
        return len(self.numbers) == len(STAT_FIELDS) * len(self.names)


def output_manifest(folder: Path, retained: Collection[str]) -> Manifest:
    """The output folder and every entry under it (links not followed), but
    the top-level ``retained`` ones (``OUTPUT_RETENTION``): a build carries
    them over as they are."""
    names = [""]
    numbers = _numbers(os.lstat(folder))

    def scan(path: str, prefix: str) -> None:
        with os.scandir(path) as listed:
            entries = sorted(listed, key=lambda entry: entry.name)
        for entry in entries:
            if not prefix and entry.name in retained:
                continue
            info = entry.stat(follow_symlinks=False)
            names.append(prefix + entry.name)
            numbers.extend(_numbers(info))
            if stat.S_ISDIR(info.st_mode):
                scan(entry.path, f"{prefix}{entry.name}/")

    scan(str(folder), "")
    return Manifest(names, numbers)


def output_kept(folder: Path, manifest: Manifest) -> bool:
    """Whether every entry is still as recorded: a file edited, replaced or
    deleted differs itself; an entry added, deleted or renamed changes the
    times of the folder holding it (``lstat`` only: no folder is listed)."""
    base, width = str(folder), len(STAT_FIELDS)
    for index, name in enumerate(manifest.names):
        try:
            info = os.lstat(f"{base}/{name}" if name else base)
        except OSError:
            return False
        if manifest.numbers[index * width : (index + 1) * width] != _numbers(info):
            return False
    return True


def _numbers(info: os.stat_result) -> list[int]:
    return [getattr(info, field) for field in STAT_FIELDS]
