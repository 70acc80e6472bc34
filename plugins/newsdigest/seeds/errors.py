"""Problems found in a seed: errors that reject it, warnings that publish it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing the editor should know about a seed, located by line."""

    path: str
    line: int
    message: str
    level: str = "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class SeedError(Exception):
    """A seed that cannot become an article; says where and what to fix."""

    def __init__(self, path: str, line: int, message: str) -> None:
        self.problem = Problem(path, line, message, level="error")
        super().__init__(str(self.problem))
