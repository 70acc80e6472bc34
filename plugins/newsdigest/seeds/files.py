"""Read a seed file: the one way in for the reader, the tasks and the benchmarks.

``seeds/`` may hold anything an editor (or a tool) put there: a FIFO or a
symbolic link to ``/dev/zero`` would block or fill memory if read, a link to
a key or to ``/etc/passwd`` would publish it, and a 20 MB dump is no pasted
article (every later step, and the language model, would choke on it). All
are refused before a byte is read, with a :class:`~.errors.SeedError`
saying what the file is; then the bytes are decoded and parsed
(:func:`read_seed_file`).
"""

from __future__ import annotations

import os
import stat

from .decode import decode_seed
from .errors import SeedError
from .model import Seed
from .parse import ParseOptions, parse_seed

# What a path that is not a regular file is, by the kind ``os.stat`` reports.
KINDS: tuple[tuple[int, str], ...] = (
    (stat.S_IFIFO, "a named pipe (FIFO)"),
    (stat.S_IFCHR, "a character device"),
    (stat.S_IFBLK, "a block device"),
    (stat.S_IFSOCK, "a socket"),
    (stat.S_IFDIR, "a folder"),
)


def read_seed_file(
    path: str, name: str, options: ParseOptions, max_bytes: int, root: str | None
) -> tuple[Seed, str]:
    """The parsed seed at ``path`` (shown as ``name``) and the encoding it was
    in; SeedError when it cannot be read or cannot be an article."""
    text, encoding = read_seed_text(path, name, max_bytes, root)
    return parse_seed(text, name, options), encoding


def read_seed_text(
    path: str, name: str, max_bytes: int, root: str | None
) -> tuple[str, str]:
    """The decoded text of the seed at ``path`` and its encoding (guarded)."""
    return decode_seed(read_guarded(path, name, max_bytes, root), name)


def check_file(path: str, name: str, root: str | None) -> int:
    """The size of a regular file that is inside ``root`` once symbolic links
    are followed; SeedError, the file unopened, otherwise."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise SeedError(name, 0, f"cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = dict(KINDS).get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise SeedError(name, 0, f"cannot be read: this is {kind}, not a text file")
    if root is not None and not inside(path, root):
        raise SeedError(name, 0, outside(root))
    return info.st_size


def read_guarded(path: str, name: str, max_bytes: int, root: str | None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` that is inside
    ``root`` once symbolic links are followed; SeedError otherwise."""
    size = check_file(path, name, root)
    if size > max_bytes:
        raise SeedError(name, 0, too_big(size, max_bytes))
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise SeedError(name, 0, f"cannot be read: {error.strerror}") from None
    if len(data) > max_bytes:  # the file grew after it was measured
        raise SeedError(name, 0, too_big(len(data), max_bytes))
    return data


def outside(root: str) -> str:
    """The message for a symbolic link leading out of the folder it is in.

    >>> outside("/home/editor/revue/seeds")
    'not read: a symbolic link to a file outside seeds/ (copy the file there instead)'
    """
    folder = os.path.basename(os.path.normpath(root))
    return (
        f"not read: a symbolic link to a file outside {folder}/ "
        "(copy the file there instead)"
    )


def inside(path: str, root: str) -> bool:
    """Whether ``path``, its symbolic links followed, is within ``root``.

    A file named right under ``root`` that is no symbolic link is within it
    (one ``lstat``: most seeds); any other path is resolved.

    >>> inside("/nonexistent/seeds/a.txt", "/nonexistent/seeds")
    True
    >>> inside("/nonexistent/a.txt", "/nonexistent/seeds")
    False
    """
    if os.path.dirname(path) == root and not os.path.islink(path):
        return True
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    return os.path.commonpath([real, real_root]) == real_root


def too_big(size: int, max_bytes: int) -> str:
    """The message for a seed over the size limit.

    >>> too_big(20_971_520, 500_000)
    'the file is 20.97 MB, more than a pasted article (at most 0.50 MB, \
DIGEST_MAX_SEED_BYTES): check what was pasted, or split it'
    """
    return (
        f"the file is {size / 1e6:.2f} MB, more than a pasted article "
        f"(at most {max_bytes / 1e6:.2f} MB, DIGEST_MAX_SEED_BYTES): "
        "check what was pasted, or split it"
    )
