"""The reader on synthetic pastes in the layouts of outlets it was not developed on.

    python bench/layouts.py            # hits per field over every layout
    python bench/layouts.py --misses   # and every miss, with what was read
    python bench/layouts.py --habits   # every layout pasted as other apps paste it

The layouts are the tests' (``tests/outlet_layouts_fr.py``,
``tests/outlet_layouts_en.py``, then ``tests/outlet_layouts_more.py``, a
second set written once the rules the first called for were in, then
``tests/outlet_layouts_cms.py``, the shapes common news CMSs print): invented
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

from outlet_layouts import Layout, check
from outlet_layouts_cms import LAYOUTS_CMS
from outlet_layouts_en import LAYOUTS_EN
from outlet_layouts_fr import LAYOUTS_FR
from outlet_layouts_more import LAYOUTS_MORE

from bench.habits import HABITS
from bench.scoring import FIELDS, Tally
from newsdigest.seeds.parse import parse_seed

SETS = {
    "first set": (*LAYOUTS_FR, *LAYOUTS_EN),
    "second set": LAYOUTS_MORE,
    "CMS shapes": LAYOUTS_CMS,
}


def tallies_of(layouts: tuple[Layout, ...], habit: str = "as pasted") -> dict:
    """Hits per field over ``layouts`` pasted with ``habit``; without a site
    name, the source and section count when left empty or right."""
    tallies = {field: Tally() for field in FIELDS}
    for layout in layouts:
        paste = HABITS[habit](layout.paste, {"headline_in_text": layout.title})
        seed = parse_seed(paste, f"{layout.shape}.txt")
        for field, (ok, want, got) in check(layout, seed).items():
            left_empty = habit == "no site name" and field in ("source", "section")
            tallies[field].add(
                ok or (left_empty and got is None),
                f"{layout.shape}: want {want!r}, got {got!r}",
            )
    return tallies


def print_table(columns: dict[str, dict]) -> None:
    header = "".join(f"{name:>24}" for name in columns)
    print(f"{'field':16}{header}")
    for field in FIELDS:
        row = "".join(f"{tallies[field]!s:>24}" for tallies in columns.values())
        print(f"{field:16}{row}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--habits", action="store_true", help="each paste habit")
    args = parser.parse_args()
    if args.habits:
        everything = tuple(layout for layouts in SETS.values() for layout in layouts)
        print_table({habit: tallies_of(everything, habit) for habit in HABITS})
        return
    columns = {
        f"{name} ({len(layouts)})": tallies_of(layouts)
        for name, layouts in SETS.items()
    }
    print_table(columns)
    if args.misses:
        for name, tallies in columns.items():
            for field, tally in tallies.items():
                for miss in tally.misses:
                    print(f"[{name}] {field}: {miss}")


if __name__ == "__main__":
    main()
