"""Pelican plugin ``newsdigest.crosslinks``: how the articles point to each other."""

from .plugin import register

__all__ = ["register"]
