"""What the search index needs of each page of a built site, read once.

The search index (:mod:`.pagefind`) needs, of every ``*.html`` page, whether
it carries Pagefind's body mark and a digest of its bytes (a shard's bundle
is made again only when one of its pages changed). Reading every page for
that took a rebuild of 10,000 articles about 3 s, most pages unchanged and
hard-linked from the last build. So what was read of each page is kept in a
record (``cache/newsdigest/search-pages.json``) with the page's inode, size
and modification time, the stamp :mod:`.reuse` trusts too: a page whose
stamp is the recorded one is not read again. A record that is missing,
corrupt or of another version costs the reading of every page, never a
wrong index. Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..safefiles import read_build_record, write_replacing

logger = logging.getLogger(__name__)

VERSION = 1
MAX_RECORD_BYTES = 200_000_000
# Once one page has it, Pagefind indexes only the pages that have it.
BODY_MARK = b"data-pagefind-body"
# A page's inode, size and modification time (ns).
Stamp = tuple[int, int, int]


@dataclass(frozen=True)
class Page:
    """What the search index reads of one page."""

    marked: bool
    digest: str

    @classmethod
    def of(cls, data: bytes) -> Page:
        """The facts of a page's bytes.

        >>> Page.of(b'<main data-pagefind-body>x</main>').marked
        True
        """
        return cls(BODY_MARK in data, hashlib.sha256(data).hexdigest())


class PageFacts:
    """The pages of a site, each read only if its stamp is not recorded."""

    def __init__(self, record: Path | None) -> None:
        self.record = record
        self.previous = (read_record(record) if record else None) or {}
        self.current: dict[str, tuple[Stamp, Page]] = {}
        self.read = 0

    def pages(self, site: Path, skipped: str) -> dict[str, Page]:
        """Every ``*.html`` file of ``site`` but those of its folder
        ``skipped``, by relative path, in path order."""
        found = {}
        for page, info in sorted(html_files(site, skipped)):
            stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
            known = self.previous.get(page)
            if known is not None and known[0] == stamp:
                fact = known[1]
            else:
                fact = Page.of((site / page).read_bytes())
                self.read += 1
            self.current[page] = (stamp, fact)
            found[page] = fact
        return found

    def save(self) -> None:
        """Write what this build read (a folder that cannot be written only
        costs the next build the reading)."""
        if self.record is None:
            return
        pages = {
            page: [*stamp, fact.marked, fact.digest]
            for page, (stamp, fact) in self.current.items()
        }
        text = json.dumps({"version": VERSION, "pages": pages}, sort_keys=True)
        try:
            write_replacing(self.record, text)
        except OSError as error:
            logger.info("%s: not written (%s)", self.record, error.strerror)


def html_files(site: Path, skipped: str) -> Iterator[tuple[str, os.stat_result]]:
    """Each regular ``*.html`` file under ``site`` (links to files followed,
    links to folders not), with its status, but those of ``site/skipped``."""
    pending = [("", str(site))]
    while pending:
        prefix, folder = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                name = prefix + entry.name
                if entry.is_dir(follow_symlinks=False):
                    if name != skipped:
                        pending.append((name + "/", entry.path))
                elif entry.name.endswith(".html") and entry.is_file():
                    yield name, entry.stat()


def read_record(path: Path) -> dict[str, tuple[Stamp, Page]] | None:
    """The pages a record holds; None if it is missing or of another shape."""
    return read_build_record(path, MAX_RECORD_BYTES, _pages, "every page is read")


def _pages(data: Any) -> dict[str, tuple[Stamp, Page]] | None:
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, dict) or data.get("version") != VERSION:
        return None
    return {
        page: ((entry[0], entry[1], entry[2]), Page(entry[3], entry[4]))
        for page, entry in pages.items()
        if _valid(entry)
    }


def _valid(entry: object) -> bool:
    """An entry of exactly the written shape.

    >>> _valid([1, 2, 3, True, "ab"]), _valid([1, 2, "3", True, "ab"])
    (True, False)
    """
    return (
        isinstance(entry, list)
        and len(entry) == 5
        and all(type(number) is int for number in entry[:3])
        and type(entry[3]) is bool
        and type(entry[4]) is str
    )
