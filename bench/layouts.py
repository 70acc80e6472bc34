"""The reader on synthetic pastes in the layouts of outlets it was not developed on.

    python bench/layouts.py            # hits per field over every layout
    python bench/layouts.py --misses   # and every miss, with what was read

The layouts are the tests' (``tests/outlet_layouts_fr.py``,
``tests/outlet_layouts_en.py``, then ``tests/outlet_layouts_more.py``, a
second set written once the rules the first called for were in): invented
stories printed in the shapes of outlets absent from the dev corpus;
``tests/test_seed_outlet_layouts.py`` checks each field.
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
from outlet_layouts_more import LAYOUTS_MORE

from bench.scoring import Tally
from newsdigest.seeds.parse import parse_seed

SETS = {
    "first set": (*LAYOUTS_FR, *LAYOUTS_EN),
    "second set": LAYOUTS_MORE,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    tallies = {name: {field: Tally() for field in FIELDS} for name in SETS}
    for name, layouts in SETS.items():
        for layout in layouts:
            seed = parse_seed(layout.paste, f"{layout.shape}.txt")
            for field, (ok, want, got) in check(layout, seed).items():
                miss = f"{layout.shape}: want {want!r}, got {got!r}"
                tallies[name][field].add(ok, miss)
    header = "".join(f"{f'{name} ({len(SETS[name])})':>22}" for name in SETS)
    print(f"{'field':16}{header}")
    for field in FIELDS:
        row = "".join(f"{tallies[name][field]!s:>22}" for name in SETS)
        print(f"{field:16}{row}")
    if args.misses:
        for name, fields in tallies.items():
            for field, tally in fields.items():
                for miss in tally.misses:
                    print(f"[{name}] {field}: {miss}")


if __name__ == "__main__":
    main()
