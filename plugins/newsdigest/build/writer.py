"""A Pelican writer that does not render a page whose inputs did not change.

Given through Pelican's ``get_writer`` signal while a build is staged
(:mod:`.session`). Each ``write_file`` or ``write_feed`` call gets a key: the
digest of the site (every setting, the plugins' code and data, the theme's
files, the files of ``content/``), of the template and every template it
uses, and of the values the call passes and the context names those
templates read (:mod:`.fingerprint`). When the previous build recorded the
same key, its files are hard-linked from ``output/`` (:mod:`.reuse`);
otherwise Pelican renders them as usual. A value that cannot be digested,
a template chosen at render time, a feed without entries (dated from the
seed ledger) or an overriding write is always rendered. A linked page sends
no ``content_written`` signal.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pelican import __version__ as pelican_version
from pelican import signals
from pelican.utils import sanitised_join
from pelican.writers import FileOverwriteFailedError, Writer

from ..safefiles import kind
from .fingerprint import (
    Fingerprints,
    Parsed,
    UnknownValueError,
    digest_settings,
    template_inputs,
)
from .reuse import PageReuse

logger = logging.getLogger(__name__)

# Set for each build (the staging folder's name changes with the process).
PER_BUILD_SETTINGS = frozenset({"OUTPUT_PATH"})
# Names a template reads that Pelican derives from the page's own name.
DERIVED = frozenset({"localsiteurl", "output_file"})
# What Pelican's feed writer reads from the context.
FEED_CONTEXT = ("SITENAME", "SITEURL", "SITESUBTITLE", "FEED_DOMAIN")
ABSENT = b"absent"
# The values Pelican paginates when a call names none (``write_file``).
PAGINATED = frozenset({"articles", "dates"})


def site_digest(settings: dict[str, Any], folders: Iterable[Path]) -> str:
    """The digest of what every page may depend on: settings, versions and
    every file under ``folders`` (code, theme, content)."""
    digest = hashlib.sha256(f"pelican {pelican_version} {sys.version}".encode())
    digest.update(digest_settings(settings, PER_BUILD_SETTINGS))
    for folder in folders:
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                path = os.path.join(root, name)
                digest.update(os.path.relpath(path, folder).encode() + b"\0")
                digest.update(file_digest(path))
    return digest.hexdigest()


def file_digest(path: str) -> bytes:
    """The digest of a regular file's bytes (through a link); for anything
    else, what it is: a pipe or a device is never opened (it could block
    the build or never end)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return kind(mode).encode()
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return b"unreadable"
    with os.fdopen(handle, "rb") as stream:
        found = os.fstat(stream.fileno()).st_mode
        if not stat.S_ISREG(found):  # swapped since the check
            return kind(found).encode()
        return hashlib.file_digest(stream, "sha256").digest()


def writer_class(reuse: PageReuse, site: str) -> type[Writer]:
    """A :class:`PageWriter` bound to this build's record and site digest."""
    return type("PageWriter", (PageWriter,), {"reuse": reuse, "site": site})


class PageWriter(Writer):
    """Pelican's writer, reusing the previous build's unchanged files."""

    reuse: PageReuse
    site: str

    def __init__(self, output_path: str, settings: dict[str, Any] | None = None):
        super().__init__(output_path, settings=settings)
        self.prints = Fingerprints()
        self.inputs: dict[str, tuple[frozenset[str], bytes] | None] = {}
        self.parsed: dict[str, Parsed] = {}

    def write_file(  # noqa: PLR0917 (Pelican's signature)
        self,
        name: str,
        template: Any,
        context: dict[str, Any],
        relative_urls: bool = False,
        paginated: dict[str, Any] | None = None,
        template_name: str | None = None,
        override_output: bool = False,
        url: str | None = None,
        **kwargs: Any,
    ) -> None:
        """Link the files of an unchanged call, or render them (Pelican)."""
        if not name:
            return
        key = None
        if not override_output:
            call = (name, url, relative_urls, template_name, sorted(kwargs))
            key = self._key(template, context, call, paginated, kwargs)
        if key and self.reuse.link(key, name):
            return
        written: list[str] = []
        with signals.content_written.connected_to(_collector(written)):
            super().write_file(
                name,
                _Guarded(template, self, override_output),
                context,
                relative_urls,
                paginated,
                template_name,
                override_output,
                url,
                **kwargs,
            )
        self.reuse.note(key, written)

    def write_feed(  # noqa: PLR0917 (Pelican's signature)
        self,
        elements: list[Any],
        context: dict[str, Any],
        path: str | None = None,
        url: str | None = None,
        feed_type: str = "atom",
        override_output: bool = False,
        feed_title: str | None = None,
    ) -> Any:
        """Link an unchanged feed, or write it (Pelican)."""
        key = None
        if path and elements and not override_output:
            items = list(elements[: self.settings["FEED_MAX_ITEMS"]])
            shown = {name: context.get(name) for name in FEED_CONTEXT}
            key = self._digest(
                "feed", repr((path, url, feed_type, feed_title)), items, shown
            )
        if key and self.reuse.link(key, path):
            return None
        if path:
            target = sanitised_join(self.output_path, path)
            if self.reuse.release(target, override_output) and not override_output:
                raise FileOverwriteFailedError(f'Failed to overwrite "{target}"')
        feed = super().write_feed(
            elements, context, path, url, feed_type, override_output, feed_title
        )
        if path:
            self.reuse.note(key, [sanitised_join(self.output_path, path)])
        return feed

    def _key(
        self,
        template: Any,
        context: dict[str, Any],
        call: tuple[Any, ...],
        paginated: dict[str, Any] | None,
        kwargs: dict[str, Any],
    ) -> str | None:
        if template.name not in self.inputs:
            self.inputs[template.name] = template_inputs(
                template.environment, template.name, self.parsed
            )
        inputs = self.inputs[template.name]
        if inputs is None:
            return None
        names, sources = inputs
        environment = template.environment.globals
        shown = {
            name: context.get(name, environment.get(name, ABSENT))
            for name in sorted(names - kwargs.keys() - DERIVED)
        }
        # Only the values the templates read, and those Pelican paginates:
        # tag pages are given every article (all_articles) and print none.
        given = {
            name: value
            for name, value in kwargs.items()
            if name in names or name in PAGINATED
        }
        return self._digest(sources, repr(call), given, paginated, shown)

    def _digest(self, *parts: Any) -> str | None:
        digest = hashlib.sha256(self.site.encode())
        try:
            for part in parts:
                digest.update(self.prints.of(part))
        except (UnknownValueError, RecursionError) as error:
            logger.debug("page rendered: %s", error)
            return None
        return digest.hexdigest()


def _collector(written: list[str]) -> Any:
    def collect(path: str, **_: Any) -> None:
        written.append(path)

    return collect


class _Guarded:
    """A template whose rendering first unlinks the linked file it is about
    to replace, so that the live site's file is never written through."""

    def __init__(self, template: Any, writer: PageWriter, override: bool) -> None:
        self.template, self.writer, self.override = template, writer, override
        self.name = template.name

    def render(self, localcontext: dict[str, Any]) -> str:
        path = sanitised_join(self.writer.output_path, localcontext["output_file"])
        if self.writer.reuse.release(path, self.override) and not self.override:
            raise FileOverwriteFailedError(
                f'Failed to overwrite "{path}" as Pelican has already written to it'
            )
        return self.template.render(localcontext)
