"""``invoke seeds``: what the reader understood of every seed, without a build.

Each seed is read the way a build reads it (:class:`~.seedfiles.SeedFolder`:
the same guards, parser, options and ledger), so the table shows the
title, source, date, tags and warnings the site will show, and the error
that would keep a seed off the site. Every other file of ``seeds/`` is
listed with the reason a build gives for not reading it. Tags are the front
matter's, then those of an optional tagger (entity tags, see
:mod:`.seedtags`), once per slug; ``--json`` gives every field of the
article schema (:mod:`newsdigest.seeds.schema`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text

from ..logsafe import shown
from ..seeds.errors import SeedError
from ..seeds.model import Seed
from ..seeds.schema import json_metadata
from ..slugs import make_slug
from .seedfiles import SeedFolder

Tagger = Callable[[Seed], list[str]]


@dataclass(frozen=True)
class SeedRow:
    """One line of the table: a file of seeds/ and what the reader made of it."""

    file: str
    fields: dict[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str = ""
    curated: str = ""


def read_rows(folder: SeedFolder, tagger: Tagger | None = None) -> list[SeedRow]:
    """A row for every seed, refused file and refused ledger, sorted by file."""
    places = folder.places
    rows = [read_row(folder, path, tagger) for path in folder.seeds()]
    rows += [
        SeedRow(file=places.name(path), error=f"{places.name(path)}: {reason}")
        for path, reason in folder.not_seeds()
    ]
    rows += [SeedRow(file=name, error=error) for name, error in folder.errors()]
    return sorted(rows, key=lambda row: row.file)


def read_row(folder: SeedFolder, path: Path, tagger: Tagger | None = None) -> SeedRow:
    """Parse one seed into its row; an unusable seed gives a row with its error."""
    name = folder.places.name(path)
    post = folder.places.curated_post(path)
    curated = folder.places.name(post) if post.is_file() else ""
    try:
        seed = folder.read(path)
    except SeedError as error:
        return SeedRow(file=name, error=str(error.problem), curated=curated)
    tags = list(seed.overrides.get("tags", []))
    slugs = {make_slug(tag) for tag in tags}
    for tag in tagger(seed) if tagger else []:
        if make_slug(tag) not in slugs:
            tags.append(tag)
            slugs.add(make_slug(tag))
    return SeedRow(
        file=name,
        fields=json_metadata(seed),
        tags=tuple(tags),
        warnings=tuple(str(problem) for problem in seed.problems),
        curated=curated,
    )


def rows_json(rows: list[SeedRow]) -> str:
    """The table as JSON, one object per file: its schema fields flat."""
    objects = [
        {
            "file": row.file,
            **row.fields,
            "tags": list(row.tags),
            "warnings": list(row.warnings),
            "error": row.error,
            "curated": row.curated,
        }
        for row in rows
    ]
    return json.dumps(objects, ensure_ascii=False, indent=2)


def summary(rows: list[SeedRow]) -> str:
    """One line: how many seeds publish, with warnings, curated, rejected.

    >>> summary([SeedRow("a"), SeedRow("b", error="b: empty"),
    ...          SeedRow("c", warnings=("c:1: x",))])
    '3 seeds: 2 publish (1 with warnings), 0 curated, 1 rejected'
    >>> summary([SeedRow("a")])
    '1 seed: 1 publish (0 with warnings), 0 curated, 0 rejected'
    """
    rejected = sum(1 for row in rows if row.error)
    curated = sum(1 for row in rows if row.curated)
    warned = sum(1 for row in rows if row.warnings and not row.error)
    seeds = f"{len(rows)} seed" + ("s" if len(rows) != 1 else "")
    return (
        f"{seeds}: {len(rows) - rejected} publish ({warned} with warnings), "
        f"{curated} curated, {rejected} rejected"
    )


def without_url(rows: list[SeedRow]) -> list[str]:
    """The seeds that publish with no address of their original (``url:``).

    >>> without_url([SeedRow("a", {"source_url": "https://x.org/a"}), SeedRow("b"),
    ...              SeedRow("c", error="c: empty")])
    ['b']
    """
    return [
        row.file for row in rows if not row.fields.get("source_url") and not row.error
    ]


def table(rows: list[SeedRow]) -> Table:
    """The rows as a terminal table; warnings and errors in full, one a line."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("Seed", ratio=2, overflow="fold")
    grid.add_column("Date", width=24, no_wrap=True)
    grid.add_column("Source", ratio=1, min_width=8, overflow="fold")
    grid.add_column("Title", ratio=3, overflow="fold")
    grid.add_column("Tags", ratio=2, overflow="fold")
    grid.add_column("Problems", ratio=3, overflow="fold")
    for row in rows:
        # Seed text and file names are never markup ("[/]" crashed the table)
        # and never control characters: Text, not str, and shown().
        problems = [("ERROR", "red", row.error)] if row.error else []
        problems += [("warning", "yellow", text) for text in row.warnings]
        lines = [
            Text.assemble((label, style), " ", shown(_located(row.file, text)))
            for label, style, text in problems
        ]
        if row.curated:
            lines.append(Text(f"curated as {shown(row.curated)} (seed skipped)"))
        cells = (
            row.file,
            _date(row.fields),
            row.fields.get("source", ""),
            row.fields.get("title", ""),
            ", ".join(row.tags),
        )
        grid.add_row(*(Text(shown(cell)) for cell in cells), Text("\n").join(lines))
    return grid


def _date(fields: dict[str, Any]) -> str:
    """The date column: "(added)" under a date the paste does not print.

    >>> _date({"date": "2024-03-05T09:30:00+01:00", "date_origin": "added"})
    '2024-03-05 09:30 (added)'
    """
    shown = str(fields.get("date", ""))[:16].replace("T", " ")
    return shown + " (added)" if fields.get("date_origin") == "added" else shown


def _located(file: str, problem: str) -> str:
    """A problem without its file name, which the row already shows.

    >>> _located("seeds/a.txt", "seeds/a.txt:12: no date")
    'line 12: no date'
    """
    rest = problem.removeprefix(file)
    if rest == problem:
        return problem
    line, _, message = rest.lstrip(":").partition(": ")
    return f"line {line}: {message}" if line.isdigit() else rest.lstrip(":").strip()
