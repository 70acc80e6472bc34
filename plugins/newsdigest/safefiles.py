"""The build's own files read and written as hostile input: caches, reports,
configuration.

Anyone who can write to ``cache/`` (a restored CI cache, a shared folder)
can put anything there: a named pipe (reading it waits forever), a link to
``/dev/zero`` (reading it never ends), JSON nested 100,000 deep (Python's
parser overflows), ``Infinity`` where a count should be, a link to a file
the report would overwrite. So:

* :func:`read_regular` opens only a regular file: anything else (pipe,
  device, socket, folder, and a symbolic link unless ``follow``) is refused
  unopened, and at most ``limit`` bytes are read;
* :func:`read_json` adds the checks of the JSON itself (plain UTF-8, no
  ``NaN`` or ``Infinity``, not nested too deep); the caller then checks the
  value's schema strictly;
* :func:`read_config_text` decodes a file the editor writes (UTF-8, or
  UTF-16/32 with a byte-order mark) or says which line is not UTF-8;
* :func:`write_replacing` writes beside the target and renames over it: a
  symbolic link at the target is replaced, never followed.

Each refusal is an :class:`BadFileError` saying why. Nothing here imports
Pelican.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)
T = TypeVar("T")

KINDS = (
    (stat.S_ISREG, "a regular file"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class BadFileError(ValueError):
    """A file that cannot be used as it is; ``line`` when one is to blame."""

    def __init__(self, problem: str, line: int = 0) -> None:
        super().__init__(problem)
        self.problem, self.line = problem, line


def kind(mode: int) -> str:
    """What a file is, in words, from its ``st_mode``.

    >>> kind(os.stat("/dev/null").st_mode)
    'a character device'
    """
    return next((name for test, name in KINDS if test(mode)), "an unknown kind of file")


def read_regular(path: Path, limit: int, follow: bool = False) -> bytes:
    """The bytes of a regular file, opened only once known to be one."""
    try:
        mode = (os.stat if follow else os.lstat)(path).st_mode
        if not stat.S_ISREG(mode):
            raise BadFileError(f"this is {kind(mode)}, not a file")
        flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else os.O_NOFOLLOW)
        handle = os.open(path, flags)
    except OSError as error:
        raise BadFileError(error.strerror or str(error)) from None
    with os.fdopen(handle, "rb") as stream:
        found = os.fstat(stream.fileno())
        if not stat.S_ISREG(found.st_mode):  # swapped since the check
            raise BadFileError(f"this is {kind(found.st_mode)}, not a file")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise BadFileError(f"larger than {limit:,} bytes")
    return data


def _no_constant(name: str) -> Any:
    raise BadFileError(f"{name} is not a JSON number")


def read_json(path: Path, limit: int) -> Any:
    """The JSON value of a regular file, checked as plain JSON."""
    data = read_regular(path, limit)
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except RecursionError:
        raise BadFileError("nested too deeply") from None
    except UnicodeDecodeError:
        raise BadFileError("not UTF-8") from None
    except ValueError as error:
        raise BadFileError(f"not JSON ({error})") from None


def read_build_record(
    path: Path, limit: int, shape: Callable[[Any], T | None], without: str
) -> T | None:
    """What ``shape`` makes of the JSON record a build keeps at ``path``
    (None from it: another version), or None when there is none or it
    cannot be used; ``without`` says what the build does instead (logged)."""
    if not os.path.lexists(path):
        return None
    try:
        data = read_json(path, limit)
    except (BadFileError, OSError) as error:
        logger.info("%s: not used (%s): %s", path, error, without)
        return None
    found = shape(data)
    if found is None:
        logger.info("%s: not used (another version): %s", path, without)
    return found


def read_config_text(path: Path, limit: int) -> str:
    """The text of a file the editor writes: UTF-8, or UTF-16/32 with a BOM;
    anything else names the line of the first byte that is not.

    >>> with tempfile.NamedTemporaryFile(suffix=".yaml") as latin:
    ...     _ = latin.write("tags:\\n  - name: Égypte\\n".encode("latin-1"))
    ...     latin.flush()
    ...     try:
    ...         read_config_text(Path(latin.name), 1000)
    ...     except BadFileError as error:
    ...         print(error.line, error)
    2 not UTF-8 (byte 0xc9): save it as UTF-8
    """
    data = read_regular(path, limit, follow=True)
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise BadFileError(
            "not UTF-8 (NUL bytes: UTF-16 without a byte-order mark?): save it as "
            "UTF-8",
            line,
        )
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problem = f"not {encoding.upper()} (byte 0x{data[error.start]:02x})"
        raise BadFileError(f"{problem}: save it as UTF-8", line) from None


def write_replacing(path: Path, text: str) -> None:
    """Write ``text`` to a new file beside ``path``, then rename it over
    ``path``: whatever was there (a link, a pipe) is replaced, not written
    through. Raises OSError when the folder cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
