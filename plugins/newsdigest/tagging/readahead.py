"""Seeds the entity model has not read yet, read ahead on every core.

Before the build reads its articles (``article_generator_init``), the
tagging plugin hands :func:`read_ahead` the seed files and the seed reader.
The seeds whose bytes this model has never read (a mark per seed in the
entity cache, :class:`ReadMarks`) are read in worker processes, each one as
the build reads it (parse, render, tags), which fills the model's span
cache; the build then reads every seed in its own process and finds the
model's answers there, without loading the model. The workers are forked
after the model is loaded, so they share its weights. A mark that lies, or a
worker that fails, costs time only: the build analyses what the cache lacks.
Nothing here imports Pelican.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ..safefiles import write_replacing
from .cache import CACHE_VERSION
from .ner import load_model

logger = logging.getLogger(__name__)
# Fewer seeds to read than this: forking and loading cost more than they save.
MIN_SEEDS = 8
CHUNK = 4  # seeds a worker reads between two looks at the queue


@dataclass(frozen=True)
class ReadMarks:
    """Which seed files (by their bytes) the model ``model`` (at ``version``)
    has read."""

    folder: Path
    model: str
    version: str

    def path(self, data: bytes) -> Path:
        digest = hashlib.sha256(f"{CACHE_VERSION}\0{self.version}\0".encode())
        digest.update(data)
        key = digest.hexdigest()
        return self.folder / "ner-read" / key[:2] / key

    def unread(self, paths: Iterable[str]) -> list[str]:
        """The seeds of ``paths`` without a mark (unreadable ones included)."""
        found = []
        for path in paths:
            try:
                if not self.path(Path(path).read_bytes()).is_file():
                    found.append(path)
            except OSError:
                found.append(path)
        return found

    def mark(self, path: str) -> None:
        try:
            write_replacing(self.path(Path(path).read_bytes()), "")
        except OSError:
            return


@dataclass(frozen=True)
class _Job:
    read: Callable[[str], object]
    marks: ReadMarks


_JOB: list[_Job] = []  # the job of this build, inherited by forked workers


def processes(wanted: int) -> int:
    """Worker processes: ``wanted``, or one per core this process may use."""
    cores = len(os.sched_getaffinity(0))
    return min(wanted, cores) if wanted > 0 else cores


def read_ahead(
    paths: list[str],
    read: Callable[[str], object],
    marks: ReadMarks,
    workers: int,
) -> int:
    """Read the unmarked seeds of ``paths`` with ``read`` in ``workers``
    processes sharing the model ``marks.model`` names; how many. This process
    loads the model for them and lets it go after."""
    unread = marks.unread(paths)
    if workers < 2 or len(unread) < MIN_SEEDS:
        return 0
    load_model(marks.model)
    logger.info("tags: %d seeds read ahead in %d processes", len(unread), workers)
    chunks = [unread[i : i + CHUNK] for i in range(0, len(unread), CHUNK)]
    _JOB.append(_Job(read, marks))
    pool = ProcessPoolExecutor(
        workers, multiprocessing.get_context("fork"), initializer=_quiet
    )
    try:
        for _ in pool.map(_read_chunk, chunks):
            pass
    except BrokenProcessPool:
        logger.warning("tags: a process reading ahead stopped; seeds read here")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _JOB.clear()
        load_model.cache_clear()
    return len(unread)


def _quiet() -> None:
    """A worker logs nothing (the build reports each seed once) and stops at
    once on Ctrl-C or SIGTERM (the build cleans up)."""
    logging.disable(logging.CRITICAL)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)


def _read_chunk(paths: list[str]) -> None:
    job = _JOB[0]
    for path in paths:
        try:
            job.read(path)
        except Exception:  # the build reads it again and says why
            continue
        job.marks.mark(path)
