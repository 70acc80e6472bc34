"""Read a seed file's bytes, refusing what is not a plain file of article size.

``seeds/`` may hold anything an editor (or a tool) put there: a FIFO or a
symbolic link to ``/dev/zero`` would block or fill memory if read, and a
20 MB dump is no pasted article (every later step, and the language model,
would choke on it). Both are refused before a byte is read, with a
:class:`~.errors.SeedError` saying what the file is.
"""

from __future__ import annotations

import os
import stat

from .errors import SeedError

# What a path that is not a regular file is, by the kind ``os.stat`` reports.
KINDS: tuple[tuple[int, str], ...] = (
    (stat.S_IFIFO, "a named pipe (FIFO)"),
    (stat.S_IFCHR, "a character device"),
    (stat.S_IFBLK, "a block device"),
    (stat.S_IFSOCK, "a socket"),
    (stat.S_IFDIR, "a folder"),
)


def read_seed_bytes(path: str, name: str, max_bytes: int) -> bytes:
    """The bytes of the seed at ``path`` (shown as ``name``), or SeedError."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise SeedError(name, 0, f"cannot be read: {error.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = dict(KINDS).get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise SeedError(name, 0, f"cannot be read: this is {kind}, not a text file")
    if info.st_size > max_bytes:
        raise SeedError(name, 0, too_big(info.st_size, max_bytes))
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        raise SeedError(name, 0, f"cannot be read: {error.strerror}") from None
    if len(data) > max_bytes:  # the file grew after it was measured
        raise SeedError(name, 0, too_big(len(data), max_bytes))
    return data


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
