"""Pelican plugin: a search page (``/recherche/``) over the Pagefind index.

When ``DIGEST_SEARCH`` is on, the ``search`` direct template is rendered at
``DIGEST_SEARCH_URL`` and the navigation links to it; the build plugin runs
Pagefind over the output, whose ``pagefind/`` folder the page loads. When it
is off, there is no page and no link.

Signals: ``initialized`` (settings the templates and generators read).
"""

from __future__ import annotations

from typing import Any

from pelican import signals

from ..settings import SettingError, digest_settings


def search_url(settings: dict[str, Any]) -> str:
    """The search page's URL, or "" when search is off.

    >>> search_url({"DIGEST_SEARCH": True, "DIGEST_SEARCH_URL": "trouver"})
    'trouver/'
    >>> search_url({"DIGEST_SEARCH": False})
    ''
    """
    digest = digest_settings(settings)
    if not digest["DIGEST_SEARCH"]:
        return ""
    url = digest["DIGEST_SEARCH_URL"].strip().strip("/")
    if not url or ".." in url.split("/") or "://" in url:
        raise SettingError(
            f"DIGEST_SEARCH_URL = {digest['DIGEST_SEARCH_URL']!r}: "
            "expected a path such as 'recherche/'"
        )
    return url + "/"


def add_search_page(pelican: Any) -> None:
    """Render the ``search`` template at DIGEST_SEARCH_URL, or hide the link."""
    settings = pelican.settings
    url = search_url(settings)
    settings["DIGEST_SEARCH_URL"] = url
    templates = [name for name in settings["DIRECT_TEMPLATES"] if name != "search"]
    if url:
        templates.append("search")
        settings["SEARCH_URL"] = url
        settings["SEARCH_SAVE_AS"] = url + "index.html"
    settings["DIRECT_TEMPLATES"] = templates


def register() -> None:
    signals.initialized.connect(add_search_page)
