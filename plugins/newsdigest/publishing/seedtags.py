"""Entity tags for ``invoke seeds``, from the tagging plugin's pure API.

The seed's body is rendered by the reader, then tagged as the reader tags it
(``tagging.reading``: same vocabulary, taxonomy, model and disk cache as a
build), so the table shows the tags the site will show, and a seed the last
build analysed costs no model load.
"""

from __future__ import annotations

from typing import Any

from ..seeds.model import Seed
from ..seeds.reader import SeedReader
from ..seeds.schema import seed_metadata
from ..tagging.reading import ReadTagger


class EntityTagger:
    """``tagger(seed)``: the entity tags a build would give the seed, best first."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.reader = SeedReader(settings)
        self.tagger = ReadTagger(settings)

    def __call__(self, seed: Seed) -> list[str]:
        metadata = seed_metadata(seed)
        found = self.tagger.result(self.reader.render(seed), metadata)
        return [choice.name for choice in found[0].tags] if found else []
