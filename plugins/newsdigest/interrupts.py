"""Ctrl-C (SIGINT) and SIGTERM mean stop: clean up, then exit non-zero.

Left alone, Pelican's ``main()`` takes a ``KeyboardInterrupt`` for a normal
end (exit code 0, so ``invoke publish`` went on to push the old site), and
Python dies on SIGTERM without cleaning up. While a :class:`StopGuard` is
installed (a build, ``invoke publish``), both signals raise
:class:`Interrupted`, a ``SystemExit`` with the shell's code (128 + the
signal's number, 130 for Ctrl-C): no ``except Exception`` stops it, every
``finally`` runs, and the process ends with that code. A block that must not
be cut in two (the swap of the output folder) runs ``held()``: a signal
received meanwhile is raised when it ends. A signal the process was started
to ignore (``nohup``, a background job) stays ignored.

Before the first build starts, Pelican is still importing the plugins: a
Ctrl-C then reaches ``main()``, which logs "Keyboard interrupt received" and
returns. :class:`PelicanInterruptReport`, put on Pelican's logger when this
package is imported, turns that very report into :class:`Interrupted`.
Nothing here imports Pelican.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(SystemExit):
    """A stop signal arrived; ``code`` is 128 + its number (130 for Ctrl-C)."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


class StopGuard:
    """Turns SIGINT and SIGTERM into :class:`Interrupted` while installed."""

    def __init__(self) -> None:
        self.received: list[int] = []
        self.raised = False
        self._holding = 0
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        """Handle the stop signals (main thread only; installing twice is once)."""
        if self._previous or threading.current_thread() is not threading.main_thread():
            return
        for signum in STOP_SIGNALS:
            if signal.getsignal(signum) is not signal.SIG_IGN:
                self._previous[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        """Put back the handlers found by :meth:`install`."""
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.received.append(signum)
        if not self._holding and not self.raised:
            self.raised = True
            raise Interrupted(signum)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Run a block whole: a stop signal received in it is raised after it."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        self.check()

    def check(self) -> None:
        """Raise :class:`Interrupted` for a stop signal that arrived while
        held, unless one was raised already (the clean-up after it is held)."""
        if self.received and not self._holding and not self.raised:
            self.raised = True
            raise Interrupted(self.received[0])


@contextmanager
def stopping() -> Iterator[StopGuard]:
    """Stop signals raise :class:`Interrupted` inside the block."""
    guard = StopGuard()
    guard.install()
    try:
        yield guard
    finally:
        guard.restore()


class PelicanInterruptReport(logging.Filter):
    """Pelican's ``main()`` reports Ctrl-C and returns 0: raise instead."""

    MESSAGE = "Keyboard interrupt received. Exiting."

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == self.MESSAGE:
            raise Interrupted(signal.SIGINT)
        return True


def report_pelican_interrupts() -> None:
    """Put :class:`PelicanInterruptReport` on Pelican's logger (once)."""
    pelican = logging.getLogger("pelican")
    if not any(isinstance(f, PelicanInterruptReport) for f in pelican.filters):
        pelican.addFilter(PelicanInterruptReport())
