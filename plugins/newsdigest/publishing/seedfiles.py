"""The seed folders as the editor's tasks see them: the reader's way in, the ledger.

``invoke seeds`` and ``invoke curate`` read seeds exactly as a build does
(:func:`~newsdigest.seeds.files.read_seed_file` with the same options and
the ledger's ``added`` moment), list what is not a seed with the reason a
build gives, and record seeds the ledger does not hold yet.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ..seeds.errors import SeedError
from ..seeds.files import read_seed_file, read_seed_text
from ..seeds.ledger import now
from ..seeds.model import Seed
from ..seeds.places import (
    OUTSIDE_SEEDS,
    Places,
    load_ledgers,
    not_seeds,
    seed_files,
)
from ..seeds.reader import parse_options
from ..settings import digest_settings


class SeedFolder:
    """The seed folders of a project, their ledgers and the parser's options."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.places = Places.from_settings(settings)
        self.options = parse_options(settings)
        self.max_bytes = digest_settings(settings)["DIGEST_MAX_SEED_BYTES"]
        self.ledgers = load_ledgers(self.places, now())

    def seeds(self) -> list[Path]:
        return seed_files(self.places)

    def not_seeds(self) -> list[tuple[Path, str]]:
        return list(not_seeds(self.places))

    def errors(self) -> list[tuple[str, str]]:
        """Ledgers refused: each one's name, and its line and reason."""
        ledgers = self.ledgers.values()
        return [(ledger.name, ledger.error) for ledger in ledgers if ledger.error]

    def read(self, path: Path) -> Seed:
        """The parsed seed at ``path``; SeedError when it cannot be an article."""
        name, folder = self._checked(path)
        added = self.ledgers[folder].added(self.places.key(path))
        options = dataclasses.replace(self.options, added_at=added)
        seed, _encoding = read_seed_file(
            str(path), name, options, self.max_bytes, str(folder)
        )
        return seed

    def text(self, path: Path) -> str:
        """The decoded text of the seed at ``path`` (for ``--explain``)."""
        name, folder = self._checked(path)
        return read_seed_text(str(path), name, self.max_bytes, str(folder))[0]

    def _checked(self, path: Path) -> tuple[str, Path]:
        """A seed's name and seed folder; SeedError for a file that is no seed."""
        name = self.places.name(path)
        folder = self.places.seed_folder(path)
        if folder is None or not self.places.is_seed(path):
            raise SeedError(name, 0, self.places.refusal(path) or OUTSIDE_SEEDS)
        return name, folder

    def save(self) -> list[str]:
        """Write the ledgers that gained seeds; the names of those written."""
        return [ledger.name for ledger in self.ledgers.values() if ledger.save()]
