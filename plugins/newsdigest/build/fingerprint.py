"""Digests of what a page is made of, to tell an unchanged page without
rendering it.

:class:`Fingerprints` digests any value a template may print: text, numbers,
dates, containers, Pelican's contents (every public attribute, their HTML
and summary) and tags, and the plugins' own objects (their public
attributes); an article met inside another object (a related article, a
story's articles) is digested by its own attributes, with the articles it
names in turn reduced to their URLs. What a content holds apart from other
contents (HTML, summary, JSON-LD, tags...) is digested once a build, and
small values made only of plain values in lists and dicts at once. A value
of a kind it does not know raises :class:`UnknownValueError`: the page is
then rendered, never guessed.
:func:`template_inputs` lists the names a template and every template it
extends, includes or imports read from its context, with their sources.
Private attributes (``_``-prefixed) are never read.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import functools
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
# The containers digested at once when they hold only plain values, each
# with its marks (an order of its own for dicts and sets).
NESTED = {
    list: ("[", "]"),
    tuple: ("(", ")"),
    dict: ("{", "}"),
    set: ("<", ">"),
    frozenset: ("f<", ">"),
}
# At most so many items in all: a larger value is digested part by part,
# each remembered (a list shared by many pages is digested once).
NESTED_ITEMS = 64
# A template's source, the names it reads, the templates it uses.
Parsed = tuple[str, frozenset[str], tuple[str | None, ...]]
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
        # Contents met so far: what their digest holds at every depth.
        self.owns: dict[int, _Own] = {}
        self.urls: dict[int, tuple[Any, str]] = {}

    def of(self, value: Any) -> bytes:
        """The digest of ``value`` (raises :class:`UnknownValueError`)."""
        return self._digest(value, depth=0, path=set())

    def _digest(self, value: Any, depth: int, path: set[Key]) -> bytes:
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
        path.add(key)  # the objects being digested, outermost first
        try:
            digest = self._compose(value, depth, path)
        finally:
            path.discard(key)
        if self.met == met:  # no content inside: depth changes nothing
            self.anywhere[id(value)] = (value, digest)
        else:
            self.memo[key] = (value, digest)
        return digest

    def _compose(self, value: Any, depth: int, path: set[Key]) -> bytes:
        kind = _kind(type(value))
        # The commonest kinds first, by exact type (subclasses further down).
        if type(value) in NESTED:
            # Small plain values in lists and dicts (a content's JSON-LD and
            # entities): read at once, with no digest of each part.
            text = _nested_repr(value)
            if text is not None:
                return _sha(kind, "nested", text)
            if type(value) is dict:
                return self._mapping(value, kind, depth, path)
            if type(value) is list or type(value) is tuple:
                return self._sequence(value, kind, depth, path)
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
            return self._mapping(value, kind, depth, path)
        if isinstance(value, (list, tuple)):
            return self._sequence(value, kind, depth, path)
        if isinstance(value, (set, frozenset)):
            if all(type(item) in PLAIN_TYPES for item in value):
                return _sha(kind, "plain", _sorted_repr(list(value)))
            return _sha_of(kind, sorted(self._item(i, depth, path) for i in value))
        if isinstance(value, URLWrapper):
            with _unslugged_quiet():
                return _sha(kind, value.name, value.slug, value.url, value.save_as)
        if _is_content(value):
            return self._content(value, kind, depth, path)
        return _sha_of(kind, self._attributes(value, depth, path))

    def _mapping(
        self, value: Mapping, kind: bytes, depth: int, path: set[Key]
    ) -> bytes:
        plain, parts = [], []
        for k, v in value.items():
            if type(k) in PLAIN_TYPES and type(v) in PLAIN_TYPES:
                plain.append((k, v))
            else:
                digest = self._digest(k, depth, path) + self._digest(v, depth, path)
                parts.append(digest)
        parts.sort()
        return _sha_of(kind, [_text(_sorted_repr(plain)), *parts])

    def _sequence(
        self, value: list | tuple, kind: bytes, depth: int, path: set[Key]
    ) -> bytes:
        if all(type(item) in PLAIN_TYPES for item in value):
            return _sha(kind, "plain", repr(value))
        return _sha_of(kind, [self._item(item, depth, path) for item in value])

    def _item(self, value: Any, depth: int, path: set[Key]) -> bytes:
        """``_digest`` without a call for a plain value (most items)."""
        if type(value) in PLAIN_TYPES:
            return _leaf(type(value).__name__, repr(value))
        return self._digest(value, depth, path)

    def _content(self, content: Any, kind: bytes, depth: int, path: set[Key]) -> bytes:
        self.met += 1
        if depth >= 2:
            return _sha(kind, "at", self._url(content))
        own = self.owns.get(id(content))
        if own is None:
            own, parts = self._own(content, depth + 1, path)
        else:
            parts = [
                _leaf("name", name) + self._digest(value, depth + 1, path)
                for name, value in own.held
            ]
        return _sha_of(kind, [own.digest, *parts])

    def _url(self, content: Any) -> str:
        """A content's URL (formatted by Pelican on each reading, unless
        fixed: once here for the depths a content is met at)."""
        found = self.urls.get(id(content))
        if found is None:
            found = self.urls[id(content)] = (content, str(content.url))
        return found[1]

    def _own(
        self, content: Any, depth: int, path: set[Key]
    ) -> tuple[_Own, list[bytes]]:
        """A content's own part, remembered, and the digests at ``depth`` of
        the attributes holding other contents (the only ones that differ
        from depth to depth)."""
        plain, parts = self._split(content)
        fixed, held, varying = [], [], []
        for name, value in parts:
            met = self.met
            digest = _leaf("name", name) + self._digest(value, depth, path)
            if self.met == met:
                fixed.append(digest)
            else:
                held.append((name, value))
                varying.append(digest)
        # The HTML as Pelican gives it to templates; links in it start with
        # the page's SITEURL, the same for one page from build to build.
        html = content.get_content("")
        summary = content.get_summary("")
        url, save_as = self._url(content), str(content.save_as)
        digest = _sha("own", url, save_as, html, summary, _plain(plain), *fixed)
        own = _Own(content, digest, tuple(held))
        self.owns[id(content)] = own
        return own, varying

    def _attributes(self, value: Any, depth: int, path: set[Key]) -> list:
        plain, parts = self._split(value)
        # The plain values at once: one leaf instead of one each.
        return [
            _plain(plain),
            *(_leaf("name", name) + self._digest(v, depth, path) for name, v in parts),
        ]

    @staticmethod
    def _split(value: Any) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
        """An object's public attributes: those of plain values, the others."""
        if dataclasses.is_dataclass(value):
            names = _fields(type(value))
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
                parts.append((name, found))
        return plain, parts


@dataclasses.dataclass(frozen=True)
class _Own:
    """What a content's digest holds at every depth: the digest of its URL,
    file, HTML, summary and attributes that hold no other content, and the
    attributes that do (the content is kept, so that its identity is not
    another's meanwhile)."""

    content: Any
    digest: bytes
    held: tuple[tuple[str, Any], ...]


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


def _plain(pairs: list[tuple[str, Any]]) -> bytes:
    return _leaf("plain", repr(pairs))


def _nested_repr(value: Any, budget: list[int] | None = None) -> str | None:
    """The text of a small value made of plain values in lists, tuples,
    dicts and sets only (of exactly these types), or None for any other
    value or one of more than ``NESTED_ITEMS`` items. Each container marks
    its kind; dicts and sets in an order of their own.

    >>> _nested_repr({"b": [1, ("x",)], "a": {None}})
    "{'a':<None>,'b':[1,('x')]}"
    >>> _nested_repr([1, object()]) is None, _nested_repr(list(range(99)))
    (True, None)
    """
    cls = type(value)
    if cls in PLAIN_TYPES:
        return repr(value)
    if cls not in NESTED:
        return None
    if budget is None:
        budget = [NESTED_ITEMS]
    budget[0] -= len(value)
    if budget[0] < 0:
        return None
    items = value.items() if cls is dict else value
    texts = []
    for item in items:
        if cls is dict:
            key, item = item  # noqa: PLW2901 (a pair's value)
            if type(key) not in PLAIN_TYPES:
                return None
        text = _nested_repr(item, budget)
        if text is None:
            return None
        texts.append(f"{key!r}:{text}" if cls is dict else text)
    if cls is dict or cls is set or cls is frozenset:
        texts.sort()
    opening, closing = NESTED[cls]
    return opening + ",".join(texts) + closing


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
    """The digest of ``parts``, marked as one (``H`` and 32 bytes). A text is
    measured; bytes are digests and leaves made here, each marked and of a
    known length, so that they are joined as they are."""
    joined = b"".join(part if type(part) is bytes else _text(part) for part in parts)
    return b"H" + hashlib.sha256(joined).digest()


def _text(text: str | bytes) -> bytes:
    """A text marked and measured (``S``, its length, its UTF-8 bytes)."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return b"S" + len(data).to_bytes(8, "little") + data


def _sha_of(kind: bytes, parts: list[bytes]) -> bytes:
    """``_sha(kind, *parts)`` for parts that are all digests or leaves."""
    return b"H" + hashlib.sha256(kind + b"".join(parts)).digest()


@functools.cache
def _fields(cls: type) -> list[str]:
    """The names of a dataclass's fields."""
    return [field.name for field in dataclasses.fields(cls)]


@functools.cache
def _kind(cls: type) -> bytes:
    """The name of a type, as digested (a text, marked and measured)."""
    return _text(f"{cls.__module__}.{cls.__qualname__}")


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
    environment: Environment,
    name: str,
    parsed: dict[str, Parsed] | None = None,
) -> tuple[frozenset[str], bytes] | None:
    """The context names template ``name`` and the templates it uses read,
    and a digest of their sources; None when one is chosen at render time.
    ``parsed`` keeps what each template read says, for the next call."""
    parsed = {} if parsed is None else parsed
    names: set[str] = set()
    sources = []
    pending, seen = [name], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        if current not in parsed:
            parsed[current] = _parse(environment, current)
        source, read, used = parsed[current]
        names |= read
        sources.append(_sha(current, source))
        if None in used:
            return None
        pending.extend(used)
    return frozenset(names), _sha("templates", *sorted(sources))


def _parse(environment: Environment, name: str) -> Parsed:
    """A template's source, the context names it reads, the templates it
    uses (None for one chosen at render time)."""
    source, _filename, _uptodate = environment.loader.get_source(environment, name)
    tree = environment.parse(source)
    used = tuple(meta.find_referenced_templates(tree))
    return source, frozenset(meta.find_undeclared_variables(tree)), used
