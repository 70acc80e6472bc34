"""Atomic output: build into a staging folder, then swap it for ``output/``.

The staging folder sits beside the output folder (same file system, so the
swap is a rename), named after the building process so that two builds at
once (``invoke livereload`` and ``pelican content``) do not collide. A build
that fails removes its staging folder and leaves the previous output exactly
as it was; a build that succeeds exchanges the two folders in one step
(``renameat2(RENAME_EXCHANGE)``: at every moment ``output/`` is the whole old
site or the whole new one). Where the file system cannot exchange, the old
output is renamed aside and the new one renamed in; a build that dies
between the two renames leaves the old one aside, and the next build puts it
back. Entries named in ``OUTPUT_RETENTION`` (``.git``, ``CNAME``...) are
carried over from the old output first, as Pelican's own clean-up keeps
them.

The old site is not deleted at the end of the build that replaced it: it is
renamed ``.output.retired.<pid>.<n>`` and the next build that runs deletes
it in a process of its own while Pelican works (:mod:`.removal`). The old
site shares most files with the new one (hard links), so it holds little
room.

:func:`real_output` says what the output path is before anything is
written: a folder, nothing yet, or a symbolic link to a folder (the site is
written there, so that a web server serving the link's target serves the new
site); a file, a dangling link or a special file is refused. Nothing here
imports Pelican.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import shutil
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..safefiles import kind

logger = logging.getLogger(__name__)


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

    def retire(self, old: Path) -> None:
        """Rename the old site ``old`` (what :meth:`swap` returned) for a
        later build to delete (:meth:`retired`); delete it now if it cannot
        be renamed."""
        retired = self._beside("retired", f"{self.pid}.{time.monotonic_ns()}")
        try:
            os.rename(old, retired)
        except OSError:
            remove(old)

    def retired(self) -> list[Path]:
        """The old sites that earlier builds retired, any process's (none
        is used again once retired)."""
        pattern = self._beside("retired", "*").name
        return sorted(self.output.parent.glob(pattern))

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
                    remove(leftover)

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

    def swap(self) -> Path | None:
        """Put the staged site in place of the output folder; returns where
        the old site now is, for :meth:`retire` (None if there was none).
        Run it with stop signals held: in the fallback, two renames belong
        together."""
        try:
            return self._put_in_place()
        except OSError as error:
            self.discard()
            raise OutputError(
                f"cannot replace {self.output} with the new site: {error.strerror} "
                "(a mount point cannot be swapped: set DIGEST_ATOMIC_OUTPUT = False "
                "to build in place)"
            ) from None

    def _put_in_place(self) -> Path | None:
        if not self.output.is_dir():
            os.rename(self.folder, self.output)
            return None
        if exchange(self.folder, self.output):
            return self.folder
        os.rename(self.output, self.previous)
        try:
            os.rename(self.folder, self.output)
        except OSError:
            os.rename(self.previous, self.output)
            raise
        return self.previous

    def discard(self) -> None:
        """Remove the staging folder; the output folder is not touched."""
        remove(self.folder)


# renameat2(2) from the C library, where there is one (Linux, glibc 2.28+).
_LIBC = ctypes.CDLL(None, use_errno=True)
_RENAMEAT2 = getattr(_LIBC, "renameat2", None)
AT_FDCWD, RENAME_EXCHANGE = -100, 2
# What renameat2 says when this system or file system cannot exchange.
CANNOT_EXCHANGE = (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP)


def exchange(first: Path, second: Path) -> bool:
    """Swap two folders' names in one step; False where that is not possible."""
    if _RENAMEAT2 is None:
        return False
    done = _RENAMEAT2(
        AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE
    )
    if done == 0:
        return True
    number = ctypes.get_errno()
    if number in CANNOT_EXCHANGE:
        return False
    raise OSError(number, os.strerror(number), str(first), None, str(second))


def real_output(output: Path) -> Path:
    """The folder a build writes: ``output`` itself, or the folder a symbolic
    link there leads to. Raises OutputError for anything else.

    >>> real_output(Path("/nonexistent/output"))
    PosixPath('/nonexistent/output')
    """
    try:
        mode = os.lstat(output).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return output  # nothing there yet: the staging folder says what is wrong
    if stat.S_ISDIR(mode):
        return output
    if stat.S_ISLNK(mode):
        target = Path(os.path.realpath(output))
        if target.is_dir():
            return target
        found = "nothing (a dangling link)"
        if target.exists():
            found = kind(os.stat(target).st_mode)
        raise OutputError(
            f"the output folder {output} is a symbolic link to {target}, which is "
            f"{found}: point it at a folder, or remove it; nothing was built"
        )
    raise OutputError(
        f"the output folder {output} is {kind(mode)}, not a folder: move it "
        "away or set OUTPUT_PATH; nothing was built, nothing deleted"
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove(path: Path) -> None:
    """Delete a file, a link or a folder tree, if it is there."""
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
