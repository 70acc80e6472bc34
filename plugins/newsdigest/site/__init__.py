"""Pelican plugin ``newsdigest.site``: theme filters, article metadata and JSON-LD."""

from .plugin import register

__all__ = ["register"]
