"""Pelican plugin ``newsdigest.build``: every build safe, complete and the same.

* stop means stop: Ctrl-C or SIGTERM discards the build and exits with
  130 or 143, ``output/`` whole (:mod:`.interrupts`);
* strict mode (``DIGEST_STRICT``): a build with any problem at
  ``DIGEST_STRICT_LEVEL`` fails, listing every problem, exit code 2;
* atomic output (``DIGEST_ATOMIC_OUTPUT``): build beside ``output/``, swap
  only a build that succeeded;
* search (``DIGEST_SEARCH``): Pagefind indexes the site before the swap;
* one URL per article: seeds that would share one get distinct, stable URLs;
* reproducible: content sorted with ties broken by path, an empty feed dated
  like an undated seed instead of "now", folders reached twice through
  symbolic links excluded.

Signals: ``initialized`` (settings; wraps this Pelican's ``run`` in a
:class:`~.session.BuildSession`), ``article_generator_pretaxonomy`` (unique
URLs, before tags and listings are made), ``feed_generated`` (empty feeds).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from typing import Any

from pelican import signals

from ..contents import all_articles
from ..interrupts import StopGuard
from ..settings import DEFAULTS, digest_settings
from .duplicates import Entry, unique_urls
from .order import stable_order
from .session import guarded_run

logger = logging.getLogger(__name__)
ORDER_SETTINGS = ("ARTICLE_ORDER_BY", "PAGE_ORDER_BY")


def start(pelican: Any) -> None:
    """Stop on Ctrl-C from now on, check the settings, order content totally,
    and guard every run."""
    guard = StopGuard()
    guard.install()
    settings = pelican.settings
    digest_settings(settings)
    for key in ORDER_SETTINGS:
        settings[key] = stable_order(settings.get(key))
    pelican.run = functools.partial(guarded_run, pelican, pelican.run, guard)


def give_unique_urls(generator: Any) -> None:
    """Move articles that would share an output file to URLs of their own."""
    project = os.path.dirname(os.path.abspath(generator.settings["PATH"]))
    contents = {}
    for content in all_articles(generator):
        key = os.path.relpath(os.path.abspath(content.source_path), project)
        contents[key] = content
    entries = [
        Entry(key, _moment(content), content.slug, content.save_as)
        for key, content in contents.items()
    ]
    for rename in unique_urls(entries, functools.partial(_save_as, contents)):
        content = contents[rename.key]
        content.slug = rename.slug
        logger.warning(
            "%s: same URL as %s (%s, same title and day): published at %s",
            rename.key,
            rename.kept,
            rename.shared,
            content.url,
        )


def _moment(content: Any) -> float:
    date = getattr(content, "date", None)
    return date.timestamp() if date else float("inf")


def _save_as(contents: dict[str, Any], entry: Entry, slug: str) -> str:
    content = contents[entry.key]
    kept, content.slug = content.slug, slug
    try:
        return content.save_as
    finally:
        content.slug = kept


def date_empty_feed(context: dict[str, Any], feed: Any) -> None:
    """A feed with no entry is dated like an undated seed, not "now"."""
    if not feed.items:
        day = context.get("DIGEST_FALLBACK_DATE", DEFAULTS["DIGEST_FALLBACK_DATE"])
        moment = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(0, 0), dt.UTC)
        feed.latest_post_date = lambda: moment


def register() -> None:
    signals.initialized.connect(start)
    signals.article_generator_pretaxonomy.connect(give_unique_urls)
    signals.feed_generated.connect(date_empty_feed)
