"""Bounds on what a seed, its front matter and the seed ledger may say.

A value outside them costs only its seed (front matter: the value is
ignored with a warning) or only the file it is in (the ledger is refused).
"""

from __future__ import annotations

import datetime as dt

# Years a news article can be dated: others are typing mistakes (and year
# 9999 overflows once moved to a time zone).
EARLIEST_YEAR = 1800
LATEST_YEAR = 2199
# A front-matter value of text (a title, a caption...) and a list's item.
MAX_FIELD_CHARS = 2_000
# Items in a front-matter list (tags, authors, agencies).
MAX_LIST_ITEMS = 50
# Characters of the whole front-matter block; YAML nodes it may build
# (aliases expanded: a "billion laughs" block is refused, not built).
MAX_FRONT_MATTER_CHARS = 20_000
MAX_YAML_NODES = 2_000
MAX_YAML_DEPTH = 10
# The ledger: one short entry per seed.
MAX_LEDGER_BYTES = 32_000_000
MAX_PATH_CHARS = 1_000


def in_range(moment: dt.date) -> bool:
    """Whether a date (as written, before any time zone) is plausible.

    >>> in_range(dt.date(2023, 9, 13)), in_range(dt.datetime(9999, 12, 31))
    (True, False)
    """
    return EARLIEST_YEAR <= moment.year <= LATEST_YEAR


def date_range() -> str:
    """The bounds, as a message says them.

    >>> date_range()
    'between 1800 and 2199'
    """
    return f"between {EARLIEST_YEAR} and {LATEST_YEAR}"
