"""The reader on page layouts it was not developed on: invented stories pasted
in the shapes of outlets absent from the dev corpus, each field checked.

``python3 -m pytest tests/test_seed_outlet_layouts.py -q`` names each miss as
``LAYOUT-FIELD``; the layouts are in ``outlet_layouts_fr.py``,
``outlet_layouts_en.py``, ``outlet_layouts_more.py`` and
``outlet_layouts_cms.py``; ``python3
bench/layouts.py`` prints the score of each set.
"""

from __future__ import annotations

import pytest
from outlet_layouts import check
from outlet_layouts_cms import LAYOUTS_CMS
from outlet_layouts_en import LAYOUTS_EN
from outlet_layouts_fr import LAYOUTS_FR
from outlet_layouts_more import LAYOUTS_MORE

from bench.scoring import FIELDS
from newsdigest.seeds.parse import parse_seed

ALL = (*LAYOUTS_FR, *LAYOUTS_EN, *LAYOUTS_MORE, *LAYOUTS_CMS)
LAYOUTS = {layout.shape: layout for layout in ALL}
CASES = [
    pytest.param(shape, name, id=f"{shape}-{name}")
    for shape in LAYOUTS
    for name in FIELDS
]
_RESULTS: dict[str, dict] = {}


def results(shape: str) -> dict:
    if shape not in _RESULTS:
        layout = LAYOUTS[shape]
        _RESULTS[shape] = check(layout, parse_seed(layout.paste, f"{shape}.txt"))
    return _RESULTS[shape]


def test_every_layout_names_a_distinct_outlet():
    assert len(LAYOUTS) == len(ALL)


@pytest.mark.parametrize(("shape", "name"), CASES)
def test_layout_field(shape, name):
    outcome = results(shape).get(name)
    if outcome is None:
        pytest.skip("not scored for this layout")
    ok, want, got = outcome
    assert ok, f"want {want!r}, got {got!r}"
