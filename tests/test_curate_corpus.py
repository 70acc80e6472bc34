"""A curated post renders exactly the page its seed rendered, on all 70 pastes.

The dev corpus is built once from its seeds; then every seed is curated
(``invoke curate``'s code: a Markdown post with every field of the article
schema) and the site is built again, from the posts alone. Each article
page is compared field by field (headline, chapô, byline, dates, photo,
body, notes, credits, tags, JSON-LD, head metadata), then as a whole.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import CORPUS, Site, build

from newsdigest.publishing.curate import curate
from newsdigest.publishing.seedfiles import SeedFolder

# What a reader sees of an article, by name: a CSS selector each.
FIELDS = {
    "section": ".article-section",
    "source": ".article-source",
    "kicker": ".article-kicker",
    "title": "h1",
    "lede": ".article-chapo",
    "deck": ".article-deck",
    "byline": ".byline-names",
    "dates": ".article-dates",
    "photo": ".article-photo",
    "body": ".article-body",
    "notes": ".article-notes",
    "photo credits": ".photo-credits",
    "publisher tags": ".publisher-tags",
    "tags": ".article-tags",
    "origin": ".article-origin",
    "cross-links": ".article-crosslinks",
}


def page_fields(site, page: str) -> dict[str, object]:
    soup = site.soup(page)
    fields: dict[str, object] = {
        name: str(soup.select_one(selector)) for name, selector in FIELDS.items()
    }
    fields["head metadata"] = sorted(str(meta) for meta in soup.find_all("meta"))
    fields["JSON-LD"] = site.jsonld(page)
    fields["whole page"] = site.html(page)
    return fields


def build_twice(root: Path) -> tuple[Site, Site]:
    """The corpus built from its seeds, then from the posts curated from them."""
    seeds = {path.name: path.read_bytes() for path in CORPUS.glob("*.txt")}
    from_seeds = build(root / "seeds-site", seeds)
    shutil.copytree(
        root / "seeds-site",
        root / "posts-site",
        ignore=shutil.ignore_patterns("output", "cache"),
    )
    project = root / "posts-site"
    folder = SeedFolder(
        {
            "PATH": str(project / "content"),
            "ARTICLE_PATHS": [str(project / "seeds"), "posts"],
        }
    )
    posts = [curate(folder, path) for path in folder.seeds()]
    assert len(posts) == len(seeds) == 70
    return from_seeds, build(project, {})


def test_a_curated_page_shows_the_fields_its_seed_showed(tmp_path, monkeypatch):
    """One test (one site pair) for the 70 pages: each field that differs is
    listed with its page."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1709638200")
    from_seeds, from_posts = build_twice(tmp_path)
    pages = from_seeds.article_paths()
    assert len(pages) == 70
    assert from_posts.article_paths() == pages
    assert from_posts.errors() == []
    posts = sorted((from_posts.root / "content" / "posts").glob("*.md"))
    assert [p.stem for p in posts] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    added = [
        page
        for page in pages
        if "Ajouté le" in from_seeds.soup(page).select_one(".article-dates").text
    ]
    assert added, "the corpus has pastes that print no date"
    differ = []
    for page in pages:
        seed_fields = page_fields(from_seeds, page)
        post_fields = page_fields(from_posts, page)
        differ += [
            f"{page}: {name}"
            for name, value in seed_fields.items()
            if post_fields[name] != value
        ]
    assert differ == []
