"""``sitemap.xml`` (with Google News fields for recent articles) and
``robots.txt`` pointing to it.

The sitemap lists the front page, every article and page, and the listings
of tags, sections, sources and stories; an article's ``lastmod`` is its
update or its date. Articles published within ``DIGEST_SITEMAP_NEWS_DAYS`` of
the newest one (not of the build's day, so that builds are reproducible)
carry ``<news:news>``; an article with no printed date never does. Signal:
returned by ``get_generators`` (see ``plugin.py``).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from pelican.generators import Generator

from ..settings import digest_settings
from .jsonld import UNPUBLISHED_ORIGINS

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS = "http://www.google.com/schemas/sitemap-news/0.9"


@dataclass(frozen=True)
class News:
    """The Google News fields of one article."""

    publication: str
    lang: str
    date: dt.datetime
    title: str


@dataclass(frozen=True)
class Entry:
    """One ``<url>`` of the sitemap."""

    loc: str
    lastmod: dt.datetime | None = None
    news: News | None = None


def sitemap_xml(entries: Iterable[Entry]) -> str:
    """The sitemap document.

    >>> print(sitemap_xml([Entry("https://x.org/a/")]))
    <?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://x.org/a/</loc></url>
    </urlset>
    """
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<urlset xmlns="{SITEMAP}" xmlns:news="{NEWS}">',
    ]
    for entry in entries:
        parts = [f"<loc>{escape(entry.loc)}</loc>"]
        if entry.lastmod:
            parts.append(f"<lastmod>{entry.lastmod.isoformat()}</lastmod>")
        if entry.news:
            news = entry.news
            parts.append(
                "<news:news><news:publication>"
                f"<news:name>{escape(news.publication)}</news:name>"
                f"<news:language>{escape(news.lang)}</news:language>"
                "</news:publication>"
                f"<news:publication_date>{news.date.isoformat()}"
                "</news:publication_date>"
                f"<news:title>{escape(news.title)}</news:title></news:news>"
            )
        lines.append(f"<url>{''.join(parts)}</url>")
    lines.append("</urlset>")
    return "\n".join(lines)


def robots_txt(sitemap_url: str) -> str:
    """Everything may be crawled; the sitemap is named.

    >>> print(robots_txt("https://x.org/revue/sitemap.xml"), end="")
    User-agent: *
    Allow: /
    Sitemap: https://x.org/revue/sitemap.xml
    """
    return f"User-agent: *\nAllow: /\nSitemap: {sitemap_url}\n"


def article_entries(
    articles: list[Any], base: str, publication: str, news_days: int
) -> Iterator[Entry]:
    """The articles' entries, newest first, news fields for the recent ones."""
    newest = max((a.date for a in articles if printed_date(a)), default=None)
    for article in articles:
        news = None
        recent = newest is not None and newest - article.date <= dt.timedelta(
            days=news_days
        )
        if printed_date(article) and recent:
            news = News(publication, article.lang, article.date, article.title)
        modified = getattr(article, "modified", None)
        known = printed_date(article) or getattr(article, "date_origin", "") == "added"
        yield Entry(
            base + article.url, modified or (article.date if known else None), news
        )


def printed_date(article: Any) -> bool:
    """Whether the article's date is one its paste printed."""
    return getattr(article, "date_origin", None) not in UNPUBLISHED_ORIGINS


class SiteFilesGenerator(Generator):
    """Writes ``sitemap.xml`` and ``robots.txt`` at the root of the output."""

    def generate_output(self, writer: Any) -> None:
        settings = self.settings
        siteurl = settings.get("SITEURL", "")
        base = siteurl.rstrip("/") + "/" if siteurl.startswith("http") else "/"
        context = self.context
        articles = sorted(
            context.get("articles", []), key=lambda a: (a.date, a.url), reverse=True
        )
        digest = digest_settings(settings)
        entries = [Entry(base)]
        entries += article_entries(
            articles,
            base,
            settings.get("SITENAME", ""),
            digest["DIGEST_SITEMAP_NEWS_DAYS"],
        )
        entries += [Entry(base + url) for url in _listing_urls(context)]
        self._write("sitemap.xml", sitemap_xml(entries))
        self._write("robots.txt", robots_txt(base + "sitemap.xml"))

    def _write(self, name: str, text: str) -> None:
        path = os.path.join(self.output_path, name)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


def _listing_urls(context: dict[str, Any]) -> list[str]:
    """Pages, and the pages of tags, sections, sources and stories."""
    urls = [page.url for page in context.get("pages", [])]
    for key in ("tags", "categories"):
        urls += sorted(term.url for term, _articles in context.get(key, []))
    urls += sorted(
        source.url for source, _articles in context.get("digest_sources", [])
    )
    urls += sorted(story.url for story in context.get("digest_stories", []))
    return urls
