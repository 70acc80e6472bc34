"""The tagger and model reader a build uses, made from the site's settings.

Shared by the plugin (``tag_articles``) and the editor's ``invoke seeds``
table, so both give a seed the same tags. Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..safefiles import BadFileError, read_regular
from ..settings import digest_settings
from .cache import SpanCache
from .ner import ModelNer, model_id
from .tagger import Tagger
from .taxonomy import MAX_TAXONOMY_BYTES, load_taxonomy
from .vocabulary import DATA, vocabulary


def project_path(settings: dict[str, Any], value: str) -> Path:
    """A path setting, relative to the project (the folder holding PATH)."""
    path = Path(value)
    root = Path(settings.get("PATH", "content")).resolve().parent
    return path if path.is_absolute() else root / path


def tagger_from_settings(settings: dict[str, Any]) -> tuple[Tagger, ModelNer | None]:
    """The tagger (vocabulary, taxonomy, limits) and, when DIGEST_NER_ENABLED,
    the model reader with its disk cache. Raises TaxonomyError on a bad taxonomy."""
    digest = digest_settings(settings)
    taxonomy = load_taxonomy(project_path(settings, digest["DIGEST_TAXONOMY"]))
    tagger = Tagger(
        vocabulary(),
        taxonomy,
        digest["DIGEST_MAX_TAGS"],
        digest["DIGEST_TAG_MIN_SCORE"],
        home_country=digest["DIGEST_HOME_COUNTRY"],
    )
    if not digest["DIGEST_NER_ENABLED"]:
        return tagger, None
    model = digest["DIGEST_NER_MODEL"]
    folder = project_path(settings, digest["DIGEST_CACHE_PATH"])
    return tagger, ModelNer(model, SpanCache(folder, model_id(model)))


def tagging_fingerprint(settings: dict[str, Any]) -> str:
    """What shapes the tags beyond the code and the DIGEST_* settings: the
    taxonomy file, the vocabulary's data files and the model's version. A
    cache of what the reader returns (which holds the tags) keys on it."""
    digest = hashlib.sha256()
    values = digest_settings(settings)
    taxonomy = project_path(settings, values["DIGEST_TAXONOMY"])
    for path in [taxonomy, *sorted(DATA.glob("*.yaml"))]:
        digest.update(str(path.name).encode() + b"\0")
        try:  # never opened if not a regular file: a pipe would hang the build
            digest.update(read_regular(path, MAX_TAXONOMY_BYTES, follow=True))
        except BadFileError:
            digest.update(b"(none)")
    if values["DIGEST_NER_ENABLED"]:
        digest.update(model_id(values["DIGEST_NER_MODEL"]).encode())
    return digest.hexdigest()
