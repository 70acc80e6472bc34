"""Seeds the entity model has not read yet, read ahead in other processes.

Before the build reads its articles (``article_generator_init``), the
tagging plugin hands :func:`read_ahead` the seed files and the seed reader.
The seeds whose bytes this model has never read (a mark per seed in the
entity cache, :class:`ReadMarks`) are read in other processes, each one as
the build reads it (parse, render, tags), which fills the model's span
cache; the build then reads every seed in its own process and finds the
model's answers there, without loading the model. Many seeds (a cold
build): a worker a core, forked after the model is loaded so that they
share its weights, waited for. A few (a seed or two added): one process,
forked at once, loads the model itself while the build goes on; the build
waits for it only where it would load the model (:func:`.ner.settle`), and
its memory is gone before the build holds every article. A mark that lies,
or a process that fails, costs time only: the build analyses what the cache
lacks. Nothing here imports Pelican.
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
from functools import partial
from multiprocessing.process import BaseProcess
from pathlib import Path

from ..safefiles import write_replacing
from .cache import CACHE_VERSION
from .ner import elsewhere, load_model

logger = logging.getLogger(__name__)
# Fewer seeds to read than this: one process reads them while the build goes on.
MIN_SEEDS = 8
CHUNK = 4  # seeds a worker reads between two looks at the queue
STOPPED = "tags: a process reading ahead stopped; seeds read here"


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
    """Read the unmarked seeds of ``paths`` with ``read`` in other processes;
    how many. Fewer than MIN_SEEDS: in one process, left running. Else, with
    two ``workers`` or more: in that many, sharing the model ``marks.model``
    names, which this process loads for them and lets go after."""
    unread = marks.unread(paths)
    if not unread:
        return 0
    if len(unread) < MIN_SEEDS:
        _read_behind(unread, _Job(read, marks))
        return len(unread)
    if workers < 2:
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
        logger.warning(STOPPED)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _JOB.clear()
        load_model.cache_clear()
    return len(unread)


def _read_behind(paths: list[str], job: _Job) -> None:
    """Fork one process reading ``paths`` (it loads the model if they need
    it); the model's next load in this process waits for it first."""
    _JOB.append(job)
    try:
        process = multiprocessing.get_context("fork").Process(
            target=_read_alone, args=(paths,), daemon=True
        )
        process.start()
    finally:
        _JOB.clear()
    logger.info("tags: %d seeds read ahead in another process", len(paths))
    elsewhere(partial(_wait, process))


def _wait(process: BaseProcess) -> None:
    process.join()
    if process.exitcode:
        logger.warning(STOPPED)


def _quiet() -> None:
    """A worker logs nothing (the build reports each seed once) and stops at
    once on Ctrl-C or SIGTERM (the build cleans up)."""
    logging.disable(logging.CRITICAL)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, signal.SIG_DFL)


def _read_alone(paths: list[str]) -> None:
    _quiet()
    _read_chunk(paths)


def _read_chunk(paths: list[str]) -> None:
    job = _JOB[0]
    for path in paths:
        try:
            job.read(path)
        except Exception:  # the build reads it again and says why
            continue
        job.marks.mark(path)
