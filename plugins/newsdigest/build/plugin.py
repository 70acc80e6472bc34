"""Pelican plugin ``newsdigest.build``: every build safe, complete and the same.

* stop means stop: Ctrl-C or SIGTERM discards the build and exits with
  130 or 143, ``output/`` whole (:mod:`.interrupts`);
* strict mode (``DIGEST_STRICT``): a build with any problem at
  ``DIGEST_STRICT_LEVEL`` fails, listing every problem, exit code 2;
* atomic output (``DIGEST_ATOMIC_OUTPUT``): build beside ``output/``, swap
  only a build that succeeded;
* nothing done twice (``DIGEST_SKIP_UNCHANGED``): a build whose inputs and
  output are those the last one recorded does not run (:mod:`.uptodate`);
* search (``DIGEST_SEARCH``): Pagefind indexes the site before the swap;
* one URL per article: seeds that would share one get distinct URLs, and a
  published article keeps its URL (the seed ledger records it);
* reproducible: content sorted with ties broken by path, an empty feed dated
  from the seed ledger instead of "now", folders reached twice through
  symbolic links excluded.

Signals: ``initialized`` (settings; wraps this Pelican's ``run`` in a
:class:`~.session.BuildSession`), ``article_generator_pretaxonomy`` (unique
URLs, recorded in the seed ledger, before tags and listings are made),
``article_generator_finalized`` (those URLs fixed; tag, category and
author pages in linear time, :mod:`.listings`), ``feed_generated`` (empty
feeds).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from typing import Any

from pelican import signals

from ..contents import all_articles
from ..interrupts import StopGuard
from ..seeds.ledger import Ledger
from ..seeds.places import Places
from ..seeds.plugin import LEDGERS
from ..settings import digest_settings
from .duplicates import Entry, Target, settle_urls
from .listings import linear_listings
from .order import stable_order
from .session import guarded_run
from .uptodate import given_digest

logger = logging.getLogger(__name__)
ORDER_SETTINGS = ("ARTICLE_ORDER_BY", "PAGE_ORDER_BY")


def start(pelican: Any) -> None:
    """Stop on Ctrl-C from now on, check the settings, order content totally,
    digest them for the up-to-date check, and guard every run."""
    guard = StopGuard()
    guard.install()
    settings = pelican.settings
    skip = digest_settings(settings)["DIGEST_SKIP_UNCHANGED"]
    for key in ORDER_SETTINGS:
        settings[key] = stable_order(settings.get(key))
    given = given_digest(settings) if skip else None
    pelican.run = functools.partial(guarded_run, pelican, pelican.run, guard, given)


def give_unique_urls(generator: Any) -> None:
    """Give every article a URL of its own that no other seed can take, and
    record it in the seed ledger (written here when it changed)."""
    places = Places.from_settings(generator.settings)
    ledgers: dict[Any, Ledger] = generator.context.get(LEDGERS, {})
    contents: dict[str, Any] = {}
    records: dict[str, tuple[Ledger, str]] = {}
    for content in all_articles(generator):
        seed = places.seed_path(content.source_path, getattr(content, "seed", None))
        if seed and places.name(seed) in contents:  # a post naming a read seed
            seed = None
        key = places.name(seed or content.source_path)
        contents[key] = content
        ledger = ledgers.get(places.seed_folder(seed)) if seed else None
        if ledger is not None:
            records[key] = (ledger, places.key(seed))
    entries = [
        Entry(key, _moment(content), content.slug, _recorded(records.get(key)))
        for key, content in contents.items()
    ]
    for place in settle_urls(entries, functools.partial(_target, contents)):
        content = contents[place.key]
        content.slug = place.slug
        if place.held_by and place.plain:
            logger.warning(
                "%s: same URL as %s (%s, same title and day): published at %s",
                place.key,
                place.held_by,
                place.plain.save_as,
                content.url,
            )
        if place.key in records and content.status != "draft":
            ledger, key = records[place.key]
            undated = getattr(content, "date_origin", None) == "added"
            added = content.date.astimezone(dt.UTC) if undated else None
            ledger.publish(key, place.target.url, added)
    for ledger in ledgers.values():
        try:
            if ledger.save():
                logger.info("%s: updated: commit it with the seeds", ledger.name)
        except OSError as error:
            logger.warning(
                "%s: cannot be written (%s): seeds it does not hold will be "
                "new again to the next build",
                ledger.name,
                error.strerror,
            )


def fix_urls(generator: Any) -> None:
    """Fix each article's URL as Pelican computes it once settled
    (:func:`give_unique_urls`), as the ``url`` metadata does
    (``override_url``): templates, feeds, the sitemap, the cross-links and
    the page keys read it about ten times an article, and Pelican formats it
    again on each reading. Done after Pelican saved its content cache
    (``article_generator_finalized``), so that a cached article never brings
    back the URL of another build."""
    for content in all_articles(generator):
        content.override_url = content.url


def _recorded(record: tuple[Ledger, str] | None) -> str | None:
    return record[0].url(record[1]) if record else None


def _moment(content: Any) -> float:
    date = getattr(content, "date", None)
    return date.timestamp() if date else float("inf")


def _target(contents: dict[str, Any], entry: Entry, slug: str) -> Target:
    content = contents[entry.key]
    kept, content.slug = content.slug, slug
    try:
        return Target(content.url, content.save_as)
    finally:
        content.slug = kept


def date_empty_feed(context: dict[str, Any], feed: Any) -> None:
    """A feed with no entry is dated by when a seed was last added (the seed
    ledger), never by the build's clock; with no seed ever, by the Unix epoch."""
    if not feed.items:
        ledgers = context.get(LEDGERS, {}).values()
        moments = [r.added for ledger in ledgers for r in ledger.records.values()]
        moment = max(moments, default=dt.datetime.fromtimestamp(0, dt.UTC))
        feed.latest_post_date = lambda: moment


def register() -> None:
    signals.initialized.connect(start)
    signals.article_generator_pretaxonomy.connect(give_unique_urls)
    signals.article_generator_finalized.connect(fix_urls)
    signals.article_generator_finalized.connect(linear_listings)
    signals.feed_generated.connect(date_empty_feed)
