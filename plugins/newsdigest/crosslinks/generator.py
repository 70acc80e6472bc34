"""The cross-links generator: computes related articles, stories and editions
once the articles are final, then writes the digest's own pages: the front
page (editions by day, paginated by editions), one page per story, one
archive page per month and per ISO week.

Signals: returned by ``get_generators`` (see :mod:`.plugin`).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date
from pelican.generators import Generator
from pelican.paginator import Paginator

from ..settings import digest_settings
from ..tagging.setup import project_path
from .compute import Crosslinks, crosslink, page_paths
from .editions import Edition, Period, periods
from .termcache import TermCache

logger = logging.getLogger(__name__)

ARCHIVE_KINDS = {"month": "DIGEST_ARCHIVE_MONTH_URL", "week": "DIGEST_ARCHIVE_WEEK_URL"}
# Pages written besides the front page: template, context list, page variable.
PAGES = (
    ("story", "digest_stories", "story"),
    ("archive_period", "archive_months", "archive"),
    ("archive_period", "archive_weeks", "archive"),
)


@dataclass(frozen=True)
class ArchiveLink:
    """A neighbouring month or week, as a period's pager shows it (its title
    and address: a page's inputs, which page reuse digests, stay its own)."""

    title: str
    url: str


@dataclass
class ArchivePage:
    """A month or week of the archive, as the theme shows it."""

    period: Period[Any]
    title: str
    url: str
    save_as: str
    older: ArchiveLink | None = None
    newer: ArchiveLink | None = None


def archive_title(period: Period[Any]) -> str:
    """ "Septembre 2023" or "Semaine du 11 au 17 septembre 2023"."""
    if period.kind == "month":
        text = format_date(period.start, "LLLL y", locale="fr_FR")
        return text[:1].upper() + text[1:]
    start, end = period.start, period.end
    if start.month == end.month:
        shown = "d"
    elif start.year == end.year:
        shown = "d MMMM"
    else:
        shown = "d MMMM y"
    first = format_date(start, shown, locale="fr_FR")
    return f"Semaine du {first} au {format_date(end, 'd MMMM y', locale='fr_FR')}"


def archive_pages(
    found: Sequence[Edition[Any]], kind: str, digest: dict[str, Any]
) -> list[ArchivePage]:
    """Every month or week, newest first, each linked to its neighbours."""
    pages = []
    for period in periods(found, kind):
        url, save_as = page_paths(
            digest[ARCHIVE_KINDS[kind]], year=period.year, number=period.number
        )
        pages.append(ArchivePage(period, archive_title(period), url, save_as))
    for newer, older in itertools.pairwise(pages):
        newer.older = ArchiveLink(older.title, older.url)
        older.newer = ArchiveLink(newer.title, newer.url)
    return pages


class CrosslinksGenerator(Generator):
    """Cross-links on the articles, and the pages of the digest itself."""

    def generate_context(self) -> None:
        digest = digest_settings(self.settings)
        articles = list(self.context.get("articles", []))
        started = time.perf_counter()
        cache = TermCache(project_path(self.settings, digest["DIGEST_CACHE_PATH"]))
        self.crosslinks: Crosslinks = crosslink(articles, digest, cache)
        found = self.crosslinks.editions
        self.context["digest_stories"] = self.crosslinks.stories
        self.context["archive_months"] = archive_pages(found, "month", digest)
        self.context["archive_weeks"] = archive_pages(found, "week", digest)
        logger.info(
            "Cross-links: %d articles, %d stories, %d editions in %.2f s",
            len(articles),
            len(self.crosslinks.stories),
            len(found),
            time.perf_counter() - started,
        )

    def generate_output(self, writer: Any) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        for template_name, page, variables in [*self.front_pages(), *self.pages()]:
            writer.write_file(
                page.save_as,
                self.get_template(template_name),
                self.context,
                relative_urls=relative,
                url=page.url,
                page_name=page.save_as,
                **variables,
            )

    def front_pages(self) -> Iterator[tuple[str, Any, dict[str, Any]]]:
        """The front page, ``DIGEST_EDITIONS_PER_PAGE`` editions a page; later
        pages follow ``PAGINATION_PATTERNS`` like any Pelican listing."""
        paginator = Paginator(
            self.settings.get("INDEX_SAVE_AS", "index.html"),
            self.settings.get("INDEX_URL", ""),
            self.crosslinks.editions,
            self.settings,
            digest_settings(self.settings)["DIGEST_EDITIONS_PER_PAGE"],
        )
        pages = [paginator.page(number) for number in paginator.page_range]
        for position, page in enumerate(pages):
            yield (
                "index",
                page,
                {
                    "editions_page": page,
                    "editions_previous_page": pages[position - 1] if position else None,
                    "editions_next_page": pages[position + 1]
                    if position + 1 < len(pages)
                    else None,
                },
            )

    def pages(self) -> Iterator[tuple[str, Any, dict[str, Any]]]:
        """Story and archive pages."""
        for template_name, key, variable in PAGES:
            for page in self.context[key]:
                yield template_name, page, {variable: page}
