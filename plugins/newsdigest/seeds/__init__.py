"""Pelican plugin ``newsdigest.seeds``: the reader for pasted news articles."""

from .plugin import SeedReader, register

__all__ = ["SeedReader", "register"]
