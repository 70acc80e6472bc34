"""``invoke seeds``: what the reader understood of every seed, without a build.

Each seed is decoded and parsed by the reader's pure parser (the same code
Pelican runs), so the table shows the title, source, date, tags and warnings
the site will show, and the error that would keep a seed off the site. Tags
are the front matter's, then those of an optional tagger (entity tags, see
:mod:`.seedtags`), once per slug.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from ..seeds.decode import decode_seed
from ..seeds.errors import SeedError
from ..seeds.model import Seed
from ..seeds.parse import ParseOptions, parse_seed
from ..settings import digest_settings
from ..slugs import make_slug

Tagger = Callable[[Seed], list[str]]


@dataclass(frozen=True)
class SeedRow:
    """One line of the table: a seed and what the reader made of it."""

    file: str
    title: str = ""
    source: str = ""
    section: str = ""
    date: str = ""
    date_origin: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str = ""
    curated: str = ""


def parse_options(settings: dict[str, Any]) -> ParseOptions:
    """The parser's options from Pelican settings, as the reader builds them."""
    return ParseOptions(
        timezone=settings.get("TIMEZONE") or "Europe/Paris",
        default_lang=settings.get("DEFAULT_LANG") or "fr",
        fallback_date=digest_settings(settings)["DIGEST_FALLBACK_DATE"],
    )


def seed_files(folder: Path, extensions: Iterable[str]) -> list[Path]:
    """The seeds of a folder, sorted by name."""
    suffixes = {"." + extension.lstrip(".").lower() for extension in extensions}
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in suffixes
    )


def read_row(
    path: Path,
    name: str,
    options: ParseOptions,
    curated_dir: Path | None = None,
    tagger: Tagger | None = None,
) -> SeedRow:
    """Parse one seed into its row; an unusable seed gives a row with its error."""
    curated = curated_dir / f"{path.stem}.md" if curated_dir else None
    curated_name = str(curated) if curated is not None and curated.is_file() else ""
    try:
        text, _encoding = decode_seed(path.read_bytes(), name)
        seed = parse_seed(text, name, options)
    except SeedError as error:
        return SeedRow(file=name, error=str(error.problem), curated=curated_name)
    except OSError as error:
        return SeedRow(file=name, error=f"{name}: cannot be read: {error.strerror}")
    tags = list(seed.overrides.get("tags", []))
    slugs = {make_slug(tag) for tag in tags}
    for tag in tagger(seed) if tagger else []:
        if make_slug(tag) not in slugs:
            tags.append(tag)
            slugs.add(make_slug(tag))
    return SeedRow(
        file=name,
        title=seed.title,
        source=seed.source or "",
        section=seed.section or "",
        date=seed.published.isoformat() if seed.published else "",
        date_origin=seed.date_origin,
        url=seed.url or "",
        tags=tuple(tags),
        warnings=tuple(str(problem) for problem in seed.problems),
        curated=curated_name,
    )


def rows_json(rows: list[SeedRow]) -> str:
    """The table as JSON, one object per seed."""
    return json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2)


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

    >>> without_url([SeedRow("a", url="https://x.org/a"), SeedRow("b"),
    ...              SeedRow("c", error="c: empty")])
    ['b']
    """
    return [row.file for row in rows if not row.url and not row.error]


def table(rows: list[SeedRow]) -> Table:
    """The rows as a terminal table; warnings and errors in full, one a line."""
    grid = Table(show_lines=True, expand=True)
    grid.add_column("Seed", ratio=2, overflow="fold")
    grid.add_column("Date", width=16, no_wrap=True)
    grid.add_column("Source", ratio=1, min_width=8, overflow="fold")
    grid.add_column("Title", ratio=3, overflow="fold")
    grid.add_column("Tags", ratio=2, overflow="fold")
    grid.add_column("Problems", ratio=3, overflow="fold")
    for row in rows:
        problems = [f"[red]ERROR[/red] {_located(row.file, row.error)}"]
        problems = problems if row.error else []
        problems += [
            f"[yellow]warning[/yellow] {_located(row.file, text)}"
            for text in row.warnings
        ]
        if row.curated:
            problems.append(f"curated as {row.curated} (seed skipped)")
        grid.add_row(
            row.file,
            row.date[:16].replace("T", " "),
            row.source,
            row.title,
            ", ".join(row.tags),
            "\n".join(problems),
        )
    return grid


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
