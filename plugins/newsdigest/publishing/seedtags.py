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
from ..seeds.plugin import SeedReader
from ..settings import digest_settings
from ..tagging.analyse import analyse
from ..tagging.cache import SpanCache
from ..tagging.ner import ModelNer, model_id
from ..tagging.plugin import _item, project_path
from ..tagging.tagger import Tagger
from ..tagging.taxonomy import load_taxonomy
from ..tagging.vocabulary import vocabulary


class EntityTagger:
    """``tagger(seed)``: the entity tags a build would give the seed, best first."""

    def __init__(self, settings: dict[str, Any]) -> None:
        digest = digest_settings(settings)
        taxonomy = load_taxonomy(project_path(settings, digest["DIGEST_TAXONOMY"]))
        self.tagger = Tagger(
            vocabulary(),
            taxonomy,
            digest["DIGEST_MAX_TAGS"],
            digest["DIGEST_TAG_MIN_SCORE"],
        )
        self.ner = None
        if digest["DIGEST_NER_ENABLED"]:
            model = digest["DIGEST_NER_MODEL"]
            folder = project_path(settings, digest["DIGEST_CACHE_PATH"])
            self.ner = ModelNer(model, SpanCache(folder, model_id(model)))
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
        result = analyse([_item(article)], self.tagger, self.ner)[0]
        return [choice.name for choice in result.tags]
