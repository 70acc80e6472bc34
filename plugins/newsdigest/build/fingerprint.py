"""Digests of what a page is made of, to tell an unchanged page without
rendering it.

:class:`Fingerprints` digests any value a template may print: text, numbers,
dates, containers, Pelican's contents (every public attribute, their HTML
and summary) and tags, and the plugins' own objects (their public
attributes); an article met inside another object (a related article, a
story's articles) is digested by its own attributes, with the articles it
names in turn reduced to their URLs. A value of a kind it does not know
raises :class:`UnknownValueError`: the page is then rendered, never guessed.
:func:`template_inputs` lists the names a template and every template it
extends, includes or imports read from its context, with their sources.
Private attributes (``_``-prefixed) are never read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import hashlib
import logging
import types
from collections.abc import Iterator, Mapping
from typing import Any

from jinja2 import Environment, meta
from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

# The settings an object carries (Pelican's contents and tags): digested
# once for the whole site, not again on each object.
SKIPPED_ATTRIBUTES = frozenset({"settings"})
PLAIN = (str, int, float, bool, type(None), bytes)
# Exactly these types (no subclass): their ``repr`` says type and value.
PLAIN_TYPES = frozenset(PLAIN)
SLUG_LOGGER = logging.getLogger("pelican.urlwrappers")
# An object met at a depth: contents deeper than the page's own are reduced.
Key = tuple[int, int]


class UnknownValueError(TypeError):
    """A value this module cannot digest faithfully."""


class Fingerprints:
    """Digests of values, remembered for one build (objects are kept alive,
    so that an identity is never reused by another object meanwhile)."""

    def __init__(self) -> None:
        self.memo: dict[tuple[int, int], tuple[Any, bytes]] = {}
        # Digests of values that hold no content: the same at every depth.
        self.anywhere: dict[int, tuple[Any, bytes]] = {}
        # Contents met so far (a digest met in ``memo`` counts): a value
        # whose walk met none holds none.
        self.met = 0
        self.addresses: dict[int, tuple[Any, str, str]] = {}

    def of(self, value: Any) -> bytes:
        """The digest of ``value`` (raises :class:`UnknownValueError`)."""
        return self._digest(value, depth=0, path=frozenset())

    def _digest(self, value: Any, depth: int, path: frozenset[Key]) -> bytes:
        if isinstance(value, PLAIN):
            return _leaf(type(value).__name__, repr(value))
        found = self.anywhere.get(id(value))
        if found is not None:
            return found[1]
        key = (id(value), depth)
        found = self.memo.get(key)
        if found is not None:
            self.met += 1
            return found[1]
        if key in path:
            # Only a content deepens the digest: a loop of other objects would
            # never end, and a marker for it would depend on where it began.
            raise UnknownValueError(f"a {type(value).__qualname__} holds itself")
        met = self.met
        digest = self._compose(value, depth, path | {key})
        if self.met == met:  # no content inside: depth changes nothing
            self.anywhere[id(value)] = (value, digest)
        else:
            self.memo[key] = (value, digest)
        return digest

    def _compose(self, value: Any, depth: int, path: frozenset[Key]) -> bytes:
        kind = f"{type(value).__module__}.{type(value).__qualname__}"
        if isinstance(value, (dt.datetime, dt.date, dt.time)):
            return _sha(kind, value.isoformat(), str(getattr(value, "tzinfo", "")))
        if isinstance(value, dt.tzinfo):
            return _sha(kind, str(value))
        if isinstance(value, enum.Enum):
            return _sha(kind, value.name)
        if isinstance(value, (type, types.FunctionType, types.BuiltinFunctionType)):
            return _sha("code", value.__module__ or "", value.__qualname__)
        if isinstance(value, types.ModuleType):
            return _sha("module", value.__name__)
        if isinstance(value, Mapping):
            plain, parts = [], []
            for k, v in value.items():
                if type(k) in PLAIN_TYPES and type(v) in PLAIN_TYPES:
                    plain.append((k, v))
                else:
                    parts.append(
                        self._digest(k, depth, path) + self._digest(v, depth, path)
                    )
            return _sha(kind, _sorted_repr(plain), *sorted(parts))
        if isinstance(value, (list, tuple)):
            if all(type(item) in PLAIN_TYPES for item in value):
                return _sha(kind, "plain", repr(value))
            return _sha(kind, *(self._item(item, depth, path) for item in value))
        if isinstance(value, (set, frozenset)):
            if all(type(item) in PLAIN_TYPES for item in value):
                return _sha(kind, "plain", _sorted_repr(list(value)))
            return _sha(kind, *sorted(self._item(i, depth, path) for i in value))
        if isinstance(value, URLWrapper):
            with _unslugged_quiet():
                return _sha(kind, value.name, value.slug, value.url, value.save_as)
        if _is_content(value):
            return self._content(value, kind, depth, path)
        return _sha(kind, *self._attributes(value, depth, path))

    def _item(self, value: Any, depth: int, path: frozenset[Key]) -> bytes:
        """``_digest`` without a call for a plain value (most items)."""
        if type(value) in PLAIN_TYPES:
            return _leaf(type(value).__name__, repr(value))
        return self._digest(value, depth, path)

    def _content(
        self, content: Any, kind: str, depth: int, path: frozenset[Key]
    ) -> bytes:
        self.met += 1
        url, save_as = self._address(content)
        if depth >= 2:
            return _sha(kind, "at", url)
        parts = self._attributes(content, depth + 1, path)
        # The HTML as Pelican gives it to templates; links in it start with
        # the page's SITEURL, the same for one page from build to build.
        html = content.get_content("")
        summary = content.get_summary("")
        return _sha(kind, url, save_as, html, summary, *parts)

    def _address(self, content: Any) -> tuple[str, str]:
        """A content's URL and file (computed by Pelican on each reading:
        once here for the three depths a content is met at; the content is
        kept, so that its identity is not another's meanwhile)."""
        found = self.addresses.get(id(content))
        if found is None:
            url, save_as = str(content.url), str(content.save_as)
            found = self.addresses[id(content)] = (content, url, save_as)
        return found[1], found[2]

    def _attributes(self, value: Any, depth: int, path: frozenset[Key]) -> list:
        if dataclasses.is_dataclass(value):
            names = [f.name for f in dataclasses.fields(value)]
        elif hasattr(value, "__dict__"):
            names = sorted(vars(value))
        elif getattr(type(value), "__slots__", None):
            names = list(type(value).__slots__)
        else:
            raise UnknownValueError(f"cannot digest a {type(value).__qualname__}")
        plain, parts = [], []
        for name in names:
            if name.startswith("_") or name in SKIPPED_ATTRIBUTES:
                continue
            found = getattr(value, name)
            if type(found) in PLAIN_TYPES:
                plain.append((name, found))
            else:
                parts.append(_leaf("name", name) + self._digest(found, depth, path))
        # The plain values at once: one leaf instead of one each.
        return [_leaf("plain", repr(plain)), *parts]


class _NoSlugWarning(logging.Filter):
    """Drops Pelican's warning that a name gives no slug."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Unable to generate valid slug")


@contextlib.contextmanager
def _unslugged_quiet() -> Iterator[None]:
    """Reading a tag's slug to digest it would warn about a tag no page may
    print (a name of symbols only). Pelican makes a slug once: a page that
    prints such a tag later does not warn either (a known loss)."""
    quiet = _NoSlugWarning()
    SLUG_LOGGER.addFilter(quiet)
    try:
        yield
    finally:
        SLUG_LOGGER.removeFilter(quiet)


def _sorted_repr(values: list[Any]) -> str:
    """The ``repr`` of plain values (or pairs of them, by distinct first
    values) in an order that does not depend on the given one.

    >>> _sorted_repr([("b", 1), ("a", None)]), _sorted_repr([1, "1"])
    ("[('a', None), ('b', 1)]", "['1', 1]")
    """
    try:
        return repr(sorted(values))
    except TypeError:  # values of types that do not compare (1 and "1")
        return repr(sorted(values, key=repr))


def _is_content(value: Any) -> bool:
    """A Pelican content (article, page, draft), or an object like one: has
    HTML and a URL (asked of Pelican's own only by their class: its
    ``save_as`` is computed on each reading)."""
    if isinstance(value, Content):
        return True
    return callable(getattr(value, "get_content", None)) and hasattr(value, "save_as")


def _sha(*parts: str | bytes) -> bytes:
    """The digest of ``parts``, marked as one (``H`` and 32 bytes)."""
    datas = [
        part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        for part in parts
    ]
    joined = b"".join(len(data).to_bytes(8, "little") + data for data in datas)
    return b"H" + hashlib.sha256(joined).digest()


def _leaf(kind: str, text: str) -> bytes:
    """A short value as it is, not hashed (cheaper), marked and measured so
    that it never reads as a digest or as two values.

    >>> _leaf("str", "'a'")
    b"L\\x07\\x00\\x00\\x00\\x00\\x00\\x00\\x00str\\x00'a'"
    """
    data = f"{kind}\0{text}".encode("utf-8", "surrogatepass")
    return b"L" + len(data).to_bytes(8, "little") + data


def digest_settings(settings: Mapping[str, Any], left_out: frozenset[str]) -> bytes:
    """One digest of every setting but ``left_out``; a value of an unknown
    kind counts by its type (code, whose version is digested apart)."""
    prints = Fingerprints()
    parts = []
    for key in sorted(settings):
        if key in left_out:
            continue
        try:
            value = prints.of(settings[key])
        except (UnknownValueError, RecursionError):
            value = _sha("type", type(settings[key]).__qualname__)
        parts.append(_sha(key) + value)
    return _sha("settings", *parts)


def template_inputs(
    environment: Environment, name: str
) -> tuple[frozenset[str], bytes] | None:
    """The context names template ``name`` and the templates it uses read,
    and a digest of their sources; None when one is chosen at render time."""
    names: set[str] = set()
    sources = []
    pending, seen = [name], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        source, _filename, _uptodate = environment.loader.get_source(
            environment, current
        )
        tree = environment.parse(source)
        names |= meta.find_undeclared_variables(tree)
        sources.append(_sha(current, source))
        for used in meta.find_referenced_templates(tree):
            if used is None:
                return None
            pending.append(used)
    return frozenset(names), _sha("templates", *sorted(sources))
