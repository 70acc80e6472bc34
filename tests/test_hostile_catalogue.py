"""The catalogue of bad input, ``tests/HOSTILE_SEEDS.md``, lists exactly the
cases the tests run: each section names its module, whose ``CASES`` (seeds)
or ``CATALOGUE`` (name -> the test running it) it lists in order; every
module with a ``CATALOGUE`` has its section; there are at least 70 cases."""

from __future__ import annotations

import importlib
import inspect
import re

from conftest import ROOT

CATALOGUE_FILE = ROOT / "tests" / "HOSTILE_SEEDS.md"
SECTION = re.compile(r"^## .* \(`tests/(?P<module>test_\w+)\.py`\)$")
CELL = re.compile(r"(?<!\\)\|")


def sections() -> dict[str, list[str]]:
    """Each section's module and the first cell of its table's rows."""
    found: dict[str, list[str]] = {}
    module = None
    for line in CATALOGUE_FILE.read_text(encoding="utf-8").splitlines():
        if heading := SECTION.match(line):
            module = heading["module"]
            found[module] = []
        elif line.startswith("| ") and module and not line.startswith("| ---"):
            found[module].append(CELL.split(line)[1].strip().replace("\\|", "|"))
    return {name: rows[1:] for name, rows in found.items()}  # without "case"


def listed(module: object) -> list[str]:
    if hasattr(module, "CATALOGUE"):
        return list(module.CATALOGUE)
    return [case.id for case, _outcome in module.CASES]


def test_every_section_lists_its_modules_cases_in_order():
    for name, rows in sections().items():
        assert rows == listed(importlib.import_module(name)), name


def test_every_case_is_run_by_a_test_of_its_module():
    for name in sections():
        module = importlib.import_module(name)
        for case, test in getattr(module, "CATALOGUE", {}).items():
            assert inspect.isfunction(test), case
            assert test.__name__.startswith("test_"), case
            assert getattr(module, test.__name__) is test, case


def test_every_catalogued_module_has_its_section():
    modules = {
        path.stem
        for path in (ROOT / "tests").glob("test_*.py")
        if re.search(r"^CATALOGUE = ", path.read_text(encoding="utf-8"), re.M)
    }
    assert modules <= set(sections())


def test_the_catalogue_holds_at_least_70_cases():
    assert sum(len(rows) for rows in sections().values()) >= 70
