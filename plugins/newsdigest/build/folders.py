"""Folders a content walk would reach twice through symbolic links.

Pelican walks ``seeds/`` and ``content/`` following symbolic links. A link
back to a folder above it (``seeds/loop -> .``) sends the walk round the
loop until the system refuses (40 levels), reading every seed 40 times; a
link to a folder already walked reads its files twice. This finds such
links, shortest path first, so that the build can exclude them: every file
is then read once, by its plainest path. A link to a folder outside the
folder being read (``seeds/dehors -> /``) is found too: walked, it would
read the whole disk. Nothing here imports Pelican.
"""

from __future__ import annotations

import os
from collections import deque


def repeated_folders(
    roots: list[str], skipped: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """``(root, relative path)`` of each folder under ``roots`` whose real
    folder the walk has already reached (by a shorter or earlier path); the
    folders in ``skipped`` (absolute paths) are not entered."""
    seen: set[str] = set()
    repeated = []
    for root in roots:
        if not os.path.isdir(root):
            continue
        real_root = os.path.realpath(root)
        if real_root in seen:
            continue
        seen.add(real_root)
        queue = deque([""])
        while queue:
            relative = queue.popleft()
            try:
                with os.scandir(os.path.join(root, relative)) as scan:
                    entries = sorted(scan, key=lambda entry: entry.name)
            except OSError:
                continue
            for entry in entries:
                if not _is_dir(entry) or os.path.normpath(entry.path) in skipped:
                    continue
                path = os.path.join(relative, entry.name)
                real = os.path.realpath(entry.path)
                if real in seen:
                    repeated.append((root, path))
                else:
                    seen.add(real)
                    queue.append(path)
    return repeated


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def outside_folders(root: str, boundary: str) -> list[str]:
    """Relative paths of the symbolic links to folders under ``root`` whose
    real folder is outside ``boundary`` (the walk does not enter them)."""
    fence = os.path.realpath(boundary)
    found = []
    queue = deque([""])
    while queue:
        relative = queue.popleft()
        try:
            with os.scandir(os.path.join(root, relative)) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            if not _is_dir(entry):
                continue
            path = os.path.join(relative, entry.name)
            real = os.path.realpath(entry.path)
            if os.path.commonpath([real, fence]) != fence:
                found.append(path)
            elif not entry.is_symlink():
                queue.append(path)
    return found
