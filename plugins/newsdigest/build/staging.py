"""Atomic output: build into a staging folder, then swap it for ``output/``.

The staging folder sits beside the output folder (same file system, so the
swap is two renames), named after the building process so that two builds
at once (``invoke livereload`` and ``pelican content``) do not collide. A
build that fails removes its staging folder and leaves the previous output
exactly as it was; a build that succeeds renames the old output aside,
renames the staging folder in, then deletes the old one. Entries named in
``OUTPUT_RETENTION`` (``.git``, ``CNAME``...) are carried over from the old
output first, as Pelican's own clean-up keeps them. Nothing here imports
Pelican.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path


class OutputError(OSError):
    """The output folder cannot be prepared or replaced; says which and why."""


@dataclass(frozen=True)
class Staging:
    """The real output folder and the folders a build uses beside it, named
    after the building process, so that two builds never share one."""

    output: Path
    pid: int = field(default_factory=os.getpid)

    @property
    def folder(self) -> Path:
        """Where the build writes."""
        return self._beside("staging", self.pid)

    @property
    def previous(self) -> Path:
        """Where the old output waits while the new one is renamed in."""
        return self._beside("previous", self.pid)

    def _beside(self, role: str, pid: int | str) -> Path:
        return self.output.with_name(f".{self.output.name}.{role}.{pid}")

    def clean_up(self) -> None:
        """Remove what builds that died left beside the output folder; an old
        output renamed aside by a build that died mid-swap is put back."""
        for role in ("previous", "staging"):
            for leftover in sorted(
                self.output.parent.glob(self._beside(role, "*").name)
            ):
                pid = leftover.name.rsplit(".", 1)[-1]
                if pid.isdigit() and int(pid) != self.pid and _alive(int(pid)):
                    continue
                if role == "previous" and not self.output.exists():
                    os.rename(leftover, self.output)
                else:
                    _remove(leftover)

    def prepare(self, retention: list[str]) -> Path:
        """An empty staging folder holding the retained entries; returns it."""
        if self.output.parent.is_dir():
            self.clean_up()
        try:
            self.folder.mkdir(parents=True)
        except OSError as error:
            raise OutputError(
                f"cannot create {self.folder} beside the output folder: "
                f"{error.strerror}"
            ) from None
        for name in retention:
            kept = self.output / name
            if kept.is_dir() and not kept.is_symlink():
                shutil.copytree(kept, self.folder / name, symlinks=True)
            elif kept.exists() or kept.is_symlink():
                shutil.copy2(kept, self.folder / name, follow_symlinks=False)
        return self.folder

    def swap(self) -> None:
        """Put the staged site in place of the output folder."""
        had_output = self.output.exists() or self.output.is_symlink()
        try:
            if had_output:
                os.rename(self.output, self.previous)
            os.rename(self.folder, self.output)
        except OSError as error:
            if had_output and not self.output.exists() and self.previous.exists():
                os.rename(self.previous, self.output)
            self.discard()
            raise OutputError(
                f"cannot replace {self.output} with the new site: {error.strerror} "
                "(a mount point cannot be swapped: set DIGEST_ATOMIC_OUTPUT = False "
                "to build in place)"
            ) from None
        _remove(self.previous)

    def discard(self) -> None:
        """Remove the staging folder; the output folder is not touched."""
        _remove(self.folder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def unsafe_output(output: Path, sources: list[Path]) -> Path | None:
    """A source folder the output folder holds or is, if any: such an output
    folder must never be renamed away.

    >>> unsafe_output(Path("/p/output"), [Path("/p/content"), Path("/p/seeds")])
    >>> unsafe_output(Path("/p"), [Path("/p/content")])
    PosixPath('/p/content')
    """
    for source in sources:
        if source == output or output in source.parents:
            return source
    return None
