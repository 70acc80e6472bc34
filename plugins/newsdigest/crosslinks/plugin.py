"""Pelican plugin ``newsdigest.crosslinks``: related articles,
stories, the front page of editions by day and the archive by week and month.

Signals: ``get_generators`` (adds :class:`~.generator.CrosslinksGenerator`,
whose ``generate_context`` runs after every ``article_generator_finalized``
receiver, so the tags it reads are final).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from .generator import CrosslinksGenerator


def add_generator(pelican: Any) -> type[CrosslinksGenerator]:
    return CrosslinksGenerator


def register() -> None:
    signals.get_generators.connect(add_generator)
