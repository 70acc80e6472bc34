"""Build a site from the dev corpus and read back each article page and its JSON-LD.

The fields a reader of the site sees (title, source, byline, date, photo,
the article's header and body) and those its JSON-LD states, for
``bench/accuracy.py`` and ``tests/test_accuracy.py``.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

from bench.scoring import Extracted

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(corpus: Path) -> dict[str, tuple[Extracted, ...]]:
    """Build a site from the corpus and read each article page and its JSON-LD."""
    from pelican import Pelican, signals
    from pelican.settings import read_settings

    work = Path(tempfile.mkdtemp(prefix="digest-accuracy-"))
    try:
        seeds = work / "seeds"
        seeds.mkdir()
        for path in corpus.glob("*.txt"):
            shutil.copy(path, seeds / path.name)
        settings = read_settings(
            str(ROOT / "pelicanconf.py"),
            override={
                "PATH": str(ROOT / "content"),
                "ARTICLE_PATHS": [str(seeds)],
                "OUTPUT_PATH": str(work / "output"),
                "CACHE_PATH": str(work / "cache"),
                "DIGEST_NER_ENABLED": False,
                "DIGEST_SEARCH": False,
            },
        )
        pages: dict[str, str] = {}

        def remember(generator) -> None:
            for article in generator.articles:
                pages[Path(article.source_path).stem] = article.save_as

        signals.article_generator_finalized.connect(remember)
        try:
            Pelican(settings).run()
        finally:
            signals.article_generator_finalized.disconnect(remember)
        out = {}
        for stem, save_as in pages.items():
            html = (work / "output" / save_as).read_text(encoding="utf-8")
            out[stem] = read_article_page(html, settings.get("AUTHOR"))
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_article_page(
    html: str, site_author: str | None = None
) -> tuple[Extracted, Extracted]:
    """The fields a reader sees on an article page, and those its JSON-LD states.

    The site's own signature for unsigned articles (Pelican's ``AUTHOR``) is
    not an author read from the paste, and is left out."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.find("article")

    def text(selector: str) -> str | None:
        found = article.select_one(selector)
        return found.get_text(" ", strip=True) if found else None

    date = article.select_one("time.article-date")
    # The article's text: its header and body, not its footer (the page's own
    # tags, the link to the original); no breaks inside a paragraph at links.
    body = "\n".join(
        part.get_text() for part in article.select(".article-header, .article-body")
    )
    page = Extracted(
        title=text("h1"),
        source=text(".article-source [data-pagefind-meta=source]"),
        section=text(".source-section"),  # the outlet's, beside the source
        lede=text(".article-chapo"),
        authors=[
            name
            for a in article.select(".article-byline .author")
            if (name := a.get_text(strip=True)) != site_author
        ],
        date=date["datetime"][:10] if date else None,
        caption=text(".article-photo .photo-caption"),
        credit=text(".article-photo .photo-credit"),
        body=body,
    )
    data = json.loads(soup.find("script", type="application/ld+json").string)
    # The article's own picture, else the photo its paste only describes.
    image = data.get("image") if isinstance(data.get("image"), dict) else None
    image = image or data.get("associatedMedia") or {}
    stated = Extracted(
        title=data.get("headline"),
        source=(data.get("sourceOrganization") or data.get("publisher") or {}).get(
            "name"
        ),
        section=data.get("articleSection"),
        lede=data.get("description"),
        authors=[
            a["name"]
            for a in data.get("author", [])
            if a.get("@type") == "Person" and a["name"] != site_author
        ],
        date=data.get("datePublished", "")[:10] or None,
        caption=image.get("caption"),
        credit=image.get("creditText"),
        body=body,
    )
    return page, stated
