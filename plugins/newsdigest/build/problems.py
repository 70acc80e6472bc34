"""Every problem a build reports, kept for strict mode's summary.

:class:`ProblemLog` is a logging handler that keeps each warning and error
that Pelican's and our plugins' loggers emit during one build. Pelican
swallows a reader's exception (it logs "Could not process %s" and skips the
file), so the log is where a rejected seed shows; our reader logs its own
"path:line: problem" first, and Pelican's follow-up lines about the same
file are folded under it. Seed warnings Pelican's duplicate filter hid from
the log are added from the articles (``digest_problems``). :class:`BuildLog`
puts it in place for one build, with every argument shown safely. Nothing
here imports Pelican but :func:`reset_log_memory`, which clears its filter.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass

from ..logsafe import ShownArguments, shown

WATCHED = ("pelican", "newsdigest")
# Pelican's own lines that only repeat, for a file, an error already reported.
FOLLOW_UPS = (
    "Could not process %s",
    "Cannot get modification stamp for %s",
)
EXIT_CODE = 2


@dataclass(frozen=True)
class Problem:
    """One logged problem: its level name and its message."""

    level: str
    message: str

    def __str__(self) -> str:
        return f"{self.level:<8} {self.message}"


class StrictBuildError(Exception):
    """A strict build with problems; Pelican's ``main()`` exits with
    ``exitcode``. The problems are logged, one a line, before it is raised."""

    exitcode = EXIT_CODE

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


class ProblemLog(logging.Handler):
    """Keeps the warnings and errors of one build, in the order logged."""

    def __init__(self, content_path: str) -> None:
        super().__init__(logging.WARNING)
        self.content_path = content_path
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Pelican's "more of these" line stands for records it held back.
        held_back = record.msg == getattr(record, "limit_msg", None)
        if record.name.split(".")[0] in WATCHED and not held_back:
            self.records.append(record)

    def problems(self, level: int, extra: Sequence[str] = ()) -> list[Problem]:
        """Problems at ``level`` or above, each once, with the ``extra``
        warnings not logged (seed warnings the log filter held back); errors
        first, then by file."""
        kept = [record for record in self.records if record.levelno >= level]
        reported = [r.getMessage() for r in kept if r.msg not in FOLLOW_UPS]
        found: dict[str, Problem] = {}
        for record in kept:
            if record.msg in FOLLOW_UPS and self._reported(record, reported):
                continue
            message = record.getMessage()
            found.setdefault(message, Problem(record.levelname, message))
        if level <= logging.WARNING:
            for message in extra:
                found.setdefault(message, Problem("WARNING", message))
        ranks = {"CRITICAL": 0, "ERROR": 1}
        return sorted(found.values(), key=lambda p: (ranks.get(p.level, 2), p.message))

    def _reported(self, record: logging.LogRecord, reported: list[str]) -> bool:
        """Whether one of our messages already names the file Pelican's
        follow-up line is about: ours name it from the project folder
        (``seeds/a.txt:1: …``), Pelican from the content folder."""
        path = str(record.args[0]) if record.args else ""
        absolute = os.path.join(self.content_path, path)
        project = os.path.dirname(os.path.abspath(self.content_path))
        shown = os.path.relpath(os.path.normpath(absolute), project)
        return any(message.startswith(shown + ":") for message in reported)


class BuildLog:
    """The log during one build: a :class:`ProblemLog` on the root logger,
    and every argument of every record shown safely (:mod:`..logsafe`) by
    every handler, Pelican's console included."""

    def __init__(self, content_path: str) -> None:
        self.kept = ProblemLog(content_path)
        self.shown = ShownArguments()
        self.handlers: list[logging.Handler] = []

    def problems(self, level: int, extra: Sequence[str] = ()) -> list[Problem]:
        """See :meth:`ProblemLog.problems`."""
        return self.kept.problems(level, extra)

    def attach(self) -> None:
        reset_log_memory()
        logging.getLogger().addHandler(self.kept)
        self.handlers = list(logging.getLogger().handlers)
        for handler in self.handlers:
            handler.addFilter(self.shown)

    def detach(self) -> None:
        for handler in self.handlers:
            handler.removeFilter(self.shown)
        logging.getLogger().removeHandler(self.kept)


def reset_log_memory() -> None:
    """Forget the messages Pelican's duplicate filter has seen.

    The filter lives as long as the process, so a second build in one
    process (``--autoreload``, tests) would otherwise hide every warning the
    first build already printed, and strict mode would not see them.
    """
    from pelican.log import LimitFilter

    for memory in ("_raised_messages", "_group_count"):
        getattr(LimitFilter, memory, set()).clear()


def summary(problems: list[Problem], level_name: str, outcome: str) -> str:
    """What a failed strict build tells the editor: every problem, one a line.

    >>> print(summary([Problem("ERROR", "seeds/a.txt:1: the file is empty")],
    ...               "WARNING", "output/ was left as it was."))
    strict build failed: 1 problem at WARNING or above (DIGEST_STRICT_LEVEL):
      ERROR    seeds/a.txt:1: the file is empty
    output/ was left as it was.
    """
    count = len(problems)
    return "\n".join(
        [
            f"strict build failed: {count} problem{'s' if count > 1 else ''} at "
            f"{level_name} or above (DIGEST_STRICT_LEVEL):",
            *(f"  {shown(problem)}" for problem in problems),
            outcome,
        ]
    )
