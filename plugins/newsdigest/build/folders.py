"""Folders a content walk would reach twice through symbolic links, or leave by.

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
from collections.abc import Callable


def repeated_folders(
    roots: list[str], skipped: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """``(root, relative path)`` of each folder under ``roots`` whose real
    folder the walk has already reached (by a shorter or earlier path); the
    folders in ``skipped`` (absolute paths) are not entered."""
    seen: set[str] = set()
    repeated = []
    for root in roots:
        if not os.path.isdir(root) or os.path.realpath(root) in seen:
            continue
        seen.add(os.path.realpath(root))

        def visit(path: str, entry: os.DirEntry[str], root: str = root) -> bool:
            if os.path.normpath(entry.path) in skipped:
                return False
            real = os.path.realpath(entry.path)
            if real in seen:
                repeated.append((root, path))
                return False
            seen.add(real)
            return True

        _walk_folders(root, visit)
    return repeated


def outside_folders(root: str, boundary: str) -> list[str]:
    """Relative paths of the symbolic links to folders under ``root`` whose
    real folder is outside ``boundary`` (the walk does not enter them)."""
    fence = os.path.realpath(boundary)
    found = []

    def visit(path: str, entry: os.DirEntry[str]) -> bool:
        real = os.path.realpath(entry.path)
        if os.path.commonpath([real, fence]) != fence:
            found.append(path)
            return False
        return not entry.is_symlink()

    _walk_folders(root, visit)
    return found


def _walk_folders(root: str, visit: Callable[[str, os.DirEntry[str]], bool]) -> None:
    """Every folder under ``root``, breadth first and by name; ``visit(relative
    path, entry)`` says whether to walk into it."""
    queue = deque([""])
    while queue:
        relative = queue.popleft()
        try:
            with os.scandir(os.path.join(root, relative)) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            path = os.path.join(relative, entry.name)
            if _is_dir(entry) and visit(path, entry):
                queue.append(path)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
