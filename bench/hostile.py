"""How long hostile seeds take: refusal of huge files, parse and build near the limit.

    python bench/hostile.py

Prints, for synthetic seeds made here (they report no news):
* the time to refuse a 20 MB seed and a 5 MB single line (never read);
* the reader's parse time (decode + parse) for growing seeds, as one long
  line and as many paragraphs, up to DIGEST_MAX_SEED_BYTES, with the time per
  100 kB, to show that it grows linearly;
* a full site build (``conftest.build``: no language model, no search) for the
  largest accepted seeds, the worst being tens of thousands of one-line
  paragraphs (markupsafe's ``striptags``, used on the whole body by the site
  and cross-link plugins, is quadratic in the number of tags).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from conftest import build

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


def main() -> None:
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


if __name__ == "__main__":
    main()
