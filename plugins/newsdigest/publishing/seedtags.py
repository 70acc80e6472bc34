"""Entity tags for ``invoke seeds``, from the tagging plugin's pure API.

The seed's body is rendered by the reader, then tagged with the same
vocabulary, taxonomy, model and disk cache as a build, so the table shows
the tags the site will show, and a seed the last build analysed costs no
model load.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ..seeds.model import Seed
from ..seeds.reader import SeedReader
from ..tagging.analyse import analyse, item_for
from ..tagging.setup import tagger_from_settings


class EntityTagger:
    """``tagger(seed)``: the entity tags a build would give the seed, best first."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.tagger, self.ner = tagger_from_settings(settings)
        self.reader = SeedReader(settings)

    def __call__(self, seed: Seed) -> list[str]:
        main = seed.main_photo
        article = SimpleNamespace(
            title=seed.title,
            lede=seed.lede,
            caption=main.caption if main else None,
            content=self.reader.render(seed),
            lang=seed.lang,
            source=seed.source,
            agencies=list(seed.agencies),
            authors=list(seed.authors),
        )
        result = analyse([item_for(article)], self.tagger, self.ner)[0]
        return [choice.name for choice in result.tags]
