"""How long hostile seeds take: refusal of huge files, parse and build near the
limit, and 300 bad seeds among 1,000.

    python bench/hostile.py              # everything
    python bench/hostile.py --bad-seeds  # only the 1,000 seeds, 300 bad

Prints, for synthetic seeds made here (they report no news):
* the time to refuse a 20 MB seed and a 5 MB single line (never read);
* the reader's parse time (decode + parse) for growing seeds, as one long
  line and as many paragraphs, up to DIGEST_MAX_SEED_BYTES, with the time per
  100 kB, to show that it grows linearly;
* a full site build (``conftest.build``: no language model, no search) for the
  largest accepted seeds, the worst being tens of thousands of one-line
  paragraphs (markupsafe's ``striptags``, used on the whole body by the site
  and cross-link plugins, is quadratic in the number of tags);
* 1,000 seeds of which 300 are bad in 30 ways (``bench/badseeds.py``) against
  the 700 good ones alone (synthetic, ``bench/synthetic.py``): both build
  times (best of two, with the search index, no language model), their
  ratio, that every good one is published, and how many bad ones a strict
  build names.
"""

from __future__ import annotations

import argparse
import logging
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests"), str(ROOT)]

from conftest import build

from bench.badseeds import BAD_KINDS, bad_seeds, place_seeds
from bench.synthetic import synthetic_corpus
from newsdigest.build.problems import StrictBuildError
from newsdigest.seeds.decode import decode_seed
from newsdigest.seeds.files import read_guarded
from newsdigest.seeds.parse import parse_seed
from newsdigest.settings import DEFAULTS

LIMIT = DEFAULTS["DIGEST_MAX_SEED_BYTES"]
HEAD = "Le Quotidien Synthétique\nEssais\n\nUn essai de taille\n\n"
WORDS = (
    "conseil municipal budget annuel débat écoles routes maire quartier "
    "habitants projet travaux commune région vote séance"
).split()


def paragraph(number: int) -> str:
    pick = random.Random(number).choice
    return f"Paragraphe {number} : " + " ".join(pick(WORDS) for _ in range(40)) + "."


def tiny(number: int) -> str:
    return f"Ligne {number}."


def seed(size: int, separator: str, make=paragraph) -> bytes:
    parts, total, number = [], len(HEAD), 0
    while total < size:
        parts.append(make(number))
        total += len(parts[-1].encode()) + len(separator)
        number += 1
    return (HEAD + separator.join(parts) + "\n").encode()[:size]


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def refuse(data: bytes, folder: Path) -> float:
    path = folder / "huge.txt"
    path.write_bytes(data)

    def attempt() -> None:
        try:
            read_guarded(str(path), "seeds/huge.txt", LIMIT, None)
        except Exception as error:  # the SeedError is the expected outcome
            assert "MB" in str(error)

    return timed(attempt)


def parse(data: bytes) -> float:
    return timed(lambda: parse_seed(decode_seed(data, "x.txt")[0], "x.txt"))


def cpu_seconds() -> float:
    """CPU time of this process and its children (Pagefind): other work on a
    busy machine does not count, as it does in wall time."""
    return sum(
        usage.ru_utime + usage.ru_stime
        for usage in map(
            resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
        )
    )


def bad_among_good(good_count: int = 700, per_kind: int = 10) -> None:
    """The good seeds alone, then with ``per_kind`` bad seeds of each kind."""
    good = synthetic_corpus(good_count)
    bad = bad_seeds(per_kind)
    settings = {"DIGEST_SEARCH": True}
    print(f"\n{good_count + len(bad):,} seeds, {len(bad)} bad in {len(BAD_KINDS)} ways")
    logging.disable(logging.WARNING)
    runs = {"alone": (), "with bad": tuple(bad)}
    spent: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    pages: dict[str, list[str]] = {}
    for _round in range(2):
        for name, extra in runs.items():
            with tempfile.TemporaryDirectory() as folder:
                root = Path(folder)
                place_seeds(root / "seeds", list(extra))
                wall, cpu = time.perf_counter(), cpu_seconds()
                site = build(root, good, settings)
                spent[name].append((cpu_seconds() - cpu, time.perf_counter() - wall))
                pages[name] = site.article_paths()
    with tempfile.TemporaryDirectory() as folder:
        names = place_seeds(Path(folder) / "seeds", bad)
        try:
            build(Path(folder), good, {"DIGEST_STRICT": True})
            named = 0
        except StrictBuildError as failure:
            listed = " ".join(problem.message for problem in failure.problems)
            named = sum(f"seeds/{name}" in listed for name in names)
    logging.disable(logging.NOTSET)
    (alone, alone_wall), (mixed, mixed_wall) = (min(spent[name]) for name in runs)
    published = len(set(pages["alone"]) & set(pages["with bad"]))
    print(f"  {good_count} good alone: {alone:6.1f} s CPU ({alone_wall:.1f} s wall)")
    print(f"  with {len(bad)} bad:   {mixed:6.1f} s CPU ({mixed_wall:.1f} s wall)")
    print(f"  ratio (CPU, best of 2 each): {mixed / alone:.2f}; at most 1.5 wanted")
    print(f"  good seeds published: {published} of {len(pages['alone'])}")
    print(f"  bad seeds named by a strict build: {named} of {len(bad)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bad-seeds", action="store_true", help="only 1,000 seeds")
    if parser.parse_args().bad_seeds:
        bad_among_good()
        return
    with tempfile.TemporaryDirectory() as folder:
        print(f"refuse a 20 MB seed: {refuse(b'x' * 20_000_000, Path(folder)):.4f} s")
        print(f"refuse a 5 MB line:  {refuse(b'x ' * 2_500_000, Path(folder)):.4f} s")
    print(f"\nparse (limit {LIMIT / 1e6:.2f} MB)")
    print("   size   one line  s/100kB   paragraphs  s/100kB")
    for size in (50_000, 100_000, 200_000, 300_000, LIMIT - 1000):
        line, many = parse(seed(size, " ")), parse(seed(size, "\n\n"))
        per = 100_000 / size
        print(
            f"{size / 1e3:6.0f}kB  {line:7.2f}s  {line * per:6.2f}   "
            f"{many:8.2f}s  {many * per:6.2f}"
        )
    print("\nsite build (no model, no search)")
    shapes = (
        ("one line", " ", paragraph),
        ("paragraphs", "\n\n", paragraph),
        ("tiny paragraphs", "\n\n", tiny),
    )
    for name, separator, make in shapes:
        data = seed(LIMIT - 1000, separator, make)
        with tempfile.TemporaryDirectory() as folder:
            spent = timed(lambda d=data, f=folder: build(Path(f), {"big.txt": d}))
        print(f"  {len(data) / 1e3:.0f} kB, {name}: {spent:.1f} s")
    bad_among_good()


if __name__ == "__main__":
    main()
