"""Pelican's other readers (Markdown, HTML, reST) read ``content/`` only.

Pelican picks a reader by extension, wherever the file is: left alone, its
HTML reader would publish a page saved from a browser into ``seeds/``
(scripts included) and its Markdown reader would obey a ``Save_as:
index.html`` found there. :func:`guarded` gives each of those readers a
gate: a file of a seed folder is skipped (the seed folder's inventory names
it and says why, :mod:`.places`), and a file of ``content/`` whose symbolic
links lead outside ``content/``, or that is no regular file (a FIFO would
block the build), is refused unopened with a message.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from pelican.readers import BaseReader

from .errors import SeedError
from .files import check_file
from .places import Places

logger = logging.getLogger(__name__)


@functools.cache
def guarded(reader_class: type[BaseReader]) -> type[BaseReader]:
    """``reader_class`` with the gate in front of ``read`` (same name, so
    Pelican's ``reader`` metadata does not change)."""

    class Gated(reader_class):  # type: ignore[misc, valid-type]
        def read(self, source_path: str) -> tuple[str, dict[str, Any]]:
            places = Places.from_settings(self.settings)
            name = places.name(source_path)
            if places.seed_folder(source_path) is not None:
                return "", {"status": "skip", "title": name}
            try:
                check_file(source_path, name, str(places.content))
            except SeedError as error:
                logger.error("%s", error.problem)
                raise
            return super().read(source_path)

    Gated.__name__ = Gated.__qualname__ = reader_class.__name__
    return Gated
