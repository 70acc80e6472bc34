"""``invoke seeds --explain NAME``: every line of one seed, its role and its step.

The editor sees why a line became a caption, a byline or furniture: the same
steps Pelican's reader runs, stopped before the article is assembled, and
each line printed with the role it got and the step that claimed it (body
lines name ``classify_body``). Then what was found, and the problems.
"""

from __future__ import annotations

import re

from ..seeds.assemble import assemble
from ..seeds.errors import SeedError
from ..seeds.model import Seed
from ..seeds.parse import ParseOptions, read_draft

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ROLE_WIDTH = 10
STEP_WIDTH = 24


def explain(text: str, name: str, options: ParseOptions | None = None) -> str:
    """The report for one seed's text, one line of the seed per line."""
    options = options or ParseOptions()
    try:
        draft, front = read_draft(text, name, options)
    except SeedError as error:
        return f"ERROR {error.problem}"
    rows = [f"{'line':>5}  {'role':{ROLE_WIDTH}}  {'step':{STEP_WIDTH}}  text"]
    rows += [
        f"{line.no:5}  {line.role.value:{ROLE_WIDTH}}  {line.step or '-':{STEP_WIDTH}}"
        f"  {_shown(line.text)}"
        for line in draft.lines
    ]
    try:
        rows += ["", *_summary(assemble(draft, front, options))]
    except SeedError as error:
        rows += ["", f"ERROR {error.problem}"]
    return "\n".join(rows)


def _summary(seed: Seed) -> list[str]:
    """What the article gets from those lines, and the problems found."""
    photo = seed.main_photo
    fields = {
        "title": seed.title,
        "source": seed.source,
        "section": seed.section,
        "lede": seed.lede,
        "authors": ", ".join(seed.authors),
        "agencies": ", ".join(seed.agencies),
        "date": f"{seed.published.isoformat()} ({seed.date_origin})"
        if seed.published
        else f"none ({seed.date_origin})",
        "caption": photo.caption if photo else None,
        "credit": photo.credit if photo else None,
        "language": seed.lang,
    }
    out = [f"{key:>9}: {_shown(value or '-')}" for key, value in fields.items()]
    out += [f"  problem: {_shown(str(problem))}" for problem in seed.problems]
    return out


def _shown(text: str) -> str:
    """Text safe to print on a terminal: control characters become '?'."""
    return CONTROL.sub("?", text)
