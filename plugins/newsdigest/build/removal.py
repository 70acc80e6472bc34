"""Old sites deleted in a process of their own while the next build runs.

Deleting some 70,000 entries (10,000 articles) is one system call an entry.
On a thread of the build, each call handed Python's lock back and forth with
Pelican's work: at 10,000 articles the thread cost a rebuild about 7 s of
system time and 6 s of wall time, where ``rm -rf`` alone takes 2 s of system
time. So :class:`Removal` runs this file as a script (standard library only,
no import of the package, which would load Pelican; isolated, so that no
file beside it stands in for a standard module) in a child process, on the
other core. A tree another build deletes at the same time, or one that
cannot be deleted, is left to the next build; what could not be deleted is
written back, one line a tree, and logged. Nothing here imports Pelican.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TextIO

logger = logging.getLogger(__name__)


class Removal:
    """Old sites being deleted by a child process (started here). A build
    stopped by Ctrl-C does not wait for it: the child stops with it (same
    process group) or finishes alone."""

    def __init__(self, paths: list[Path]) -> None:
        self.process: subprocess.Popen[str] | None = None
        if not paths:
            return
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-I", __file__, *map(str, paths)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                text=True,
            )
        except OSError as error:
            logger.info("old sites not deleted (%s): next build", error.strerror)

    def wait(self) -> None:
        """Return once every old site is deleted or given up."""
        if self.process is None:
            return
        report, _ = self.process.communicate()
        log_not_deleted(report)


def remove_trees(paths: list[str], report: TextIO) -> None:
    """Delete each folder tree of ``paths``, going past entries deleted
    meanwhile; write ``path<TAB>reason`` for each that stays."""
    for path in paths:
        try:
            shutil.rmtree(path, onerror=_gone_already)
        except OSError as error:
            report.write(f"{path}\t{error.strerror or error}\n")


def log_not_deleted(report: str) -> None:
    """Log each tree :func:`remove_trees` reported as not deleted."""
    for line in report.splitlines():
        path, _, reason = line.partition("\t")
        logger.info("%s: not deleted (%s): next build", path, reason)


def _gone_already(function: object, path: str, error: tuple) -> None:
    """Let a removal go on past an entry another build deleted first."""
    if not isinstance(error[1], FileNotFoundError):
        raise error[1]


if __name__ == "__main__":
    remove_trees(sys.argv[1:], sys.stdout)
