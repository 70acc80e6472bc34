"""A total order for Pelican's ``ARTICLE_ORDER_BY`` and ``PAGE_ORDER_BY``.

Pelican reads content files from a set, whose order changes from one run to
the next, then sorts them by one attribute ("reversed-date"): two articles
of the same date kept that random order, and so did every listing, feed
and tag page built from them. :func:`stable_order` keeps the setting's
order and breaks its ties by seed path (a curated post's seed), else source
path. Nothing here imports Pelican.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cmp_to_key
from operator import attrgetter
from typing import Any

OrderBy = str | Callable[[Any], Any] | None


def stable_order(order_by: OrderBy) -> OrderBy:
    """A sort key giving ``order_by``'s order, ties broken by source path.

    A callable or an empty setting is returned as it is: it is the user's.

    >>> from types import SimpleNamespace as A
    >>> items = [A(date=1, source_path="b"), A(date=2, source_path="c"),
    ...          A(date=1, source_path="a")]
    >>> [a.source_path for a in sorted(items, key=stable_order("reversed-date"))]
    ['c', 'a', 'b']
    """
    if not isinstance(order_by, str) or not order_by:
        return order_by
    reverse = order_by.startswith("reversed-")
    name = order_by.removeprefix("reversed-")
    if name == "basename":
        value: Callable[[Any], Any] = _basename
    else:
        value = attrgetter(name)
    sign = -1 if reverse else 1

    def compare(a: Any, b: Any) -> int:
        first, second = value(a), value(b)
        if first != second:
            return sign * (-1 if first < second else 1)
        return _cmp(_identity(a), _identity(b))

    return cmp_to_key(compare)


def _identity(content: Any) -> str:
    """The seed a curated post was made from, so that curating a seed does
    not reorder same-day listings; else the source path."""
    return getattr(content, "seed", None) or content.source_path or ""


def _basename(content: Any) -> str:
    return os.path.basename(content.source_path or "")


def _cmp(a: str, b: str) -> int:
    return (a > b) - (a < b)
