"""The whole build's up-to-date check: a build whose inputs and output are
as the last successful build left them is not run at all.

Before Pelican runs, :mod:`.session` asks :class:`UpToDate` whether the
last build recorded the same inputs and the same output. The inputs
(:mod:`.inputs`) are the settings (digested as page keys digest them), the
reading cache's fingerprint (the libraries' and the entity model's versions,
the taxonomy), the versions of the other packages a page goes through, the
files of the code, the plugin folders, the theme and the templates that
override it, ``content/``, ``pagefind.yml``, the bytes of
every seed, content and static file Pelican would read, and the seed
ledgers. The output is every entry of ``output/`` as the build left it: a
file deleted, added or edited there makes the build run. When both are the
same, one line is logged and Pelican does not run.

The record (``cache/newsdigest/build.json``) is removed when a build runs
and written again only after its swap, and only if the files it read are,
after the build, what they were before it, each seed ledger being as the
build read it or as it wrote it (with no seed added in memory only): an
edit made during a build is seen by the next one. The settings are
digested once for a Pelican object, when it is initialized
(:func:`given_digest`): Pelican completes some of them as it runs
(``MARKDOWN``'s extensions), so that a second run of the same object
(``pelican --autoreload``) would see other settings than the first.
A record that is missing, corrupt or of another version, or that cannot be
written, costs a build, never a wrong skip.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pelican.log import console

from ..safefiles import read_build_record, write_replacing
from ..seeds.ledger import LEDGER_NAME, Ledger, dump_ledger
from ..seeds.places import Places
from ..seeds.reuse import reading_fingerprint
from ..settings import digest_settings
from ..tagging.setup import project_path
from .fingerprint import digest_settings as settings_fingerprint
from .inputs import (
    Files,
    Manifest,
    Walk,
    files_digest,
    output_kept,
    output_manifest,
    settings_digest,
)
from .writer import PER_BUILD_SETTINGS, site_digest

logger = logging.getLogger(__name__)

VERSION = 1
# About 70 bytes an entry of output/: some 4 MB at 10,000 articles.
MAX_RECORD_BYTES = 500_000_000
# Paths of the output folder's entries, joined: none may leave it.
OUTSIDE = re.compile(r"(?:^|\0)/|(?:^|/|\0)\.\.(?:/|\0|$)")
RECORD_KEYS = frozenset({"version", "inputs", "output", "articles", "problems"})
HEX = re.compile(r"[0-9a-f]{64}")
# Where Pelican walks for content, and the setting that excludes folders.
WALKS = (
    ("ARTICLE_PATHS", "ARTICLE_EXCLUDES"),
    ("PAGE_PATHS", "PAGE_EXCLUDES"),
    ("STATIC_PATHS", "STATIC_EXCLUDES"),
)
# In the project: Pagefind's options (.pagefind).
PROJECT_FILES = ("pagefind.yml",)


def given_digest(settings: dict[str, Any]) -> str:
    """What a Pelican object is given: its settings (as page keys digest
    them), the reading cache's fingerprint, the packages' versions. What
    files these read (code, taxonomy) :meth:`UpToDate.files` digests too."""
    given = settings_fingerprint(settings, PER_BUILD_SETTINGS).hex()
    return settings_digest((given, reading_fingerprint(settings)))


class UpToDate:
    """The check for one build: :meth:`unchanged` before Pelican runs,
    :meth:`remember` after the swap. ``given`` is the Pelican object's
    :func:`given_digest`; ``folders`` are those the site's digest reads
    (:func:`.writer.site_digest`: code, theme, ``content/``)."""

    def __init__(
        self,
        settings: dict[str, Any],
        given: str,
        output: Path,
        record: Path,
        folders: list[Path],
    ) -> None:
        self.settings, self.output, self.record = settings, output, record
        self.given = f"{given} {output}"
        # And the folders of plugins and of templates that override the theme's.
        extra = list(settings.get("PLUGIN_PATHS") or [])
        extra += settings.get("THEME_TEMPLATES_OVERRIDES") or []
        self.folders = [*folders, *(Path(os.path.abspath(path)) for path in extra)]
        self.content = os.path.abspath(settings["PATH"])
        self.before: Files | None = None
        project = Path(self.content).parent
        inside = output.is_relative_to(project)
        self.shown = f"{output.relative_to(project)}/" if inside else str(output)

    def files(self) -> Files:
        """The files the build reads, digested as they are now."""
        walks = [
            Walk.of(self.content, entry, self.settings.get(excludes) or [])
            for paths, excludes in WALKS
            for entry in self.settings.get(paths) or []
        ]
        places = Places.from_settings(self.settings)
        taxonomy = digest_settings(self.settings)["DIGEST_TAXONOMY"]
        files = [places.project / name for name in PROJECT_FILES]
        files.append(project_path(self.settings, taxonomy))
        ledgers = [folder / LEDGER_NAME for folder in places.seeds]
        # The site's digest of no settings: the folders' files alone.
        folders = site_digest({}, self.folders)
        return files_digest(folders, walks, files, ledgers)

    def output_manifest(self) -> Manifest:
        retained = self.settings.get("OUTPUT_RETENTION") or []
        return output_manifest(self.output, retained)

    def unchanged(self) -> bool:
        """Whether the last build recorded these inputs and this output (and
        says so); otherwise the record is removed, as the build runs."""
        self.before = self.files()
        record = read_record(self.record)
        if record is None or record.inputs != self.before.digest(self.given):
            forget(self.record)
            return False
        if not output_kept(self.output, record.output):
            logger.info(
                "%s: changed since the last build (a file added, deleted or "
                "edited there): the site is built again",
                self.shown,
            )
            forget(self.record)
            return False
        problems = ""
        if record.problems:
            problems = f"; its {record.problems} problems are not logged again"
        logger.info(
            "Nothing changed since the last build: %s kept as it is (%d articles%s)",
            self.shown,
            record.articles,
            problems,
        )
        # What a build that ran prints last, whatever the log level.
        console.print(f"Done: nothing changed, {self.shown} is up to date.")
        return True

    def inputs_kept(self, ledgers: Mapping[Path, Ledger]) -> str | None:
        """After the swap: the digest of the files the build read, if they
        are still what they were before it (``ledgers``: the build's seed
        ledgers); None, said, if not (the next build runs in full)."""
        after = self.files()
        kept = all(
            self._ledger_kept(Path(path), found, ledgers)
            for path, found in after.ledgers.items()
        )
        if after.fixed != self.before.fixed or not kept:
            logger.info("inputs changed during the build: the next one runs in full")
            return None
        return after.digest(self.given)

    def remember(self, inputs: str, articles: int, problems: int) -> None:
        """Record this build: the digest :meth:`inputs_kept` gave and the
        output's entries as they are now (the old site deleted: deleting a
        hard link changes the times of the file it shares)."""
        Record(inputs, self.output_manifest(), articles, problems).save(self.record)

    def _ledger_kept(
        self, path: Path, found: str, ledgers: Mapping[Path, Ledger]
    ) -> bool:
        """Whether a seed ledger holds what the build read or wrote, with no
        seed added in memory only (a ledger that could not be written)."""
        kept = {self.before.ledgers[str(path)]}
        ledger = ledgers.get(path.parent)
        if ledger is not None:
            if ledger.changed:
                return False
            if not ledger.error:
                text = dump_ledger(ledger.records).encode()
                kept.add(hashlib.sha256(text).hexdigest())
        return found in kept


@dataclass(frozen=True)
class Record:
    """What the last successful build left: its inputs' digest, the entries
    of its output, how many articles it made and how many problems it logged."""

    inputs: str
    output: Manifest
    articles: int
    problems: int

    def save(self, path: Path) -> None:
        """Write the record (atomically); a failure is only logged."""
        names, numbers = "\0".join(self.output.names), self.output.numbers
        fields = {
            "version": VERSION,
            "inputs": self.inputs,
            "output": {"names": names, "numbers": numbers},
            "articles": self.articles,
            "problems": self.problems,
        }
        text = json.dumps(fields)
        try:
            write_replacing(path, text + "\n")
        except OSError as error:
            logger.warning(
                "%s: cannot be written (%s): the next build runs in full",
                path,
                error.strerror,
            )


def read_record(path: Path) -> Record | None:
    """The record at ``path``, or None if it is missing or not exactly the
    shape :meth:`Record.save` writes."""
    return read_build_record(path, MAX_RECORD_BYTES, _record, "the site is built")


def _record(data: Any) -> Record | None:
    manifest = _manifest(data)
    if manifest is None:
        return None
    return Record(data["inputs"], manifest, data["articles"], data["problems"])


def _manifest(data: Any) -> Manifest | None:
    """The output's manifest of a record of exactly the shape written, else
    None; a number that is no integer only fails to match its entry
    (checking 300,000 of them would cost 0.1 s)."""
    if not _valid(data):
        return None
    output = data["output"]
    manifest = Manifest(output["names"].split("\0"), output["numbers"])
    return manifest if manifest.fits() else None


def _valid(data: Any) -> bool:
    output = data.get("output") if isinstance(data, dict) else None
    return (
        isinstance(data, dict)
        and data.keys() == RECORD_KEYS
        and type(data["version"]) is int
        and data["version"] == VERSION
        and isinstance(data["inputs"], str)
        and HEX.fullmatch(data["inputs"]) is not None
        and isinstance(output, dict)
        and output.keys() == {"names", "numbers"}
        and isinstance(output["names"], str)
        and OUTSIDE.search(output["names"]) is None
        and isinstance(output["numbers"], list)
        and all(type(data[k]) is int and data[k] >= 0 for k in ("articles", "problems"))
    )


def forget(path: Path) -> None:
    """Remove the record: a build runs, and the output it leaves is not yet
    the one the record describes."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as error:
        logger.warning("%s: cannot be removed (%s)", path, error.strerror)
