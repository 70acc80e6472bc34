"""Find markup that could run in a built site: what no seed may ever bring.

``executable_markup(folder)`` reads every HTML page, SVG image and feed (the
HTML an Atom or RSS entry carries) and lists what a browser or feed reader
could execute:
a ``<script>`` that is not one of the theme's (JSON-LD, or a file of the
theme or of Pagefind), frames and plugins (``iframe``, ``object``,
``embed``...), ``<base>`` and refresh ``<meta>``, ``on*`` event attributes,
and ``javascript:``, ``vbscript:`` or ``data:`` URLs in any attribute that
holds a URL. It
uses the standard library's streaming parser: fast enough to run after
every test build (``conftest.build``, ``publish_support.run_module`` after
each ``pelican`` or ``invoke`` run, and a sweep of every ``output/`` folder
of the test session at its end). ``tests/fixtures/markup_site/`` holds every
kind of markup it looks for, so that ``test_markup_scan.py`` shows it fails.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

FORBIDDEN_TAGS = frozenset(
    {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"}
)
# Scripts the theme loads by file; the path after SITEURL must end like one.
THEME_SCRIPTS = re.compile(r"/(?:theme/js/[\w.-]+\.js|pagefind/pagefind[\w.-]*\.js)$")
# Attributes a browser follows or loads as a URL.
URL_ATTRIBUTES = frozenset(
    "href src action formaction xlink:href data poster background cite srcset "
    "ping longdesc manifest codebase".split()
)
# <meta property=...> whose content a page's reader follows as a URL.
URL_METAS = frozenset({"og:url", "og:image", "og:video", "og:audio"})
# A URL scheme that runs code, once spaces and control characters are gone.
RUNNING_SCHEME = re.compile(r"^(?:javascript|vbscript|data):", re.IGNORECASE)
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]+")
ATOM = "{http://www.w3.org/2005/Atom}"
# Feed elements whose text is HTML a feed reader shows: Atom's and RSS's.
FEED_HTML = frozenset({f"{ATOM}content", f"{ATOM}summary", "description"})
PAGES = ("*.html", "*.htm", "*.xhtml", "*.svg")


class _Scanner(HTMLParser):
    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.found: list[str] = []
        self.json_script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, dict(attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, dict(attrs))

    def _check(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"{self.where}: <{tag}>")
        if tag == "meta" and "http-equiv" in attrs:
            self.found.append(f"{self.where}: <meta http-equiv={attrs['http-equiv']}>")
        urls = set(URL_ATTRIBUTES)
        if tag == "meta" and attrs.get("property") in URL_METAS:
            urls.add("content")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"{self.where}: <{tag} {name}=...>")
            if name in urls and RUNNING_SCHEME.match(INVISIBLE.sub("", value or "")):
                self.found.append(f"{self.where}: <{tag} {name}={value[:40]!r}>")
        if tag == "script":
            self._check_script(attrs)

    def _check_script(self, attrs: dict[str, str | None]) -> None:
        if attrs.get("type") == "application/ld+json" and "src" not in attrs:
            self.json_script = []
        elif not THEME_SCRIPTS.search(attrs.get("src") or "") or set(attrs) - {
            "src",
            "defer",
            "type",
        }:
            self.found.append(f"{self.where}: <script {attrs}> not from the theme")

    def handle_data(self, data: str) -> None:
        if self.json_script is not None:
            self.json_script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.json_script is not None:
            text, self.json_script = "".join(self.json_script), None
            try:
                json.loads(text)
            except ValueError:
                self.found.append(f"{self.where}: JSON-LD script is not JSON")


def scan_html(html: str, where: str) -> list[str]:
    """What could run in one HTML document or fragment."""
    scanner = _Scanner(where)
    scanner.feed(html)
    scanner.close()
    return scanner.found


def executable_markup(folder: Path) -> list[str]:
    """Everything that could run, in every page and feed under ``folder``."""
    found = []
    pages = sorted({page for pattern in PAGES for page in folder.rglob(pattern)})
    for page in pages:
        if "pagefind" in page.relative_to(folder).parts or not page.is_file():
            continue
        found += scan_html(page.read_text(encoding="utf-8"), str(page))
    for feed in sorted(folder.rglob("*.xml")):
        for element in ET.parse(feed).iter():
            if element.tag in FEED_HTML and element.text:
                found += scan_html(element.text, f"{feed} ({element.tag})")
    return found


def assert_no_runnable_markup(output: Path) -> None:
    """Fail, listing what it found, when a built site holds runnable markup
    (nothing to scan when ``output`` is not a folder)."""
    found = executable_markup(output) if output.is_dir() else []
    assert found == [], "runnable markup in a built site:\n" + "\n".join(found)
