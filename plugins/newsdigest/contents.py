"""The content objects an articles generator holds, whatever their status."""

from __future__ import annotations

from typing import Any

# Pelican's ArticlesGenerator attributes holding articles: published, hidden,
# drafts, and the translations of each.
CONTENT_GROUPS = (
    "articles",
    "translations",
    "hidden_articles",
    "hidden_translations",
    "drafts",
    "drafts_translations",
)


def all_articles(generator: Any) -> list[Any]:
    """Every article the generator read, published or not, translations too."""
    return [a for name in CONTENT_GROUPS for a in getattr(generator, name, [])]
