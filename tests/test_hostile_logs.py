"""File names cannot forge log lines: a newline, a carriage return, an ANSI
escape, a C1 control or a right-to-left override in a seed's name is shown
escaped (``newsdigest.logsafe.shown``) in every message, ours and Pelican's,
in the console and in strict mode's summary. Each case is a row of
``tests/HOSTILE_SEEDS.md``.

Each hostile name is given to an empty seed, so that the reader rejects it
and names it; before, the name printed whatever lines it held.
"""

from __future__ import annotations

import pytest
from build_support import NO_NER, pelican, project_copy
from conftest import build
from hostile_support import GOOD
from rich.console import Console

from newsdigest.build.problems import StrictBuildError
from newsdigest.publishing.seedtable import SeedRow, table

FORGED = "ERROR    faux.txt:1: ligne forgée"
# fmt: off
NAMES = {
    "newline in a file name": ("vide\n" + FORGED + ".txt", "vide\\n" + FORGED + ".txt"),
    "carriage return in a file name": ("vide\r" + FORGED + ".txt", "vide\\r" + FORGED + ".txt"),
    "ANSI escape in a file name": ("vide\x1b[2J\x1b[31mrouge.txt", "vide\\x1b[2J\\x1b[31mrouge.txt"),
    "C1 control (CSI) in a file name": ("vide\x9b2Jcsi.txt", "vide\\x9b2Jcsi.txt"),
    "right-to-left override in a file name": ("vide\u202etxt.exe.txt", "vide\\u202etxt.exe.txt"),
}
# fmt: on
UNSAFE = ("\n", "\r", "\x1b", "\x9b", "\u202e")


@pytest.mark.parametrize(("name", "escaped"), NAMES.values(), ids=list(NAMES))
def test_a_hostile_file_name_is_shown_escaped(tmp_path, name, escaped):
    site = build(tmp_path, {**dict(list(GOOD.items())[:1]), name: ""})
    messages = [record.getMessage() for record in site.records]
    assert [m for m in messages if any(char in m for char in UNSAFE)] == []
    errors = [m for m in site.errors() if not m.startswith("Could not process")]
    assert errors == [f"seeds/{escaped}:1: the file is empty: paste an article into it"]


def test_strict_mode_lists_each_hostile_name_on_one_line(tmp_path):
    seeds = {**dict(list(GOOD.items())[:1]), **{name: "" for name, _ in NAMES.values()}}
    with pytest.raises(StrictBuildError) as failure:
        build(tmp_path, seeds, {"DIGEST_STRICT": True})
    assert str(failure.value).startswith("strict build failed: 5 problems")
    assert sorted(problem.message for problem in failure.value.problems) == sorted(
        f"seeds/{escaped}:1: the file is empty: paste an article into it"
        for _, escaped in NAMES.values()
    )


def test_the_console_shows_no_forged_line(tmp_path):
    seeds = {**dict(list(GOOD.items())[:1]), **{name: "" for name, _ in NAMES.values()}}
    project = project_copy(tmp_path / "revue", seeds)
    done = pelican(project, {**NO_NER, "DIGEST_STRICT": "true"})
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert not any(char in said for char in ("\r", "\x1b", "\x9b", "\u202e"))
    lines = said.splitlines()
    assert not any(line.lstrip().startswith(FORGED) for line in lines)
    # the reader's error, Pelican's "Could not process" and the strict summary
    assert sum("vide\\n" + FORGED in line for line in lines) == 3


def test_the_seed_table_shows_markup_and_controls_as_text():
    """``invoke seeds`` prints a Rich table: seed text in it is not Rich
    markup (a title with ``[/]`` crashed the task) nor terminal control."""
    title = "Un titre [/] [bold]gras[/bold] [link=https://evil.example]clic[/link]"
    row = SeedRow(
        file="seeds/a\nb.txt",
        fields={"title": title, "source": "\x1b[31mRouge"},
        warnings=("seeds/a\nb.txt:3: date: '[/]' is not a date; value ignored",),
    )
    console = Console(record=True, width=400, color_system=None)
    console.print(table([row]))
    printed = console.export_text()
    for shown in (title, "\\x1b[31mRouge", "seeds/a\\nb.txt", "'[/]' is not a date"):
        assert shown in printed
    assert "\x1b" not in printed


CATALOGUE = {
    **{case: test_a_hostile_file_name_is_shown_escaped for case in NAMES},
    "hostile file names in strict mode's list": (
        test_strict_mode_lists_each_hostile_name_on_one_line
    ),
    "Rich markup and controls in the seed table (invoke seeds)": (
        test_the_seed_table_shows_markup_and_controls_as_text
    ),
}
