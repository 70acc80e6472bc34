"""The JSON-LD ``NewsArticle`` of a page: a dict the theme prints with |tojson."""

from __future__ import annotations

import re
from typing import Any

from ..htmltext import html_text

WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(html: str) -> int:
    """Words of an HTML fragment's text.

    >>> word_count("<p>Le président <b>russe</b> a parlé.</p>")
    5
    """
    return len(WORD.findall(html_text(html)))


def news_article(article: Any, page_url: str, site_name: str) -> dict[str, Any]:
    """Schema.org NewsArticle for one article (a Pelican Article or alike)."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": page_url,
        "mainEntityOfPage": page_url,
        # An article whose paste prints no date is dated by when it was
        # added to the digest: no publication date is claimed for it.
        "datePublished": None
        if getattr(article, "date_origin", None) == "added"
        else article.date.isoformat(),
        "inLanguage": getattr(article, "lang", None),
        "wordCount": word_count(article.content),
    }
    modified = getattr(article, "modified", None)
    if modified and modified != article.date:
        data["dateModified"] = modified.isoformat()
    people = [str(author) for author in getattr(article, "authors", []) if str(author)]
    agencies = list(getattr(article, "agencies", []) or [])
    if people:
        data["author"] = [{"@type": "Person", "name": name} for name in people]
    elif agencies:
        data["author"] = [{"@type": "Organization", "name": name} for name in agencies]
    if agencies:
        data["contributor"] = [
            {"@type": "Organization", "name": name} for name in agencies
        ]
    source = getattr(article, "source", None)
    if source:
        organization = {"@type": "Organization", "name": source}
        data["publisher"] = organization
        data["sourceOrganization"] = organization
    data["copyrightHolder"] = {"@type": "Organization", "name": source or site_name}
    category = getattr(article, "category", None)
    if category:
        data["articleSection"] = str(category)
    lede = getattr(article, "lede", None)
    if lede:
        data["description"] = lede
    tags = [str(tag) for tag in getattr(article, "tags", []) or []]
    if tags:
        data["keywords"] = tags
    source_url = getattr(article, "source_url", None)
    if source_url:
        data["isBasedOn"] = source_url
    image = _image(article)
    if image:
        data["image"] = image
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _image(article: Any) -> dict[str, Any] | None:
    caption = getattr(article, "caption", None)
    credit = getattr(article, "credit", None)
    url = getattr(article, "image", None)
    if not (caption or credit or url):
        return None
    image: dict[str, Any] = {"@type": "ImageObject"}
    if url and url.startswith("https://"):  # a content/ path needs the site's URL
        image["url"] = url
    if caption:
        image["caption"] = caption
    if credit:
        image["creditText"] = credit
    return image
