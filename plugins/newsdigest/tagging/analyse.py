"""Tag many articles at once: build each text, get the model's spans in one
batch (through the cache), run the tagger. Used by the plugin and the bench.
Nothing here imports Pelican.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .ner import ModelNer
from .tagger import Result, Tagger
from .text import article_text


@dataclass(frozen=True)
class Item:
    """What the tagger needs of an article."""

    title: str | None
    lede: str | None
    caption: str | None
    content: str | None
    lang: str
    exclude: tuple[str, ...] = ()


def item_for(article: Any) -> Item:
    """The tagger's view of an article (a Pelican Article or alike): its texts,
    and the names never to tag (its source, agencies and authors)."""
    names = [getattr(article, "source", "") or ""]
    names += list(getattr(article, "agencies", []) or [])
    names += [str(author) for author in getattr(article, "authors", []) or []]
    return Item(
        title=getattr(article, "title", None),
        lede=getattr(article, "lede", None),
        caption=getattr(article, "caption", None),
        content=article.content,
        lang=getattr(article, "lang", "fr") or "fr",
        exclude=tuple(n for n in names if n),
    )


def analyse(items: list[Item], tagger: Tagger, ner: ModelNer | None) -> list[Result]:
    """The tags of every item, in order."""
    docs = [article_text(i.title, i.lede, i.caption, i.content) for i in items]
    spans = ner.spans([doc.text for doc in docs]) if ner else [[] for _ in docs]
    return [
        tagger.tag(doc, item.lang, found, item.exclude)
        for item, doc, found in zip(items, docs, spans, strict=True)
    ]
