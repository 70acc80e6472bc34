"""Tags the taxonomy does not know yet, with how many articles carry them, so
that the editor can accept them (``invoke tags-unknown`` prints the list).
The report is written beside its place and renamed there, so a symbolic
link put in its place is replaced, never followed; it is read back as
hostile JSON (:mod:`newsdigest.safefiles`). Nothing here imports Pelican.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..safefiles import BadFileError, read_json, write_replacing

REPORT = "unknown-tags.json"
MAX_REPORT_BYTES = 20_000_000
ROW = {"name": str, "kind": str, "articles": int}


def unknown_tags(articles: Iterable[list[dict]]) -> list[dict[str, object]]:
    """Unknown tags, most frequent first: name, kind, number of articles
    (from each article's ``entity_tags``)."""
    counts: Counter[tuple[str, str]] = Counter()
    for tags in articles:
        counts.update({(t["name"], t["kind"]) for t in tags if not t["known"]})
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"name": n, "kind": k, "articles": count} for (n, k), count in ordered]


def write_report(folder: Path, rows: list[dict[str, object]]) -> Path:
    """Write the list where the task finds it."""
    path = folder / REPORT
    write_replacing(path, json.dumps(rows, ensure_ascii=False, indent=1))
    return path


def read_report(folder: Path) -> list[dict[str, object]]:
    """The list the last build wrote; empty when there is none or it is not
    exactly a list of rows as written (the next build writes it again)."""
    try:
        rows = read_json(folder / REPORT, MAX_REPORT_BYTES)
    except BadFileError:
        return []
    if isinstance(rows, list) and all(
        isinstance(row, dict)
        and row.keys() == ROW.keys()
        and all(type(row[key]) is kind for key, kind in ROW.items())
        for row in rows
    ):
        return rows
    return []


def format_report(rows: list[dict[str, object]]) -> str:
    """The list as a table, with the YAML to paste into the taxonomy.

    >>> print(format_report([{"name": "Vostotchny", "kind": "lieu", "articles": 2}]))
    articles  kind          tag
           2  lieu          Vostotchny
    <BLANKLINE>
    To accept one, add it under tags: in the taxonomy, e.g.
      - name: Vostotchny
        kind: lieu
    """
    if not rows:
        return "Every tag is in the taxonomy."
    lines = [f"{'articles':>8}  {'kind':<12}  tag"]
    lines += [f"{r['articles']:>8}  {r['kind']!s:<12}  {r['name']}" for r in rows]
    first = rows[0]
    lines += [
        "",
        "To accept one, add it under tags: in the taxonomy, e.g.",
        f"  - name: {first['name']}",
        f"    kind: {first['kind']}",
    ]
    return "\n".join(lines)
