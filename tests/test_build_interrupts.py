"""Ctrl-C means stop: ``pelican content`` and ``invoke publish`` interrupted at
random moments exit non-zero, leave ``output/`` a whole site (the old one or
the new one, never neither, never a mix) and push nothing, or the whole new
site when the signal came after the push (exit 0 only if it said "Published").

Each run is a real process sent a real signal, as a terminal sends it. The
moments are random (the seed is printed when a check fails) over the length
of an uninterrupted run measured in the same test. For ``pelican content``
they start once Pelican has read its settings (its first line on stderr):
before that, Python is importing Pelican, which our code cannot see (a
Ctrl-C there kills the process, exit -2, nothing written).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from build_support import project_copy, snapshot
from hostile_support import GOOD, synthetic
from markup_scan import assert_no_runnable_markup
from publish_support import QUICK, git, make_project, record_ledger, remote_branches

MOMENTS = 10
SEEDS = dict(list(GOOD.items())[:2])
NEW_SEED = {"essai-nouveau.txt": synthetic("Un essai arrivé après la première fois")}
BUILD = ["pelican", "content", "-e", "DIGEST_NER_ENABLED=false"]
SITE = {"DIGEST_SITEURL": "https://editor.github.io/revue"}


@dataclass
class Run:
    """A process, the lines it wrote and when (seconds from its start)."""

    process: subprocess.Popen
    project: Path
    started: float = field(default_factory=time.monotonic)
    lines: list[tuple[float, str]] = field(default_factory=list)
    first_line: threading.Event = field(default_factory=threading.Event)
    reader: threading.Thread | None = None

    def read(self) -> None:
        for line in self.process.stdout:
            self.lines.append((time.monotonic() - self.started, line))
            self.first_line.set()
        self.first_line.set()

    def wait(self) -> int:
        """The exit code, once every line is read (and the site it left
        scanned for runnable markup)."""
        code = self.process.wait(timeout=900)
        self.reader.join(timeout=30)
        assert_no_runnable_markup(self.project / "output")
        return code

    def at(self, text: str) -> float:
        """When a line holding ``text`` was written."""
        return next(moment for moment, line in self.lines if text in line)

    @property
    def output(self) -> str:
        return "".join(line for _moment, line in self.lines)


def start(project: Path, args: list[str], env: dict[str, str] | None = None) -> Run:
    """``python -m ARGS`` in the project, its stdout and stderr as one stream,
    with Ctrl-C handled as in a terminal: a signal this process ignores (a
    test run started in the background) would be ignored by the child too."""
    environ = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200", **(env or {})}
    ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    if ignored:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", *args],
            cwd=project,
            env=environ,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    finally:
        if ignored:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
    run = Run(process, project)
    run.reader = threading.Thread(target=run.read, daemon=True)
    run.reader.start()
    return run


def interrupt(run: Run, delay: float, signum: int = signal.SIGINT) -> bool:
    """Send ``signum`` ``delay`` seconds after the run's first line (Pelican
    has read its settings); False if the run had already ended or said it
    was done (a Ctrl-C while Python exits stops nothing)."""
    run.first_line.wait(timeout=300)
    time.sleep(delay)
    if run.process.poll() is not None or "Done: Processed" in run.output:
        return False
    run.process.send_signal(signum)
    run.wait()
    return True


def leftovers(project: Path) -> list[str]:
    """What a build left beside ``output/`` but old sites retired for the
    next build to delete (an interrupted build may have begun deleting one)."""
    found = project.glob(".output*")
    return sorted(p.name for p in found if not p.name.startswith(".output.retired."))


def test_sigint_at_random_moments_of_pelican_content(tmp_path):
    project = project_copy(tmp_path / "revue", SEEDS)
    assert start(project, BUILD).wait() == 0
    old = snapshot(project / "output")
    saved = tmp_path / "old-output"
    shutil.copytree(project / "output", saved, symlinks=True)
    for name, text in NEW_SEED.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    full = start(project, BUILD)
    assert full.wait() == 0, full.output
    new = snapshot(project / "output")
    assert new != old
    length = full.lines[-1][0] - full.lines[0][0]
    chance = random.Random()
    seed = chance.randrange(10**6)
    chance.seed(seed)
    outcomes = []
    while len(outcomes) < MOMENTS:
        shutil.rmtree(project / "output")
        shutil.copytree(saved, project / "output", symlinks=True)
        delay = chance.uniform(0, length)
        run = start(project, BUILD)
        if not interrupt(run, delay):
            continue  # this machine built faster than the measured run
        state = snapshot(project / "output")
        outcomes.append((round(delay, 3), run.process.returncode))
        where = f"moment {delay:.3f} s (random seed {seed}): {run.output[-600:]}"
        assert run.process.returncode != 0, where
        assert state in (old, new), where
        assert leftovers(project) == [], where
    print("SIGINT during pelican content (moment, exit code):", outcomes)


def test_sigterm_stops_a_build_like_ctrl_c(tmp_path):
    project = project_copy(tmp_path / "revue", SEEDS)
    assert start(project, BUILD).wait() == 0
    old = snapshot(project / "output")
    for name, text in NEW_SEED.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    run = start(project, BUILD)
    while not leftovers(project) and run.process.poll() is None:
        time.sleep(0.005)  # until the build has begun writing its staging folder
    run.process.send_signal(signal.SIGTERM)
    assert run.wait() == 128 + signal.SIGTERM, run.output
    assert "build stopped by SIGTERM: " in run.output
    assert snapshot(project / "output") == old
    assert leftovers(project) == []


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["INT", "TERM"])
def test_invoke_build_stops_on_a_signal(tmp_path, signum):
    """``invoke build`` runs Pelican in its own process: the same exit code."""
    project = project_copy(tmp_path / "revue", SEEDS)
    assert start(project, BUILD).wait() == 0
    old = snapshot(project / "output")
    for name, text in NEW_SEED.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    run = start(project, ["invoke", "build", "--", "-e", "DIGEST_NER_ENABLED=false"])
    while not leftovers(project) and run.process.poll() is None:
        time.sleep(0.005)  # until the build has begun writing its staging folder
    run.process.send_signal(signum)
    assert run.wait() == 128 + signum, run.output
    assert f"build stopped by {signal.Signals(signum).name}: " in run.output
    assert snapshot(project / "output") == old
    assert leftovers(project) == []


def test_sigint_at_random_moments_of_invoke_publish_pushes_nothing_or_the_whole_site(
    tmp_path,
):
    remote = tmp_path / "remote.git"
    project = make_project(tmp_path / "revue", SEEDS, remote)
    publish = ["invoke", "publish", "--", *QUICK]
    first = start(project, publish, SITE)
    assert first.wait() == 0, first.output
    length = first.at("[4/4]")
    published = git(remote, "rev-parse", "gh-pages")
    old = snapshot(project / "output")
    for name, text in NEW_SEED.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "--message", "Une graine de plus")
    record_ledger(project)
    chance = random.Random()
    seed = chance.randrange(10**6)
    chance.seed(seed)
    states, outcomes, pushed_trees = [], [], []
    while len(outcomes) < MOMENTS:
        delay = chance.uniform(0, length)
        run = start(project, publish, SITE)
        if not interrupt_from_start(run, delay):
            assert run.wait() == 0, run.output  # it ran to the end: published
            published = git(remote, "rev-parse", "gh-pages")
            continue
        where = f"moment {delay:.3f} s (random seed {seed}): {run.output[-600:]}"
        outcomes.append((round(delay, 3), run.process.returncode))
        # Exit 0 only when the signal came too late to stop anything: the
        # whole site was published (checked with the other pushes below).
        finished = run.process.returncode == 0
        assert not finished or "Published " in run.output, where
        assert remote_branches(remote) == ["gh-pages"], where
        now = git(remote, "rev-parse", "gh-pages")
        if now != published:  # the signal came after the push had landed
            assert "[4/4]" in run.output, where
            pushed_trees.append(git(remote, "rev-parse", "gh-pages^{tree}"))
            published = now
        states.append(snapshot(project / "output"))
    final = start(project, publish, SITE)
    assert final.wait() == 0, final.output
    new = snapshot(project / "output")
    for state in states:
        assert state in (old, new)
    # A push that landed before the signal carried the whole new site.
    assert set(pushed_trees) <= {git(remote, "rev-parse", "gh-pages^{tree}")}
    print("SIGINT during invoke publish (moment, exit code):", outcomes)


def interrupt_from_start(run: Run, delay: float) -> bool:
    """Send SIGINT ``delay`` seconds after the process started."""
    time.sleep(max(0.0, delay - (time.monotonic() - run.started)))
    if run.process.poll() is not None:
        return False
    run.process.send_signal(signal.SIGINT)
    run.wait()
    return True


CATALOGUE = {
    "Ctrl-C at 10 random moments of pelican content": (
        test_sigint_at_random_moments_of_pelican_content
    ),
    "SIGTERM during a build": test_sigterm_stops_a_build_like_ctrl_c,
    "Ctrl-C or SIGTERM during invoke build": test_invoke_build_stops_on_a_signal,
    "Ctrl-C at 10 random moments of invoke publish": (
        test_sigint_at_random_moments_of_invoke_publish_pushes_nothing_or_the_whole_site
    ),
}
