"""Strict mode, as the editor runs it: ``pelican content`` in a copy of the project.

A normal build publishes the good seeds and reports the bad one; a strict
build (``DIGEST_STRICT``, on in publishconf.py) exits with code 2, lists
every problem one a line, and leaves the previous ``output/`` as it was.
"""

from __future__ import annotations

import pytest
from build_support import NO_NER, pelican, project_copy, snapshot
from conftest import build
from hostile_support import GOOD, GOOD_PAGES, synthetic
from markup_scan import executable_markup

from newsdigest.build.problems import StrictBuildError

NORMAL = {**NO_NER, "SITEURL": '"https://example.org/revue"'}
STRICT = {**NORMAL, "DIGEST_STRICT": "true"}
LEVEL_ERROR = {**STRICT, "DIGEST_STRICT_LEVEL": '"ERROR"'}
HEADLINE_ONLY = "Un titre synthétique sans article\n"
WRONG_TYPES = synthetic("Un essai aux types faux", front="date: demain\ntags: 3\n")
HEADLINE_ERROR = (
    "ERROR    seeds/titre-seul.txt:1: only a headline: paste the article text under it"
)
TYPE_WARNINGS = (
    "WARNING  seeds/types.txt:2: date: 'demain' is not a date (write 2023-09-13 or "
    "2023-09-13 10:25); value ignored",
    "WARNING  seeds/types.txt:3: tags: expected a list such as [Russie, Corée du Nord] "
    "or 'a, b'; value ignored",
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Good seeds and one seed the reader rejects, built once normally."""
    seeds = {**GOOD, "titre-seul.txt": HEADLINE_ONLY}
    folder = project_copy(tmp_path_factory.mktemp("strict") / "projet", seeds)
    normal = pelican(folder, NORMAL)
    return folder, normal


def test_a_normal_build_publishes_the_good_seeds(project):
    folder, normal = project
    assert normal.returncode == 0, normal.stderr
    pages = sorted(
        str(page.relative_to(folder / "output"))
        for page in (folder / "output").glob("[12]*/*/*/*/index.html")
    )
    assert pages == sorted(GOOD_PAGES)
    assert "seeds/titre-seul.txt:1: only a headline" in normal.stdout + normal.stderr
    assert list((folder / "output" / "pagefind").glob("*/pagefind-entry.json"))
    assert executable_markup(folder / "output") == []


def test_a_strict_build_fails_lists_the_problem_and_keeps_the_output(project):
    folder, _normal = project
    before = snapshot(folder / "output")
    strict = pelican(folder, STRICT)
    said = strict.stdout + strict.stderr
    assert strict.returncode == 2
    assert (
        "strict build failed: 1 problem at WARNING or above (DIGEST_STRICT_LEVEL):"
        in said
    )
    assert HEADLINE_ERROR in said
    assert snapshot(folder / "output") == before
    assert [path.name for path in folder.glob(".output*")] == []


def test_a_strict_build_lists_every_problem_errors_first(project):
    folder, _normal = project
    (folder / "seeds" / "types.txt").write_text(WRONG_TYPES, encoding="utf-8")
    try:
        strict = pelican(folder, STRICT)
    finally:
        (folder / "seeds" / "types.txt").unlink()
    said = strict.stdout + strict.stderr
    assert strict.returncode == 2
    assert "strict build failed: 3 problems at WARNING or above" in said
    summary = said[said.index("strict build failed") :]
    positions = [summary.index(line) for line in (HEADLINE_ERROR, *TYPE_WARNINGS)]
    assert positions == sorted(positions)


def test_strict_level_error_lets_warnings_pass(project):
    folder, _normal = project
    (folder / "seeds" / "titre-seul.txt").rename(folder / "titre-seul.txt")
    (folder / "seeds" / "types.txt").write_text(WRONG_TYPES, encoding="utf-8")
    try:
        passed = pelican(folder, LEVEL_ERROR)
    finally:
        (folder / "seeds" / "types.txt").unlink()
        (folder / "titre-seul.txt").rename(folder / "seeds" / "titre-seul.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    # No date printed: dated by when the seed was first added, not refused.
    assert len(list((folder / "output").glob("*/*/*/un-essai-aux-types-faux"))) == 1
    failed = pelican(folder, LEVEL_ERROR)
    said = failed.stdout + failed.stderr
    assert failed.returncode == 2
    assert "strict build failed: 1 problem at ERROR or above" in said
    assert HEADLINE_ERROR in said
    assert "WARNING  seeds/" not in said


def test_strict_lists_seed_warnings_the_log_held_back(tmp_path):
    """Pelican prints five warnings of a kind, then one "more" line; the
    strict summary still lists each one."""
    seeds = {
        f"essai-{n}.txt": synthetic(f"Un essai numéro {n}", front="tags: 3\n")
        for n in range(8)
    }
    with pytest.raises(StrictBuildError) as failure:
        build(tmp_path, seeds, {"DIGEST_STRICT": True})
    messages = [problem.message for problem in failure.value.problems]
    assert [m for m in messages if "tags: expected a list" in m] == [
        f"seeds/essai-{n}.txt:2: tags: expected a list such as "
        "[Russie, Corée du Nord] or 'a, b'; value ignored"
        for n in range(8)
    ]
    assert len(messages) == 8  # an undated seed is no problem
    assert not (tmp_path / "output").exists()
    assert list(tmp_path.glob(".output*")) == []
