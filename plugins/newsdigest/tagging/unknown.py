"""Tags the taxonomy does not know yet, with how many articles carry them, so
that the editor can accept them (``invoke tags-unknown`` prints the list).
Nothing here imports Pelican.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

REPORT = "unknown-tags.json"


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
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / REPORT
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_report(folder: Path) -> list[dict[str, object]]:
    """The list the last build wrote (empty when none was written)."""
    path = folder / REPORT
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


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
