"""Pelican plugin ``newsdigest.tagging``: entity tags, taxonomy, tag, source pages."""

from .plugin import register

__all__ = ["register"]
