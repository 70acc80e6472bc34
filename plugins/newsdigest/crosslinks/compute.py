"""From Pelican articles to cross-links and back: what the pure modules found,
attached to each article (``related``, ``story``, ``prev_in_section``,
``next_in_section``) and returned for the pages.

Called by :class:`~.generator.CrosslinksGenerator` in ``generate_context``,
that is after every ``article_generator_finalized`` receiver: tags, whether
from front matter or the tagging plugin, are final by then.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..htmltext import html_text
from . import editions as calendar
from .related import Doc, EntityIndex, Options, all_links, reason, related
from .stories import coverage_label, find_stories, story_slug
from .termcache import TermCache
from .vectors import build_vectors, term_counts

SECONDS_PER_DAY = 86400.0
BODY_CHARS = 3000  # of body HTML compared between articles


@dataclass(frozen=True)
class RelatedArticle:
    """A related article as the theme shows it: the article and why. (Its
    score is left out: it moves with every article added, and the page
    reuse digests what a page is given.)"""

    article: Any
    reason: str


@dataclass
class StoryPage:
    """A story as the theme shows it (``article.story`` and its own page)."""

    slug: str
    url: str
    save_as: str
    title: str
    label: str
    articles: list[Any]
    tags: list[Any] = field(default_factory=list)


@dataclass
class Crosslinks:
    """What the pages need: stories and the calendar of editions."""

    stories: list[StoryPage]
    editions: list[calendar.Edition[Any]]


def page_paths(pattern: str, **values: Any) -> tuple[str, str]:
    """URL and file of a page from a ``DIGEST_*_URL`` pattern.

    >>> page_paths("histoire/{slug}/", slug="a-b")
    ('histoire/a-b/', 'histoire/a-b/index.html')
    """
    url = pattern.format(**values)
    return url, (url + "index.html" if url.endswith("/") or not url else url)


def options(digest: dict[str, Any]) -> Options:
    return Options(
        max_related=digest["DIGEST_RELATED_MAX"],
        min_score=digest["DIGEST_RELATED_MIN_SCORE"],
        window_days=digest["DIGEST_RELATED_WINDOW_DAYS"],
        max_postings=digest["DIGEST_RELATED_MAX_POSTINGS"],
        max_compared=max(16, 4 * digest["DIGEST_RELATED_MAX"]),
    )


def entity_names(article: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag.name for tag in getattr(article, "tags", [])))


def text_parts(article: Any) -> tuple[str, str, str]:
    """Title, lede and the start of the body HTML: where an article says its
    event, and what its term counts are computed (and cached) from."""
    lede = getattr(article, "lede", "") or ""
    return article.title, lede, article.content[:BODY_CHARS]


def parts_counts(parts: Sequence[str]) -> Counter[str]:
    """The term counts of an article's :func:`text_parts`."""
    title, lede, body = parts
    return term_counts(" ".join((title, lede, html_text(body))))


def make_docs(articles: Sequence[Any], cache: TermCache | None = None) -> list[Doc]:
    """What the scoring needs of each article; its term counts from ``cache``
    when one is given (computed again only for the texts it lacks)."""
    sources = [text_parts(article) for article in articles]
    if cache is None:
        counts: Sequence[Mapping[str, int]] = [parts_counts(p) for p in sources]
    else:
        counts = cache.counts(sources, parts_counts)
    vectors = build_vectors(counts)
    return [
        Doc(
            key=article.url,
            day=article.date.timestamp() / SECONDS_PER_DAY,
            entities=entity_names(article),
            vector=vector,
        )
        for article, vector in zip(articles, vectors, strict=True)
    ]


@contextmanager
def settled_heap() -> Iterator[None]:
    """Keep what Pelican already holds out of the garbage collector's scans
    while cross-links are computed: scanning those objects again and again
    would make the work grow faster than the number of articles."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def crosslink(
    articles: Sequence[Any], digest: dict[str, Any], cache: TermCache | None = None
) -> Crosslinks:
    """Compute every cross-link of a build and attach it to the articles (term
    counts kept in ``cache`` when one is given)."""
    with settled_heap():
        return _crosslink(articles, digest, cache)


def _crosslink(
    articles: Sequence[Any], digest: dict[str, Any], cache: TermCache | None
) -> Crosslinks:
    chosen = options(digest)
    docs = make_docs(articles, cache)
    index = EntityIndex(docs, chosen.max_postings)
    links = all_links(index, chosen)
    for i, (article, found) in enumerate(zip(articles, links, strict=True)):
        article.related = [
            RelatedArticle(articles[link.target], reason(index.shared(i, link.target)))
            for link in related(found, chosen)
        ]
        article.story = None
    stories: list[StoryPage] = []
    slugs: set[str] = set()
    for story in find_stories(
        index,
        links,
        digest["DIGEST_STORY_WINDOW_DAYS"],
        digest["DIGEST_STORY_MIN_SIMILARITY"],
    ):
        members = [articles[i] for i in story.members]
        stories.append(story_page(members, story.entities, digest, slugs))
    for story in stories:
        for article in story.articles:
            article.story = story
    urls = {id(article): doc.key for article, doc in zip(articles, docs, strict=True)}

    def url(article: Any) -> str:
        return urls[id(article)]

    neighbours = calendar.section_neighbours(
        articles, lambda a: a.category, lambda a: a.date, url
    )
    for i, article in enumerate(articles):
        article.prev_in_section, article.next_in_section = neighbours[i]
    return Crosslinks(
        stories=stories, editions=calendar.editions(articles, lambda a: a.date, url)
    )


def story_page(
    members: list[Any], entities: Sequence[str], digest: dict[str, Any], taken: set[str]
) -> StoryPage:
    """A story's page, named after its first article (a slug not yet ``taken``)."""
    first = members[0]
    slug = base = story_slug(first.date.date(), first.slug)
    while slug in taken:
        slug = f"{base}-{len(taken)}"
    taken.add(slug)
    url, save_as = page_paths(digest["DIGEST_STORY_URL"], slug=slug)
    tags = {tag.name: tag for article in members for tag in article.tags}
    return StoryPage(
        slug=slug,
        url=url,
        save_as=save_as,
        title=first.title,
        label=coverage_label([getattr(a, "source", "") or "" for a in members]),
        articles=members,
        tags=[tags[name] for name in entities],
    )
