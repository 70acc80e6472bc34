"""The reader on synthetic pastes in the layouts of outlets it was not developed on.

    python bench/layouts.py            # hits per field over every layout
    python bench/layouts.py --misses   # and every miss, with what was read

The layouts are the tests' (``tests/outlet_layouts_fr.py``,
``tests/outlet_layouts_en.py``): invented stories printed in the shapes of
outlets absent from the dev corpus; ``tests/test_seed_outlet_layouts.py``
checks each field.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from outlet_layouts import FIELDS, check
from outlet_layouts_en import LAYOUTS_EN
from outlet_layouts_fr import LAYOUTS_FR

from bench.scoring import Tally
from newsdigest.seeds.parse import parse_seed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    tallies = {name: Tally() for name in FIELDS}
    for layout in (*LAYOUTS_FR, *LAYOUTS_EN):
        seed = parse_seed(layout.paste, f"{layout.shape}.txt")
        for name, (ok, want, got) in check(layout, seed).items():
            tallies[name].add(ok, f"{layout.shape}: want {want!r}, got {got!r}")
    print(f"{'field':16} layouts ({len(LAYOUTS_FR)} French, {len(LAYOUTS_EN)} English)")
    for name, tally in tallies.items():
        print(f"{name:16} {tally}")
    if args.misses:
        for name, tally in tallies.items():
            for miss in tally.misses:
                print(f"{name}: {miss}")


if __name__ == "__main__":
    main()
