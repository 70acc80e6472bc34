"""Where seeds and content live, and what in a seed folder is not a seed.

A seed folder is an ``ARTICLE_PATHS`` entry outside the content folder
(``PATH``): ``seeds/``. Only the seed reader reads there, and only seeds: a
visible file named ``*.txt`` (``DIGEST_SEED_EXTENSIONS``), not ``README*``.
Every other file in a seed folder is refused with a message naming it
(:func:`not_seeds`), whether or not Pelican has a reader for it, except the
seed ledger and the files git and file managers keep in any folder
(``.gitkeep``, ``.DS_Store``...). Nothing here imports Pelican.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..settings import digest_settings
from .ledger import LEDGER_NAME, Ledger

OUTSIDE_SEEDS = "not read: seeds are read from seeds/ only (move it there)"
# Files git and file managers keep in any folder, which a seed folder may
# hold besides seeds (and the seed ledger at its top).
HOUSEKEEPING = frozenset(
    {
        ".gitkeep",
        ".gitignore",
        ".gitattributes",
        ".DS_Store",
        "Thumbs.db",
        "desktop.ini",
    }
)


@dataclass(frozen=True)
class Places:
    """The project's folders, as the settings place them."""

    project: Path
    content: Path
    seeds: tuple[Path, ...]
    curated: Path
    extensions: frozenset[str]

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Places:
        content = Path(os.path.abspath(settings.get("PATH") or "content"))
        seeds = []
        for entry in settings.get("ARTICLE_PATHS") or []:
            folder = Path(os.path.abspath(content / entry))
            if not folder.is_relative_to(content):
                seeds.append(folder)
        digest = digest_settings(settings)
        extensions = digest["DIGEST_SEED_EXTENSIONS"]
        return cls(
            project=content.parent,
            content=content,
            seeds=tuple(seeds),
            curated=content / digest["DIGEST_CURATED_PATH"],
            extensions=frozenset("." + e.lstrip(".").lower() for e in extensions),
        )

    @functools.cached_property
    def seed_roots(self) -> tuple[tuple[Path, str], ...]:
        """Each seed folder, and its path as text (compared as text: a path
        is read for every seed, several times a build)."""
        return tuple((folder, str(folder)) for folder in self.seeds)

    def seed_folder(self, path: str | Path) -> Path | None:
        """The seed folder a path was found in (links not followed)."""
        found = self._under_seed_folder(os.path.abspath(path))
        return found[0] if found else None

    def key(self, path: str | Path) -> str:
        """A seed's path under its seed folder: its key in the ledger."""
        absolute = os.path.abspath(path)
        found = self._under_seed_folder(absolute)
        return found[1] if found else absolute

    def _under_seed_folder(self, absolute: str) -> tuple[Path, str] | None:
        """The first seed folder holding ``absolute``, and the path under it."""
        for folder, root in self.seed_roots:
            relative = path_under(absolute, root)
            if relative is not None:
                return folder, relative
        return None

    @functools.cached_property
    def bases(self) -> tuple[Path, ...]:
        """The folders files are named from: the project, then each seed
        folder's parent."""
        return (self.project, *(folder.parent for folder in self.seeds))

    @functools.cached_property
    def base_texts(self) -> tuple[str, ...]:
        """:attr:`bases` as text (compared as text, as :attr:`seed_roots`)."""
        return tuple(str(base) for base in self.bases)

    def name(self, path: str | Path) -> str:
        """A file as messages name it: from the project, else from its seed
        folder's parent (``seeds/a.txt``), else its own name."""
        absolute = os.path.abspath(path)
        for base in self.base_texts:
            relative = path_under(absolute, base)
            if relative is not None:
                return relative
        return os.path.basename(absolute)

    def seed_path(self, source: str, seed: str | None = None) -> Path | None:
        """The seed an article comes from: its own file when it is in a seed
        folder, else (a curated post) the seed its ``Seed:`` line names."""
        if self.seed_folder(source):
            return Path(os.path.abspath(source))
        bases = self.bases if seed else ()
        candidates = (Path(os.path.abspath(base / str(seed))) for base in bases)
        return next((path for path in candidates if self.seed_folder(path)), None)

    def curated_post(self, path: str | Path) -> Path:
        """Where ``invoke curate`` writes a seed's post: its path under the
        seed folder, as ``.md`` under the curated folder."""
        return (self.curated / self.key(path)).with_suffix(".md")

    def is_seed(self, path: str | Path) -> bool:
        """Whether a file of a seed folder is a seed the reader reads."""
        relative = PurePosixPath(self.key(path))
        return (
            relative.suffix in self.extensions
            and not any(part.startswith(".") for part in relative.parts)
            and not relative.name.upper().startswith("README")
        )

    def refusal(self, path: str | Path) -> str | None:
        """Why a file of a seed folder is not read, or None for a seed."""
        relative = PurePosixPath(self.key(path))
        if (
            self.is_seed(path)
            or str(relative) == LEDGER_NAME
            or relative.name in HOUSEKEEPING
        ):
            return None
        seed_like = relative.suffix.lower() in self.extensions
        if relative.name.upper().startswith("README"):
            return "a README is not read as a seed: move it out of the seed folder"
        if relative.name.startswith("."):
            return "a hidden file is not read as a seed"
        if seed_like:
            return (
                f"not read: seeds are named *{min(self.extensions)} in lower case: "
                f"rename it {relative.stem}{relative.suffix.lower()}"
            )
        return (
            f"not a seed: only {', '.join(sorted(self.extensions))} files are "
            "read here (a saved web page or document: copy the article's text "
            "into a .txt file)"
        )


def path_under(absolute: str, root: str) -> str | None:
    """``absolute``'s path under ``root`` (both absolute and normal), with
    ``/`` between names, ``.`` for ``root`` itself, None outside it:
    ``Path.relative_to`` on text.

    >>> path_under("/s/a/b.txt", "/s"), path_under("/s", "/s")
    ('a/b.txt', '.')
    >>> path_under("/sa/b", "/s") is None
    True
    >>> path_under("/a.txt", "/")
    'a.txt'
    """
    if absolute == root:
        return "."
    prefix = root if root.endswith(os.sep) else root + os.sep
    if not absolute.startswith(prefix):
        return None
    return absolute[len(prefix) :].replace(os.sep, "/")


def not_seeds(places: Places) -> Iterator[tuple[Path, str]]:
    """Every file of the seed folders that is not a seed, with why (symbolic
    links to folders are not followed: the build excludes or reads them)."""
    for folder in places.seeds:
        for root, dirs, files in os.walk(folder):
            hidden = sorted(d for d in dirs if d.startswith("."))
            for name in hidden:
                yield Path(root, name), "a hidden folder is not read"
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                reason = places.refusal(Path(root, name))
                if reason:
                    yield Path(root, name), reason


def seed_files(places: Places) -> list[Path]:
    """Every seed of the seed folders, sorted (as ``invoke seeds`` lists them)."""
    return sorted(
        Path(root, name)
        for folder in places.seeds
        for root, dirs, files in os.walk(folder)
        if not any(
            part.startswith(".") for part in Path(root).relative_to(folder).parts
        )
        for name in files
        if places.is_seed(Path(root, name))
    )


def load_ledgers(places: Places, moment: dt.datetime) -> dict[Path, Ledger]:
    """The ledger of each seed folder (``error`` set on one that is refused)."""
    return {
        folder: Ledger.load(
            folder / LEDGER_NAME, places.name(folder / LEDGER_NAME), moment, folder
        )
        for folder in places.seeds
    }
