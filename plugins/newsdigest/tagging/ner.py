"""Named entities from spaCy's French model, loaded once per process, lazily.

``ModelNer.spans(texts)`` answers from the disk cache first and runs the
model only on texts it has never seen, in one batch; a build whose seeds are
all cached never loads the model. Work on the model going on in another
process (``readahead.py``) is waited for (:func:`settle`) before this one
loads it: that process's answers are in the cache then. Nothing here
imports Pelican.
"""

from __future__ import annotations

import logging
import os
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from importlib import metadata
from typing import Any

from .cache import Span, SpanCache

logger = logging.getLogger(__name__)
# Only the entity recogniser and what it needs run: 3-4 times faster.
UNUSED = ("parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter")
ENTITIES = "ner"
NAME_SEPARATOR = " ; "
# Work on the model going on in other processes: a wait for each, in order,
# with the process that started it (a forked process inherits the list).
_ELSEWHERE: list[tuple[int, Callable[[], None]]] = []


@cache
def load_model(name: str) -> Any:
    """The spaCy pipeline ``name`` (an installed package), loaded once, with
    the entity recogniser and only the components it listens to."""
    import spacy

    logger.info("loading the language model %s", name)
    nlp = spacy.load(name, exclude=list(UNUSED))
    for component in unheard(nlp.pipeline):
        nlp.remove_pipe(component)
    return nlp


def elsewhere(wait: Callable[[], None]) -> None:
    """Note work on the model going on in another process; ``wait`` returns
    once it is over (its answers in the cache, or none if it failed)."""
    _ELSEWHERE.append((os.getpid(), wait))


def settle() -> bool:
    """Wait for the model's work that this process started in other
    processes (a forked process does not wait for its siblings); whether
    there was any."""
    waits = [wait for pid, wait in _ELSEWHERE if pid == os.getpid()]
    _ELSEWHERE.clear()
    for wait in waits:
        wait()
    return bool(waits)


def unheard(pipeline: list[tuple[str, Any]]) -> list[str]:
    """Components the entity recogniser does not use: all but itself and a
    shared ``tok2vec`` it listens to (French models' recogniser embeds its
    own, so theirs runs for nothing: the same entities, 2.3 times slower)."""
    return [
        name
        for name, component in pipeline
        if name != ENTITIES
        and ENTITIES not in getattr(component, "listening_components", ())
    ]


def model_id(name: str) -> str:
    """Model name and installed version, without loading the model."""
    try:
        return f"{name}-{metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name}-{metadata.version(name.replace('_', '-'))}"


class ModelNer:
    """Spans of the model for many texts, through the cache."""

    def __init__(self, name: str, cache: SpanCache | None) -> None:
        self.name = name
        self.cache = cache
        self.analysed = 0

    def spans(self, texts: list[str]) -> list[list[Span]]:
        results = self._cached(texts)
        if None in results and settle():  # another process may have put them
            results = self._cached(texts)
        missing = [i for i, spans in enumerate(results) if spans is None]
        if missing:
            nlp = load_model(self.name)
            docs = nlp.pipe((texts[i] for i in missing), batch_size=32)
            for index, doc in zip(missing, docs, strict=True):
                spans = [Span(e.start_char, e.end_char, e.label_) for e in doc.ents]
                results[index] = spans
                self.analysed += 1
                logger.debug("tags: a text analysed by the model (%d)", self.analysed)
                if self.cache:
                    self.cache.put(texts[index], spans)
        return [spans or [] for spans in results]

    def _cached(self, texts: list[str]) -> list[list[Span] | None]:
        return [self.cache.get(text) if self.cache else None for text in texts]

    def labels(self, names: list[str]) -> list[str | None]:
        """The model's label of each name said alone ("Wikileaks ; Michael
        Reed ; Corn Belt": ORG, PER, LOC), None where it finds none; one
        analysis (cached like any text) for all the names of an article."""
        if not names:
            return []
        text = NAME_SEPARATOR.join(names)
        starts, offset = [], 0
        for name in names:
            starts.append(offset)
            offset += len(name) + len(NAME_SEPARATOR)
        found: dict[int, str] = {}
        for span in self.spans([text])[0]:
            index = bisect_right(starts, span.start) - 1
            if span.end <= starts[index] + len(names[index]):
                found.setdefault(index, span.label)
        return [found.get(index) for index in range(len(names))]
