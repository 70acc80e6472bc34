"""One shape for article metadata, whether it comes from a seed or a Markdown post.

The seed reader hands Pelican lists; a curated Markdown post writes the same
keys as ``Key: a, b`` lines. ``normalize_metadata`` turns the strings into
lists so that templates and plugins see one shape.
"""

from __future__ import annotations

from typing import Any

# Keys holding lists, and the separator a Markdown post uses to write them.
LIST_KEYS: dict[str, str] = {
    "agencies": ",",
    "photo_credits": ";",
    "publisher_tags": ",",
    "breadcrumb": ">",
    "notes": "|",
    "digest_problems": "|",
}


def normalize_metadata(metadata: dict[str, Any]) -> None:
    """Split list-valued keys written as text; leave every other key alone.

    >>> meta = {"agencies": "AFP, Reuters", "notes": "Reporting by X"}
    >>> normalize_metadata(meta); meta["agencies"], meta["notes"]
    (['AFP', 'Reuters'], ['Reporting by X'])
    """
    for key, separator in LIST_KEYS.items():
        value = metadata.get(key)
        if isinstance(value, str):
            metadata[key] = [
                part.strip() for part in value.split(separator) if part.strip()
            ]
