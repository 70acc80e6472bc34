"""A crawler that finds broken links, stylesheets, scripts, images and feed links.

It reads pages through a ``fetch(url)`` function, so the same crawl runs over
a built ``output/`` folder (:func:`folder_fetcher`, mapping the site's address
to files, as ``invoke check`` does before publishing) or over HTTP
(:func:`http_fetcher`, as the publishing tests do under a sub-path). Every
URL inside the site is fetched once; HTML, CSS and Atom are read for more
URLs; a ``#fragment`` must name an ``id`` of its page; a URL on the site's
host but outside its path (``/theme/...`` for a site under ``/revue/``) is
broken. Other hosts are counted, never fetched.
"""

from __future__ import annotations

import re
import urllib.request
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

Fetch = Callable[[str], bytes | None]

# Attributes that point at another resource, by element.
LINK_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "form": ("action",),
}
# <meta> whose content is an address (Open Graph, Twitter cards).
META_URLS = frozenset({"og:url", "og:image", "twitter:image"})
SKIPPED_SCHEMES = frozenset({"mailto", "tel", "javascript", "data", "about"})
CSS_URL = re.compile(
    r"""url\(\s*['"]?([^'")\s]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]"""
)
ATOM_LINK = "{http://www.w3.org/2005/Atom}link"


@dataclass(frozen=True)
class Broken:
    """A reference that leads nowhere: the page holding it, the target, why."""

    page: str
    target: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.target} ({self.reason})"


@dataclass
class LinkReport:
    """What a crawl saw: resources fetched, references checked, broken ones."""

    fetched: int = 0
    checked: int = 0
    external: int = 0
    broken: list[Broken] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=dict)


class _PageParser(HTMLParser):
    """Collects the references and the anchor names of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.references: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if values.get("id"):
            self.anchors.add(values["id"])
        if tag == "a" and values.get("name"):
            self.anchors.add(values["name"])
        if tag == "meta" and values.get("property", values.get("name")) in META_URLS:
            self.references.append(values.get("content", ""))
        for attribute in LINK_ATTRIBUTES.get(tag, ()):
            value = values.get(attribute, "").strip()
            if not value:
                continue
            if attribute == "srcset":
                self.references.extend(
                    item.split()[0] for item in value.split(",") if item.strip()
                )
            else:
                self.references.append(value)


def html_references(data: bytes) -> tuple[list[str], set[str]]:
    """The URLs an HTML page refers to, and the anchors it defines.

    >>> html_references(b'<a href="/a/#x">a</a><h2 id="y">t</h2>')
    (['/a/#x'], {'y'})
    """
    parser = _PageParser()
    parser.feed(data.decode("utf-8", errors="replace"))
    parser.close()
    return parser.references, parser.anchors


def css_references(data: bytes) -> list[str]:
    """The URLs a stylesheet imports or uses.

    >>> css_references(b'@import "a.css"; b { background: url( "../i.png" ) }')
    ['a.css', '../i.png']
    """
    text = data.decode("utf-8", errors="replace")
    return [url or imported for url, imported in CSS_URL.findall(text)]


def feed_references(data: bytes) -> list[str]:
    """The ``<link href>`` of an Atom feed and of its entries."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return []
    return [link.get("href", "") for link in root.iter(ATOM_LINK)]


def kind_of(url: str) -> str:
    """What a URL holds, from its path: html, css, feed, script or file.

    >>> [kind_of(u) for u in ("https://x/a/", "/b.css", "/feeds/all.atom.xml")]
    ['html', 'css', 'feed']
    """
    path = urlsplit(url).path
    if path.endswith("/") or path.endswith(".html") or not path:
        return "html"
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return {"css": "css", "xml": "feed", "js": "script"}.get(suffix, "file")


READERS: dict[str, Callable[[bytes], list[str]]] = {
    "css": css_references,
    "feed": feed_references,
}


def crawl(base: str, start: Iterable[str], fetch: Fetch) -> LinkReport:
    """Fetch every URL of the site reachable from ``start`` and check each
    reference; ``base`` is the site's address ending with ``/``."""
    report = LinkReport()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    anchors: dict[str, set[str] | None] = {}
    fragments: list[tuple[str, str, str]] = []
    queue = deque((url, "(start)") for url in start)
    seen: set[str] = set()
    while queue:
        url, referrer = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        data = fetch(url)
        if data is None:
            report.broken.append(Broken(referrer, url, "not found"))
            anchors[url] = None
            continue
        report.fetched += 1
        kind = kind_of(url)
        report.kinds[kind] = report.kinds.get(kind, 0) + 1
        if kind == "html":
            references, anchors[url] = html_references(data)
        else:
            references = READERS.get(kind, lambda _data: [])(data)
        # Pelican writes feed links from the site's root (FEED_DOMAIN + "/" + url).
        context = base if kind == "feed" else url
        for reference in references:
            target = _resolve(context, reference)
            if target is None:
                continue
            report.checked += 1
            address, fragment = urldefrag(target)
            if not address.startswith(origin + "/") and address != origin:
                report.external += 1
            elif not address.startswith(base) and address + "/" != base:
                report.broken.append(Broken(url, target, "outside the site's path"))
            else:
                if fragment:
                    fragments.append((url, address, fragment))
                if address not in seen:
                    queue.append((address, url))
    for page, address, fragment in fragments:
        names = anchors.get(address)
        if names is not None and unquote(fragment) not in names:
            report.broken.append(Broken(page, f"{address}#{fragment}", "no such id"))
    return report


def _resolve(page: str, reference: str) -> str | None:
    reference = reference.strip()
    if reference in ("", "#"):
        return None
    scheme = urlsplit(reference).scheme.lower()
    if scheme in SKIPPED_SCHEMES:
        return None
    return urljoin(page, reference)


def folder_fetcher(output: Path, base: str) -> Fetch:
    """Read the site's URLs from the built folder (``/a/`` is ``a/index.html``)."""
    root = output.resolve()

    def fetch(url: str) -> bytes | None:
        relative = unquote(urlsplit(url).path[len(urlsplit(base).path) :])
        path = (root / relative).resolve()
        if path != root and root not in path.parents:
            return None
        if path.is_dir():
            path = path / "index.html"
        return path.read_bytes() if path.is_file() else None

    return fetch


def http_fetcher(timeout: float = 10.0) -> Fetch:
    """GET each URL; anything but a 2xx answer (after redirects) is missing."""

    def fetch(url: str) -> bytes | None:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.read()
        except OSError:  # URLError, HTTPError, refused, timed out
            return None

    return fetch


def site_files(output: Path, base: str) -> list[str]:
    """The URL of every page, stylesheet and feed of a built folder, so that
    pages no link reaches are checked too."""
    urls = []
    for path in sorted(output.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".css", ".xml"):
            relative = path.relative_to(output).as_posix()
            if relative.endswith("index.html"):
                relative = relative[: -len("index.html")]
            urls.append(base + relative)
    return urls
