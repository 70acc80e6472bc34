"""A taxonomy pattern that cannot hang the build: at most
:data:`PATTERN_SECONDS` on each article.

Python's ``re`` has no time limit: a pattern that backtracks without end
(``(a|a)*$`` on a line of a's, ``(\\w+\\s?)+ selon Poutine`` on a long article)
ran for minutes, with no message. Patterns are compiled with the ``regex``
module: the same syntax, a time limit per search, and nested repeats such
as ``(a+)+$`` that it matches without backtracking. A pattern that runs out
of time on one article is refused for the rest of the build, with an ERROR
naming its file and line (a strict build then fails); the article keeps
every other tag. Nothing here imports Pelican.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import regex

logger = logging.getLogger(__name__)
PATTERN_SECONDS = 1.0


class TimedPattern:
    """A compiled taxonomy pattern (case ignored), searched with a time limit."""

    def __init__(self, pattern: str, where: str = "taxonomy.yaml", line: int = 0):
        try:
            self.compiled = regex.compile(pattern, regex.IGNORECASE)
        except regex.error as error:
            raise ValueError(str(error)) from None
        self.pattern, self.where, self.line = pattern, where, line
        self.refused = False

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """Every match in ``text``, or none once the pattern ran out of time."""
        if self.refused:
            return iter(())
        try:
            return iter(list(self.compiled.finditer(text, timeout=PATTERN_SECONDS)))
        except TimeoutError:
            self.refused = True
            logger.error(
                "%s, line %d: pattern: %r took more than %g s on one article (it "
                "backtracks without end, like (a|a)*$): not applied in this build; "
                "simplify it",
                self.where,
                self.line,
                self.pattern,
                PATTERN_SECONDS,
            )
            return iter(())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimedPattern) and other.pattern == self.pattern

    def __hash__(self) -> int:
        return hash(self.pattern)

    def __repr__(self) -> str:
        return f"TimedPattern({self.pattern!r})"
