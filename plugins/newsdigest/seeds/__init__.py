"""Pelican plugin ``newsdigest.seeds``: the reader for pasted news articles."""

from .plugin import register
from .reader import SeedReader

__all__ = ["SeedReader", "register"]
