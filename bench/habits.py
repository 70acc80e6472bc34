"""Paste habits: the same article as other browsers and notes apps paste it.

Each habit is a pure function of a paste's text (and its reviewed truth, for
the headline): the reader must read the result as it reads the paste.

* ``no blank lines``: a notes app that collapses blank lines;
* ``blank after each line``: a browser that puts a blank line after every line;
* ``headline twice``: the headline selected twice (page title and heading);
* ``no site name``: the selection starts at the headline (no site name, no
  breadcrumb above it).
"""

from __future__ import annotations

from collections.abc import Callable

from newsdigest.seeds.text import norm

Habit = Callable[[str, dict], str]


def as_pasted(text: str, truth: dict) -> str:
    return text


def no_blank_lines(text: str, truth: dict) -> str:
    """Every blank line removed."""
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def blank_after_each_line(text: str, truth: dict) -> str:
    """A blank line after every line of text."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def headline_twice(text: str, truth: dict) -> str:
    """The headline's line printed twice in a row."""
    lines = text.splitlines()
    headline = norm(truth["headline_in_text"])
    for index, line in enumerate(lines):
        if norm(line) == headline:
            return "\n".join([*lines[: index + 1], line, *lines[index + 1 :]]) + "\n"
    return text


def no_site_name(text: str, truth: dict) -> str:
    """The paste without its first block (site name and breadcrumb)."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip()), 0)
    end = next(
        (i for i in range(start, len(lines)) if not lines[i].strip()), len(lines)
    )
    return "\n".join(lines[end:]).lstrip("\n") + "\n"


HABITS: dict[str, Habit] = {
    "as pasted": as_pasted,
    "no blank lines": no_blank_lines,
    "blank after each line": blank_after_each_line,
    "headline twice": headline_twice,
    "no site name": no_site_name,
}
