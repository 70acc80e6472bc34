"""A hostile or unlucky taxonomy file: patterns that backtrack, encodings,
special files, a missing file. Each case builds a site with the case's
``content/taxonomy.yaml``; each is a row of ``tests/HOSTILE_SEEDS.md``.

*Refused* means: the build stops with a TaxonomyError naming the file (and
the line when one is to blame) and what to fix; no ``output/`` is written.
Every case runs under a deadline: before, a pattern could run for hours,
and a named pipe or ``/dev/zero`` in the taxonomy's place hung the build.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, build
from hostile_support import GOOD, deadline, synthetic

from newsdigest.tagging.patterns import PATTERN_SECONDS
from newsdigest.tagging.taxonomy import TaxonomyError

A_LINE = "a" * 60 + "!"
ESSAI = synthetic(
    "Un essai au jardin des patterns",
    [
        "Le jardin d'essai accueille une fusée de papier, qui ne décolle pas ; "
        "une seconde fusée attend son tour.",
        f"Une ligne entière de la même lettre suit : {A_LINE}",
    ],
)
SEEDS = {"essai.txt": ESSAI, **dict(list(GOOD.items())[:1])}
PAGE = "2024/03/05/un-essai-au-jardin-des-patterns/index.html"
# Pelican's content cache on: its key reads the taxonomy too.
CACHED = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
TAXONOMY = """\
blocklist: [NDLR]
tags:
  - name: Conquête spatiale
    kind: thème
    pattern: 'fusées?|satellites?'
"""


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(text.encode(encoding))

    return make


def _pattern(pattern: str) -> Callable[[Path], None]:
    return _text(TAXONOMY + f"  - name: Motif hostile\n    pattern: '{pattern}'\n")


def _missing(path: Path) -> None:
    pass


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _to_dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path) -> None:
    path.mkdir()


@dataclass(frozen=True)
class Case:
    """A taxonomy file and what the build makes of it: a refusal (``error``,
    ``{path}`` standing for the file), or tags on the essai's page and the
    errors logged."""

    id: str
    make: Callable[[Path], None]
    error: str = ""
    tags: tuple[str, ...] = ("Conquête spatiale",)
    logged: tuple[str, ...] = ()


SLOW = (
    f"{{path}}, line 7: pattern: '(a|a)*$' took more than {PATTERN_SECONDS:g} s on "
    "one article (it backtracks without end, like (a|a)*$): not applied in this "
    "build; simplify it"
)
# fmt: off
CASES = [
    Case("pattern (a+)+$ on a line of a's", _pattern("(a+)+$")),
    Case("pattern (\\w+\\s?)+ selon Poutine on the shipped seed", _pattern("(\\w+\\s?)+ selon Poutine")),
    Case("pattern that backtracks without end, (a|a)*$", _pattern("(a|a)*$"), logged=(SLOW,)),
    Case("pattern that is not a regular expression", _pattern("fusée("), error="{path}, line 7: pattern: missing ) at position 6"),
    Case("taxonomy in UTF-8 with BOM", _text(TAXONOMY, "utf-8-sig")),
    Case("taxonomy in UTF-16 with BOM", _text(TAXONOMY, "utf-16")),
    Case("taxonomy in UTF-16 without BOM", _text(TAXONOMY, "utf-16-le"), error="{path}, line 1: not UTF-8 (NUL bytes: UTF-16 without a byte-order mark?): save it as UTF-8"),
    Case("taxonomy in Latin-1", _text(TAXONOMY, "latin-1"), error="{path}, line 3: not UTF-8 (byte 0xea): save it as UTF-8"),
    Case("taxonomy in cp1252 (’)", _text(TAXONOMY.replace("thème", "thème\n    description: L’espace"), "cp1252"), error="{path}, line 3: not UTF-8 (byte 0xea): save it as UTF-8"),
    Case("taxonomy missing", _missing, error="{path}: no such file (DIGEST_TAXONOMY): create it (an empty file is an empty taxonomy) or set DIGEST_TAXONOMY to yours"),
    Case("taxonomy empty", _text(""), tags=()),
    Case("taxonomy is a named pipe (FIFO)", _fifo, error="{path}: this is a named pipe (FIFO), not a file"),
    Case("taxonomy is a link to /dev/zero", _to_dev_zero, error="{path}: this is a character device, not a file"),
    Case("taxonomy is a folder", _folder, error="{path}: this is a folder, not a file"),
    Case("taxonomy of 25 MB", _text("# rien\n" * 3_600_000), error="{path}: larger than 20,000,000 bytes"),
    Case("taxonomy nested 100,000 deep", _text("tags: " + "[" * 100_000 + "]" * 100_000), error="{path}: nested too deeply to be a taxonomy"),
    Case("taxonomy with a YAML alias bomb", _text("blocklist: &a [x, x, x, x, x, x, x, x, x]\ntags: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"), error="{path}, line 1: a tag must be a mapping with keys name, kind, aliases, description, pattern"),
]
# fmt: on


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_taxonomy(tmp_path, case):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    taxonomy = tmp_path / "content" / "taxonomy.yaml"
    taxonomy.unlink()
    case.make(taxonomy)
    with deadline(120):
        if case.error:
            with pytest.raises(TaxonomyError) as refusal:
                build(tmp_path, SEEDS, CACHED)
            assert str(refusal.value) == case.error.format(path=taxonomy)
            assert not (tmp_path / "output").exists()
            return
        site = build(tmp_path, SEEDS)
    assert site.errors() == [message.format(path=taxonomy) for message in case.logged]
    shown = [a.get_text() for a in site.soup(PAGE).select("nav.article-tags a")]
    assert [tag for tag in shown if tag in ("Conquête spatiale", "Motif hostile")] == (
        list(case.tags)
    )
    assert len(site.article_paths()) == len(SEEDS)


CATALOGUE = {case.id: test_hostile_taxonomy for case in CASES}
