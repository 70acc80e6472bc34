"""Accessibility as a reader's browser sees it: axe-core in headless Chromium.

One page of each type (front page, article, tag, section, source, story,
archives, search, 404...) is opened in Chromium, in the light and in the dark
colour scheme (all of axe's rules in the light; in the dark, the rules about
colours, the only thing the scheme changes, which halves the time), from the
built folder itself: every request under the site's
address is answered from its files, anything else is refused, so a site built
for ``https://user.github.io/repo`` is checked as it will be served. axe-core
(``checks/node_modules``, installed by ``npm ci --prefix checks``) runs on
each; its serious and critical violations are the problems.
"""

from __future__ import annotations

import mimetypes
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..settings import digest_settings
from .links import folder_fetcher

# Chromium as Debian (and Ubuntu's snap, or Google's package) installs it.
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Each colour scheme and the axe options it runs with.
SCHEMES = {
    "light": "{}",
    "dark": "{runOnly: ['color-contrast', 'link-in-text-block']}",
}
FAILING_IMPACTS = ("serious", "critical")
# Page types and the setting that says where each is written.
PAGE_TYPES = {
    "front": "INDEX_SAVE_AS",
    "article": "ARTICLE_SAVE_AS",
    "page": "PAGE_SAVE_AS",
    "tag": "TAG_SAVE_AS",
    "tags": "TAGS_SAVE_AS",
    "section": "CATEGORY_SAVE_AS",
    "sections": "CATEGORIES_SAVE_AS",
    "author": "AUTHOR_SAVE_AS",
    "source": "DIGEST_SOURCE_SAVE_AS",
    "sources": "DIGEST_SOURCES_SAVE_AS",
    "story": "DIGEST_STORY_URL",
    "archives": "ARCHIVES_SAVE_AS",
    "month": "DIGEST_ARCHIVE_MONTH_URL",
    "search": "DIGEST_SEARCH_URL",
    "404": "404_SAVE_AS",
}
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def chromium_path() -> str | None:
    """The system's Chromium, or None."""
    return next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)


def launch_chromium(playwright: Any) -> Any:
    """A headless Chromium for Playwright: the system's, never a download."""
    path = chromium_path()
    if path is None:
        raise FileNotFoundError(
            "Chromium is not installed (the browser checks need it)"
        )
    return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)


def sample_pages(output: Path, settings: dict[str, Any]) -> dict[str, str]:
    """One built page of each type, as a path under ``output``.

    >>> sample_pages(Path("/nonexistent"), {"TAG_SAVE_AS": "tag/{slug}/index.html"})
    {}
    """
    settings = {**settings, **digest_settings(settings)}
    found = {}
    for kind, key in PAGE_TYPES.items():
        save_as = str(settings.get(key) or ("404.html" if kind == "404" else ""))
        if not save_as:
            continue
        if not save_as.endswith(".html"):
            save_as = save_as.rstrip("/") + "/index.html"
        pattern = PLACEHOLDER.sub("*", save_as)
        matches = sorted(
            path.relative_to(output).as_posix() for path in output.glob(pattern)
        )
        if matches:
            found[kind] = matches[0]
    return found


def site_router(output: Path, base: str) -> Callable[[Any], None]:
    """A Playwright route handler serving ``base`` from ``output``; other
    addresses are refused (no network)."""
    fetch = folder_fetcher(output, base)

    def route(request_route: Any) -> None:
        url = request_route.request.url.split("#")[0]
        body = fetch(url.split("?")[0]) if url.startswith(base) else None
        if body is None:
            request_route.fulfill(status=404, body="")
            return
        path = url.split("?")[0]
        kind = "text/html" if path.endswith("/") else mimetypes.guess_type(path)[0]
        request_route.fulfill(
            status=200, body=body, content_type=kind or "application/octet-stream"
        )

    return route


def axe_problems(results: dict[str, Any], where: str) -> list[str]:
    """The serious and critical violations of one axe run, one line each.

    >>> axe_problems({"violations": [{"id": "label", "impact": "critical",
    ...     "help": "Form elements must have labels", "nodes": [1, 2]}]}, "a/")
    ['a/: label (critical): Form elements must have labels, 2 elements']
    """
    problems = []
    for violation in results.get("violations", []):
        if violation.get("impact") in FAILING_IMPACTS:
            count = len(violation.get("nodes", []))
            problems.append(
                f"{where}: {violation['id']} ({violation['impact']}): "
                f"{violation['help']}, {count} element{'s' if count > 1 else ''}"
            )
    return problems


def check_accessibility(
    output: Path, base: str, settings: dict[str, Any], axe_script: Path
) -> tuple[int, list[str], dict[str, Any]]:
    """Run axe on one page of each type in both colour schemes; return the
    number of runs, the problems, and every run's full results by page."""
    if not axe_script.is_file():
        return (
            0,
            [f"axe-core is missing ({axe_script}): run npm ci --prefix checks"],
            {},
        )
    from playwright.sync_api import sync_playwright

    pages = sample_pages(output, settings)
    problems: list[str] = []
    results: dict[str, Any] = {}
    try:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for scheme, options in SCHEMES.items():
                page = browser.new_page(color_scheme=scheme)
                page.route("**/*", site_router(output, base))
                for kind, path in pages.items():
                    where = f"{path} ({kind}, {scheme})"
                    page.goto(base + path.removesuffix("index.html"))
                    page.add_script_tag(path=str(axe_script))
                    found = page.evaluate(f"axe.run(document, {options})")
                    results[where] = found
                    problems += axe_problems(found, where)
                page.close()
            browser.close()
    except FileNotFoundError as error:
        return 0, [str(error)], {}
    return len(results), problems, results
