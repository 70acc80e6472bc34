"""Pelican plugin ``newsdigest.seeds``: pasted news articles, the one way in.

Signals:

* ``readers_init``: the seed reader for ``DIGEST_SEED_EXTENSIONS``, and
  (connected at ``initialized``, after every plugin's receivers) a gate in
  front of every other reader, so that only the seed reader reads a seed
  folder (:mod:`.gate`);
* ``article_generator_init``: each seed folder's ledger is loaded for the
  build and handed to the seed reader; every file of a seed folder that is
  not a seed is named with why it is not read (:mod:`.places`);
* ``static_generator_finalized``: a static file whose symbolic links lead
  outside ``content/``, or that is no regular file, is not copied.

The ledgers are kept in the generator's context (``LEDGERS``); the build
plugin records each article's URL in them and writes them.
"""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals
from pelican.readers import BaseReader

from ..settings import digest_settings
from .errors import SeedError
from .files import check_file
from .gate import guarded
from .ledger import now
from .places import Places, load_ledgers, not_seeds
from .reader import SeedReader

logger = logging.getLogger(__name__)
LEDGERS = "digest_ledgers"


def add_reader(readers: Any) -> None:
    """The seed reader for every extension of DIGEST_SEED_EXTENSIONS."""
    for extension in digest_settings(readers.settings)["DIGEST_SEED_EXTENSIONS"]:
        readers.reader_classes[extension] = SeedReader


def gate_readers(readers: Any) -> None:
    """Every other reader gated, whichever plugin registered it."""
    for extension, reader_class in list(readers.reader_classes.items()):
        # BaseReader itself reads static files: drop_outside_static sees them.
        if reader_class not in (None, BaseReader) and not issubclass(
            reader_class, SeedReader
        ):
            readers.reader_classes[extension] = guarded(reader_class)


def last_in_line(pelican: Any) -> None:
    """Connect the gate now that every plugin has connected its receivers, so
    that it wraps the readers they register (a Markdown reader that tags)."""
    signals.readers_init.connect(gate_readers)


def open_seed_folders(generator: Any) -> None:
    """Load the ledgers, hand them to the seed reader, name what is not a seed."""
    places = Places.from_settings(generator.settings)
    ledgers = load_ledgers(places, now())
    for ledger in ledgers.values():
        if ledger.error:
            logger.error("%s", ledger.error)
    generator.context[LEDGERS] = ledgers
    for reader in generator.readers.readers.values():
        if isinstance(reader, SeedReader):
            reader.ledgers = ledgers
    for path, reason in not_seeds(places):
        logger.error("%s: %s", places.name(path), reason)


def drop_outside_static(generator: Any) -> None:
    """Static files must be regular files in ``content/``, links followed."""
    places = Places.from_settings(generator.settings)
    kept = []
    for static in generator.staticfiles:
        name = places.name(static.source_path)
        try:
            check_file(static.source_path, name, str(places.content))
            kept.append(static)
        except SeedError as error:
            logger.error("%s", str(error.problem).replace("not read", "not copied"))
    generator.staticfiles[:] = kept


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.initialized.connect(last_in_line)
    signals.article_generator_init.connect(open_seed_folders)
    signals.static_generator_finalized.connect(drop_outside_static)
