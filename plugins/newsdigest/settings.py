"""Every ``DIGEST_*`` setting with its default, read and checked in one place.

Plugins call :func:`digest_settings` with Pelican's settings; the result is a
plain dict holding every key, the user's values over the defaults. The
user's dict is never changed.
"""

from __future__ import annotations

from typing import Any

DEFAULTS: dict[str, Any] = {
    # Reader
    "DIGEST_SEED_EXTENSIONS": ["txt"],
    "DIGEST_CURATED_PATH": "posts",
    # Larger seeds are refused unread: no pasted article comes near it.
    "DIGEST_MAX_SEED_BYTES": 500_000,
    # Tagging
    "DIGEST_TAXONOMY": "content/taxonomy.yaml",
    "DIGEST_NER_MODEL": "fr_core_news_md",
    "DIGEST_NER_ENABLED": True,
    # Processes that run the model over seeds it has not read (0: one a core).
    "DIGEST_NER_PROCESSES": 0,
    "DIGEST_MAX_TAGS": 15,
    "DIGEST_TAG_MIN_SCORE": 2.0,
    # The digest's own country (a country tag, "France"): named only in passing
    # in an article's body, it is no tag; "" tags it as any other country.
    "DIGEST_HOME_COUNTRY": "",
    "DIGEST_CACHE_PATH": "cache/newsdigest",
    "DIGEST_SOURCE_URL": "source/{slug}/",
    "DIGEST_SOURCE_SAVE_AS": "source/{slug}/index.html",
    "DIGEST_SOURCES_URL": "sources/",
    "DIGEST_SOURCES_SAVE_AS": "sources/index.html",
    # Cross-links
    "DIGEST_RELATED_MAX": 4,
    "DIGEST_RELATED_MIN_SCORE": 1.0,
    "DIGEST_RELATED_WINDOW_DAYS": 30,
    "DIGEST_STORY_WINDOW_DAYS": 4,
    "DIGEST_STORY_MIN_SIMILARITY": 0.35,
    "DIGEST_MENTION_LINKS": True,
    # An entity on more pages than this only relates each to its nearest in time.
    "DIGEST_RELATED_MAX_POSTINGS": 200,
    "DIGEST_STORY_URL": "histoire/{slug}/",
    "DIGEST_ARCHIVE_MONTH_URL": "archives/{year}/{number:02d}/",
    "DIGEST_ARCHIVE_WEEK_URL": "archives/{year}/semaine-{number:02d}/",
    # Site
    "DIGEST_EDITIONS_PER_PAGE": 7,
    "DIGEST_SEARCH": True,
    "DIGEST_SEARCH_URL": "recherche/",
    # The most article pages one Pagefind bundle holds (build/shards.py): a
    # rebuild indexes again only the bundles whose pages changed, and
    # Pagefind's memory grows with a bundle's pages.
    "DIGEST_SEARCH_SHARD_PAGES": 1000,
    # The site's image (under the output folder): og:image and JSON-LD image
    # of an article without a picture of its own.
    "DIGEST_SITE_IMAGE": "theme/images/logo.png",
    # sitemap.xml: Google News fields for articles this many days old or less
    # (counted back from the newest article, so that builds are reproducible).
    "DIGEST_SITEMAP_NEWS_DAYS": 2,
    # Strict publishing refuses a seed with no original URL (front matter url:).
    "DIGEST_REQUIRE_SOURCE_URL": False,
    # Build
    "DIGEST_STRICT": False,
    "DIGEST_STRICT_LEVEL": "WARNING",
    "DIGEST_ATOMIC_OUTPUT": True,
    # Pages whose inputs did not change are linked from the last build.
    "DIGEST_REUSE_PAGES": True,
    # A build whose inputs (settings, code, theme, content, seeds, versions)
    # and output/ are those the last build recorded is not run at all.
    "DIGEST_SKIP_UNCHANGED": True,
}

CHECKS: dict[str, type | tuple[type, ...]] = {
    key: (int, float)
    if isinstance(value, (int, float)) and not isinstance(value, bool)
    else type(value)
    for key, value in DEFAULTS.items()
}
LEVELS = ("WARNING", "ERROR")


class SettingError(ValueError):
    """A ``DIGEST_*`` setting with a value the plugins cannot use."""


def digest_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """The ``DIGEST_*`` settings, defaults filled in, each checked once."""
    merged = dict(DEFAULTS)
    for key, value in settings.items():
        if key.startswith("DIGEST_"):
            if key not in DEFAULTS:
                raise SettingError(
                    f"unknown setting {key} (known: {', '.join(DEFAULTS)})"
                )
            if not isinstance(value, CHECKS[key]) or isinstance(
                value, bool
            ) != isinstance(DEFAULTS[key], bool):
                raise SettingError(
                    f"{key} = {value!r}: expected {type(DEFAULTS[key]).__name__}"
                )
            merged[key] = value
    shard = merged["DIGEST_SEARCH_SHARD_PAGES"]
    if not isinstance(shard, int) or shard < 1:
        raise SettingError(f"DIGEST_SEARCH_SHARD_PAGES = {shard!r}: expected 1 or more")
    if str(merged["DIGEST_STRICT_LEVEL"]).upper() not in LEVELS:
        raise SettingError(f"DIGEST_STRICT_LEVEL must be one of {', '.join(LEVELS)}")
    return merged
