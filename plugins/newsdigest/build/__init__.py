"""Pelican plugin: strict, atomic, searchable and reproducible builds."""

from .plugin import register

__all__ = ["register"]
