"""One shape for article metadata, whether it comes from a seed or a Markdown post.

The seed reader hands Pelican lists; a curated Markdown post writes the same
keys as lines (:mod:`newsdigest.seeds.schema` declares how each is written
and read back). ``normalize_metadata`` gives both one shape.
"""

from __future__ import annotations

from typing import Any

from ..seeds.schema import read_back


def normalize_metadata(metadata: dict[str, Any]) -> None:
    """Split list-valued keys written as text; leave every other key alone.

    >>> meta = {"agencies": "AFP, Reuters", "notes": "Reporting by X"}
    >>> normalize_metadata(meta); meta["agencies"], meta["notes"]
    (['AFP', 'Reuters'], ['Reporting by X'])
    """
    read_back(metadata)
