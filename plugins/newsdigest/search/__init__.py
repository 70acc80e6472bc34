"""Pelican plugin ``newsdigest.search``: the search page (Pagefind UI)."""

from .plugin import register

__all__ = ["register"]
