"""One build of one Pelican object: problems, staging, strict check, search, swap.

:func:`guarded_run` wraps ``Pelican.run``. Pelican has no signal for a
failed build, and only a wrapper sees every way a build can end. A build
whose inputs and output are those the last build recorded does not run
(:mod:`.uptodate`). Any other one is built into a staging folder; the
wrapper collects every problem, then, once all of Pelican's
writers and every ``finalized`` receiver are done, fails a strict build,
runs Pagefind and swaps the staged site in. Whatever goes wrong removes the
staging folder and leaves ``output/`` as it was: an error, a full disk (the
message names the folder), Ctrl-C or SIGTERM (exit code 130 or 143, see
:mod:`.interrupts`). Pelican's content cache is checked before Pelican
opens it (:mod:`.cache`).
"""

from __future__ import annotations

import errno
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pelican import signals

from ..contents import all_articles
from ..interrupts import Interrupted, StopGuard
from ..seeds.ledger import Ledger
from ..seeds.places import Places
from ..seeds.plugin import LEDGERS
from ..seeds.reuse import CODE, reading_fingerprint
from ..settings import digest_settings
from ..tagging.setup import project_path
from . import cache
from .folders import outside_folders, repeated_folders
from .pagefind import index_site
from .problems import BuildLog, StrictBuildError, summary
from .removal import Removal
from .reuse import PageReuse
from .staging import (
    OutputError,
    Staging,
    real_output,
    unsafe_output,
)
from .uptodate import WALKS, UpToDate
from .writer import site_digest, writer_class

logger = logging.getLogger(__name__)

LEVELS = {"WARNING": logging.WARNING, "ERROR": logging.ERROR}
# A write that failed for want of room (no space left, disk quota exceeded).
NO_ROOM = (errno.ENOSPC, errno.EDQUOT)
# In the digest's cache folder: the files the last build wrote (.reuse).
PAGES_RECORD = "pages.json"
SEARCH_PAGES_RECORD = "search-pages.json"
# In the digest's cache folder: what the last successful build was made of
# (.uptodate).
BUILD_RECORD = "build.json"


def guarded_run(
    pelican: Any, run: Callable[[], None], guard: StopGuard, given: str | None
) -> None:
    """Run Pelican's own ``run`` inside a :class:`BuildSession`; stop signals
    raise :class:`Interrupted` (see ``start`` in plugin.py) until it ends.
    ``given``: the digest of the Pelican object's settings for the
    up-to-date check (:func:`.uptodate.given_digest`), None for none."""
    guard.install()
    session = BuildSession(pelican, guard, given)
    try:
        if session.begin():
            run()
            session.finish()
    except BaseException as error:
        with guard.held():
            session.abort()
        raise session.failure(error) from None
    finally:
        with guard.held():
            session.end()
        guard.restore()


class BuildSession:
    """The state of one build, from ``begin`` to ``end``."""

    def __init__(self, pelican: Any, guard: StopGuard, given: str | None) -> None:
        self.pelican = pelican
        self.guard = guard
        self.given = given
        self.settings: dict[str, Any] = pelican.settings
        self.digest = digest_settings(self.settings)
        self.content = os.path.abspath(self.settings["PATH"])
        self.project = Path(self.content).parent
        self.output = Path(os.path.abspath(pelican.output_path))
        self.log = BuildLog(self.content)
        self.seed_problems: list[str] = []
        self.staging: Staging | None = None
        self.removal: Removal | None = None
        self.reuse: PageReuse | None = None
        self.swapped = False
        self.cache = project_path(self.settings, self.digest["DIGEST_CACHE_PATH"])
        self.check: UpToDate | None = None
        self.ledgers: dict[Path, Ledger] = {}
        self.articles = 0
        self.saved = {key: self.settings[key] for key in self.changed_settings()}

    def changed_settings(self) -> tuple[str, ...]:
        return ("OUTPUT_PATH", *(excludes for _paths, excludes in WALKS))

    def begin(self) -> bool:
        """Prepare the build; False if nothing changed since the last one."""
        self.log.attach()
        signals.article_generator_finalized.connect(self.collect, weak=False)
        real = real_output(self.output)
        if real != self.output:
            logger.info("output: %s is a link to %s, built there", self.output, real)
            self.output = real
        self.exclude_repeated_folders()
        self.check_content_cache()
        if self.given is not None:
            record = self.cache / BUILD_RECORD
            self.check = UpToDate(
                self.settings, self.given, self.output, record, self.folders()
            )
            if self.check.unchanged():
                return False
        if self.digest["DIGEST_ATOMIC_OUTPUT"]:
            self.stage()
        if self.staging and self.digest["DIGEST_REUSE_PAGES"]:
            record = self.cache / PAGES_RECORD
            self.reuse = PageReuse(self.output, self.staging.folder, record)
            signals.get_writer.connect(self.writer, weak=False)
        return True

    def folders(self) -> list[Path]:
        """The folders every page may depend on: code, theme, content."""
        return [CODE, Path(self.settings["THEME"]), Path(self.content)]

    def content_cache(self) -> tuple[Path, str] | None:
        """Pelican's cache folder and the fingerprint of what fills it (what
        the reader returns, as for the reading cache)."""
        if not (self.settings["CACHE_CONTENT"] or self.settings["LOAD_CONTENT_CACHE"]):
            return None
        return Path(self.settings["CACHE_PATH"]), reading_fingerprint(self.settings)

    def check_content_cache(self) -> None:
        """Delete Pelican cache files that this code did not write as they are."""
        found = self.content_cache()
        if found:
            for removed in cache.distrust(*found):
                logger.info("content cache: %s deleted, seeds read again", removed)

    def exclude_repeated_folders(self) -> None:
        """Exclude folders a symbolic link would make Pelican read twice."""
        for paths, excludes in WALKS:
            entries = {
                os.path.join(self.content, entry) if entry else self.content: entry
                for entry in self.settings.get(paths) or []
            }
            added = self.exclude_outside_folders(entries)
            skipped = frozenset(
                os.path.normpath(os.path.join(self.content, entry)) for entry in added
            )
            for root, relative in repeated_folders(list(entries), skipped):
                added.append(os.path.join(entries[root], relative))
                shown = os.path.relpath(os.path.join(root, relative), self.project)
                real = os.path.relpath(
                    os.path.realpath(os.path.join(root, relative)), self.project
                )
                logger.warning(
                    "%s: a symbolic link to a folder already read (%s): skipped, "
                    "so that no file is read twice",
                    shown,
                    real,
                )
            if added:
                self.settings[excludes] = [*self.settings[excludes], *added]

    def exclude_outside_folders(self, entries: dict[str, str]) -> list[str]:
        """Exclude links to folders outside the folder read (seeds/ or content/)."""
        places = Places.from_settings(self.settings)
        added = []
        for root, entry in entries.items():
            boundary = places.seed_folder(root) or places.content
            for relative in outside_folders(root, str(boundary)):
                added.append(os.path.join(entry, relative))
                logger.error(
                    "%s: not read: a symbolic link to a folder outside %s/",
                    places.name(os.path.join(root, relative)),
                    boundary.name,
                )
        return added

    def stage(self) -> None:
        """Point Pelican at a staging folder beside the output folder."""
        sources = [Path(self.content), Path(os.path.abspath(self.settings["THEME"]))]
        sources += [
            Path(os.path.abspath(os.path.join(self.content, entry)))
            for entry in self.settings.get("ARTICLE_PATHS") or []
        ]
        unsafe = unsafe_output(self.output, sources)
        if unsafe is not None:
            logger.warning(
                "output folder %s holds the sources %s: built in place, "
                "not swapped (DIGEST_ATOMIC_OUTPUT)",
                self.output,
                unsafe,
            )
            return
        self.staging = Staging(self.output)
        folder = str(self.staging.prepare(self.settings.get("OUTPUT_RETENTION", [])))
        self.removal = Removal(self.staging.retired())
        self.pelican.output_path = folder
        self.settings["OUTPUT_PATH"] = folder

    def writer(self, pelican: Any) -> type | None:
        """The writer that reuses unchanged pages (``get_writer``)."""
        if pelican is not self.pelican or self.reuse is None:
            return None
        return writer_class(self.reuse, site_digest(self.settings, self.folders()))

    def collect(self, generator: Any) -> None:
        """Keep every article's seed warnings (the log may have held some back)."""
        for content in all_articles(generator):
            self.seed_problems.extend(getattr(content, "digest_problems", []))
        self.ledgers = generator.context.get(LEDGERS, {})
        self.articles = len(generator.articles)

    def finish(self) -> None:
        """Fail a strict build with problems; index for search; swap."""
        level_name = self.digest["DIGEST_STRICT_LEVEL"].upper()
        problems = self.log.problems(LEVELS[level_name], self.seed_problems)
        if self.digest["DIGEST_STRICT"] and problems:
            outcome = self.outcome() + "."
            text = summary(problems, level_name, outcome)
            logger.error(text)  # one line a problem: no argument to escape
            headline = text.splitlines()[0].removesuffix(":")
            raise StrictBuildError(f"{headline}, listed above. {outcome}", problems)
        site = self.staging.folder if self.staging else self.output
        if self.digest["DIGEST_SEARCH"]:
            shard = self.digest["DIGEST_SEARCH_SHARD_PAGES"]
            facts = self.cache / SEARCH_PAGES_RECORD if self.reuse else None
            pages = index_site(site, self.project, self.reuse, shard, facts=facts)
            logger.info("search: Pagefind indexed %d pages", pages)
        if self.reuse:
            self.reuse.save()
            logger.info(
                "pages: %d reused from the previous build, %d rendered",
                self.reuse.reused,
                self.reuse.rendered,
            )
        inputs = None
        if self.staging:
            with self.guard.held():
                old = self.staging.swap()
                self.swapped = True
                if old is not None:
                    self.staging.retire(old)
            if self.check:
                inputs = self.check.inputs_kept(self.ledgers)
        found = self.content_cache()
        if found and self.settings["CACHE_CONTENT"]:
            cache.record(*found)
        if self.removal:  # deleting a hard link changes its file's times
            self.removal.wait()
        if self.check and inputs is not None:
            problems = self.log.problems(logging.WARNING, self.seed_problems)
            self.check.remember(inputs, self.articles, len(problems))

    def abort(self) -> None:
        if self.staging:
            self.staging.discard()

    def outcome(self) -> str:
        """What the output folder holds now, for the editor."""
        if not self.staging:
            return f"{self.output} holds this build (DIGEST_ATOMIC_OUTPUT is off)"
        if self.swapped:
            return f"{self.output} holds the new site"
        return f"{self.output} was left as it was"

    def failure(self, error: BaseException) -> BaseException:
        """What a failed build raises: the error itself, or one that tells
        the editor what the output folder holds (interrupts, full disk)."""
        if isinstance(error, KeyboardInterrupt):
            error = Interrupted(signal.SIGINT)
        if isinstance(error, Interrupted):
            logger.error("build stopped by %s: %s", error.name, self.outcome())
        elif isinstance(error, OSError) and error.errno in NO_ROOM:
            where = self.staging.folder if self.staging else self.output
            written = f" (writing {error.filename})" if error.filename else ""
            return OutputError(
                f"no space left on the device of {where}{written}: free some "
                f"space and build again; {self.outcome()}"
            )
        return error

    def end(self) -> None:
        self.log.detach()
        signals.article_generator_finalized.disconnect(self.collect)
        signals.get_writer.disconnect(self.writer)
        self.settings.update(self.saved)
        self.pelican.output_path = self.saved["OUTPUT_PATH"]
