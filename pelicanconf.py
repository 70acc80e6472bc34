"""Pelican settings for the news digest (local build: ``pelican content``).

Seeds (pasted articles) live in ``seeds/``; hand-curated posts and pages in
``content/``. Every ``DIGEST_*`` setting and its default is listed in
``plugins/newsdigest/settings.py``.
"""

import sys
from pathlib import Path

# The plugins' package is imported here, first thing, so that a Ctrl-C while
# Pelican is still starting exits non-zero too (newsdigest/interrupts.py).
PLUGINS_FOLDER = str(Path(__file__).resolve().parent / "plugins")
if PLUGINS_FOLDER not in sys.path:
    sys.path.insert(0, PLUGINS_FOLDER)
import newsdigest  # noqa: E402, F401

AUTHOR = "La rédaction"
SITENAME = "Revue de presse"
SITESUBTITLE = "Les articles que nous avons lus, reliés entre eux"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["../seeds", "posts"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra"]
IGNORE_FILES = [".#*", "*.yaml", "README*"]
OUTPUT_PATH = "output"
THEME = "theme"

TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
LOCALE = ("fr_FR.UTF-8", "C.UTF-8", "")
# Sections are the digest's own, declared under sections: in
# content/taxonomy.yaml; a folder name never becomes one.
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "Actualité"
# The digest's own country: named only in passing in a body, it is no tag.
DIGEST_HOME_COUNTRY = "France"
DEFAULT_DATE_FORMAT = "%d/%m/%Y"
# Dates come from each seed's text (plugins/newsdigest/seeds/dates.py; a
# YYYY-MM-DD file name only when the text has none), never from file times,
# so that two builds are identical.
FILENAME_METADATA = r"(?!)"
DEFAULT_DATE = None

PLUGIN_PATHS = ["plugins"]
PLUGINS = [
    "newsdigest.seeds",
    "newsdigest.tagging",
    "newsdigest.site",
    "newsdigest.search",
    "newsdigest.crosslinks",
    # Last: strict mode, atomic output, search index, unique URLs.
    "newsdigest.build",
]

# URLs read like a news site: /2023/09/13/slug/, /tag/coree-du-nord/ ...
ARTICLE_URL = "{date:%Y}/{date:%m}/{date:%d}/{slug}/"
ARTICLE_SAVE_AS = ARTICLE_URL + "index.html"
# Seeds are never translations of one another: an English article and a
# French one with the same title are two articles, both listed, with URLs of
# the same shape (newsdigest.build gives the second its own URL).
ARTICLE_TRANSLATION_ID = None
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = PAGE_URL + "index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = TAG_URL + "index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = TAGS_URL + "index.html"
CATEGORY_URL = "rubrique/{slug}/"
CATEGORY_SAVE_AS = CATEGORY_URL + "index.html"
CATEGORIES_URL = "rubriques/"
CATEGORIES_SAVE_AS = CATEGORIES_URL + "index.html"
AUTHOR_URL = "auteur/{slug}/"
AUTHOR_SAVE_AS = AUTHOR_URL + "index.html"
AUTHORS_URL = "auteurs/"
AUTHORS_SAVE_AS = AUTHORS_URL + "index.html"
ARCHIVES_URL = "archives/"
ARCHIVES_SAVE_AS = ARCHIVES_URL + "index.html"
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
INDEX_SAVE_AS = "index.html"
# The front page (editions by day) is written by newsdigest.crosslinks.
DIRECT_TEMPLATES = ["tags", "categories", "authors", "archives"]
DEFAULT_PAGINATION = 20

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/rubrique-{slug}.atom.xml"
TAG_FEED_ATOM = "feeds/tag-{slug}.atom.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 50

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
    },
    "output_format": "html5",
}

# Every variable a template prints is escaped unless the template says |safe.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
CACHE_PATH = "cache"
