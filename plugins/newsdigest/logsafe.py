"""File names and seed text in log lines, shown so that they cannot forge one.

A seed named ``a.txt\\nERROR    seeds/b.txt:1: …`` printed a line of its own,
and an ANSI escape in a name could clear the editor's terminal or recolour
what follows. :func:`shown` is the one way a name (or any text from a seed)
is shown in a message: control characters, line separators and
bidirectional overrides become visible escapes (``\\n``, ``\\x1b``,
``\\u202e``), everything else is kept.

During a build, :class:`ShownArguments` sits on every handler of the root
logger (Pelican's console, strict mode's problem log, a test's recorder):
it passes every argument of every record through :func:`shown`, Pelican's
own messages ("Could not process %s") included. A message's template is
left alone: it is code, not input. Nothing here imports Pelican.
"""

from __future__ import annotations

import logging
import os
import re
from typing import Any

# C0 and C1 controls, DEL, line and paragraph separators, bidirectional
# marks, embeddings, overrides and isolates.
UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in NAMED:
        return NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` as one line of printable characters (idempotent).

    >>> shown("seeds/a.txt\\nERROR    forged")
    'seeds/a.txt\\\\nERROR    forged'
    >>> shown("seeds/\\x1b[2Jclear.txt"), shown("seeds/\\u202etxt.exe")
    ('seeds/\\\\x1b[2Jclear.txt', 'seeds/\\\\u202etxt.exe')
    >>> shown(shown("a\\nb")) == shown("a\\nb")
    True
    """
    plain = os.fspath(text) if isinstance(text, os.PathLike) else str(text)
    return UNSAFE.sub(_escape, plain)


def _safe(value: Any) -> Any:
    return value if isinstance(value, int | float) else shown(value)


class ShownArguments(logging.Filter):
    """Shows every argument of a record with :func:`shown` (numbers stay
    numbers, for ``%d``; anything else becomes its text, escaped); the
    record is changed for every handler after."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict):
            record.args = {key: _safe(value) for key, value in record.args.items()}
        elif record.args:
            record.args = tuple(_safe(value) for value in record.args)
        return True
