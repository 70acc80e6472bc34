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


# Where a date came from when the paste printed none: no publication date.
UNPUBLISHED_ORIGINS = frozenset({"added", "fallback", "none"})


def absolute_url(value: str | None, siteurl: str) -> str | None:
    """An address as JSON-LD needs it: absolute, or nothing.

    >>> absolute_url("images/a.jpg", "https://x.org/revue")
    'https://x.org/revue/images/a.jpg'
    >>> absolute_url("images/a.jpg", ""), absolute_url("https://y.org/b.png", "")
    (None, 'https://y.org/b.png')
    """
    if not value:
        return None
    if value.startswith(("https://", "http://")):
        return value
    return f"{siteurl}/{value.lstrip('/')}" if siteurl else None


def news_article(article: Any, site: dict[str, Any], words: int) -> dict[str, Any]:
    """Schema.org NewsArticle for one article (a Pelican Article or alike)
    of ``words`` words (:func:`word_count` of its HTML).

    ``site`` holds the site's ``name``, absolute ``siteurl`` ("" for a
    relative build) and ``logo`` (its image's absolute URL, or None).
    """
    siteurl = site.get("siteurl", "")
    page_url = f"{siteurl}/{article.url}" if siteurl else None
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "url": page_url,
        "mainEntityOfPage": page_url,
        "inLanguage": getattr(article, "lang", None),
        "wordCount": words,
    }
    if getattr(article, "date_origin", None) not in UNPUBLISHED_ORIGINS:
        data["datePublished"] = article.date.isoformat()
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
    data["copyrightHolder"] = {
        "@type": "Organization",
        "name": source or site.get("name", ""),
    }
    # The section the outlet filed it under; the digest's is the page's own.
    data["articleSection"] = getattr(article, "source_section", None)
    data["description"] = getattr(article, "lede", None)
    data["keywords"] = [str(tag) for tag in getattr(article, "tags", []) or []]
    data["isBasedOn"] = getattr(article, "source_url", None)
    own = _image(article, siteurl)
    data["image"] = own or site.get("logo")
    if own is None:
        # The original's photo, described by the paste but not shown here.
        data["associatedMedia"] = _described_photo(article)
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def _image(article: Any, siteurl: str) -> dict[str, Any] | None:
    """The article's own picture, with its caption and credit; None when the
    paste only describes a photo it does not show."""
    url = absolute_url(getattr(article, "image", None), siteurl)
    if not url:
        return None
    image: dict[str, Any] = {"@type": "ImageObject", "url": url}
    caption = getattr(article, "caption", None)
    credit = getattr(article, "credit", None)
    if caption:
        image["caption"] = caption
    if credit:
        image["creditText"] = credit
    return image


def _described_photo(article: Any) -> dict[str, Any] | None:
    """The caption and credit of a photo the paste describes without its image.

    >>> class A: caption, credit = "Le port", "AFP"
    >>> _described_photo(A())
    {'@type': 'ImageObject', 'caption': 'Le port', 'creditText': 'AFP'}
    """
    found = {
        "caption": getattr(article, "caption", None),
        "creditText": getattr(article, "credit", None),
    }
    found = {key: value for key, value in found.items() if value}
    return {"@type": "ImageObject", **found} if found else None
