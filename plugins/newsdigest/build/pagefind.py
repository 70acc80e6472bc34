"""Index a built site for search with Pagefind (``python3 -m pagefind``).

The binary comes in the ``pagefind[bin]`` wheel: nothing is downloaded. It
runs on the staged site before the swap, so ``pelican content`` alone gives
a working ``pagefind/`` folder; a failing run fails the build. It runs in
the project folder, where Pagefind looks for its own ``pagefind.yml``.
Nothing here imports Pelican.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PAGES = re.compile(r"Indexed (\d+) pages?")


class PagefindError(RuntimeError):
    """Pagefind could not index the site; the message holds its own words."""


def index_site(site: Path, project: Path, timeout: float = 600) -> int:
    """Write ``site/pagefind/``; return how many pages Pagefind indexed."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site)]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=project,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PagefindError(f"Pagefind could not run: {error}") from None
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-5:]
        raise PagefindError(
            f"Pagefind failed (exit {done.returncode}) on {site}: " + " / ".join(said)
        )
    found = PAGES.search(done.stdout)
    return int(found.group(1)) if found else 0
