"""Atom entries that say what the article says: its title, every author,
honest dates.

Pelican's feed writer gives an entry one author, a ``published`` date and a
title run through ``striptags`` (which turns the typography's narrow
no-break spaces into plain ones, and drops text that looks like a tag).
Through the ``feed_generated`` signal each Atom entry is given the title as
the page shows it, its language (``xml:lang``, the feed's being the site's),
all of its article's authors (then its agencies when it
has no author), and an article dated only by the day it joined the digest
(``date_origin == "added"``) carries that day as ``updated``, never as
``published``. The articles are looked up by URL in a table made once per
build and kept in the context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from feedgenerator import Atom1Feed

# What each article gives its Atom entries, by the article's URL, made once
# for all the build's feeds (one per tag and section: made per feed, it cost
# feeds x articles URL computations).
BY_URL = "digest_articles_by_url"


class EveryAuthorAtomFeed(Atom1Feed):
    """Atom feed writing one ``<author>`` per name in an item's ``authors``,
    and an entry's language (``xml:lang``) when it is not the feed's."""

    def item_attributes(self, item: dict[str, Any]) -> dict[str, str]:
        lang = item.get("lang")
        if lang and lang != self.feed.get("language"):
            return {"xml:lang": lang}
        return {}

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        names = item.get("authors")
        if names is None:
            super().add_item_elements(handler, item)
            return
        super().add_item_elements(handler, {**item, "author_name": None})
        for name in names:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


def article_authors(article: Any) -> list[str]:
    """The names an article is signed with: its authors, else its agencies."""
    people = [str(author) for author in getattr(article, "authors", []) or []]
    return people or [str(name) for name in getattr(article, "agencies", []) or []]


@dataclass(frozen=True)
class Entry:
    """What an Atom entry takes from its article: read once a build for all
    the feeds the article is in (the site's, its section's, each tag's)."""

    title: str
    authors: tuple[str, ...]
    lang: str | None
    added: bool  # dated only by the day it joined the digest

    @classmethod
    def of(cls, article: Any) -> Entry:
        return cls(
            str(article.title),
            tuple(article_authors(article)),
            getattr(article, "lang", None),
            getattr(article, "date_origin", None) == "added",
        )


def shape_feed(context: dict[str, Any], feed: Any) -> None:
    """Every author on each Atom entry; no ``published`` for an added date."""
    if not isinstance(feed, Atom1Feed):
        return
    by_url = context.get(BY_URL)
    if by_url is None:
        by_url = context[BY_URL] = {
            article.url: Entry.of(article)
            for article in context.get("articles", [])
            + context.get("hidden_articles", [])
        }
    feed.__class__ = EveryAuthorAtomFeed
    feed.feed["language"] = feed.feed.get("language") or context.get("DEFAULT_LANG")
    for item in feed.items:
        entry = _article_for(item["link"], by_url)
        if entry is None:
            continue
        item["title"] = entry.title
        item["authors"] = list(entry.authors)
        item["lang"] = entry.lang
        if entry.added:
            item["updateddate"] = item["updateddate"] or item["pubdate"]
            item["pubdate"] = None


def _article_for(link: str, by_url: dict[str, Any]) -> Any:
    """What ``by_url`` holds for the article whose URL ends the entry's link.

    >>> _article_for("https://x.org/revue/2023/09/13/a/", {"2023/09/13/a/": 1})
    1
    """
    parts = link.split("/")
    for start in range(len(parts)):
        article = by_url.get("/".join(parts[start:]))
        if article is not None:
            return article
    return None
