"""The search index in shards: which pages each Pagefind bundle holds.

Pagefind has no incremental mode: a bundle is made again whole whenever one
of its pages changed, in a process whose memory grows with the pages (2.3
GiB for 10,000 articles). So the searchable pages are split into shards,
each a bundle of its own (``pagefind/<name>/``) that the reader's browser
merges into one search (Pagefind's ``mergeIndex``), and a change makes again
only the bundle of the shard it falls in.

The shards are a pure function of the page paths, whatever the build
history: the paths are taken in order (the article URLs, year/month/day/
slug, make it chronological, so that new articles fall in the newest
shard), and cut into consecutive runs of at most ``cap`` pages. A run ends
before a page whose path's digest says so (:func:`starts_shard`, one page in
``cap // 2``), or when it is full: adding or deleting a page, even an old
one, moves no boundary beyond the next page that starts a run. A bundle's
name is the digest of what Pagefind is given for it (:func:`bundle_name`).
Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import json

# The list of bundles, newest first, that the search page reads.
MANIFEST = "bundles.json"


def starts_shard(page: str, cap: int) -> bool:
    """True if ``page`` begins a new run: one path in ``cap // 2`` does,
    by its digest, so that runs average about half the cap.

    >>> [starts_shard(f"2024/01/{day:02d}/a/index.html", 8) for day in range(1, 8)]
    [False, False, False, False, True, True, False]
    """
    natural = max(1, cap // 2)
    digest = hashlib.sha256(page.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % natural == 0


def split(pages: list[str], cap: int) -> list[list[str]]:
    """The pages, sorted, in consecutive runs of at most ``cap`` ("f" starts
    a run at this cap, see :func:`starts_shard`).

    >>> split(["c", "a", "b", "f", "e", "d"], 6)
    [['a', 'b', 'c', 'd', 'e'], ['f']]
    """
    if cap < 1:
        raise ValueError(f"a shard holds at least one page, not {cap}")
    runs: list[list[str]] = []
    for page in sorted(pages):
        if not runs or len(runs[-1]) >= cap or starts_shard(page, cap):
            runs.append([])
        runs[-1].append(page)
    return runs


def bundle_name(key: str) -> str:
    """The folder of a shard's bundle under ``pagefind/``, from its key: the
    same pages give the same folder, and a changed shard a new one (no
    browser keeps an old file under a current name).

    >>> bundle_name("0123456789abcdef" * 4)
    'shard-0123456789abcdef'
    """
    return f"shard-{key[:16]}"


def manifest(names: list[str]) -> str:
    """The JSON the search page reads: the bundles, newest first.

    >>> manifest(["shard-a", "shard-b"])
    '{"bundles": ["shard-b/", "shard-a/"]}'
    """
    return json.dumps({"bundles": [f"{name}/" for name in reversed(names)]})
