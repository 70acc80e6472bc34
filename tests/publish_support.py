"""Helpers for the publishing tests: a copy of the project in its own git
repository, a bare "GitHub" remote beside it, ``invoke`` run as an editor
runs it, and a local server for a checked-out ``gh-pages`` branch."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from markup_scan import assert_no_runnable_markup
from pelican.settings import get_settings_from_file

from newsdigest.publishing.accessibility import launch_chromium  # noqa: F401
from newsdigest.publishing.server import make_server

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = (
    "content",
    "theme",
    "plugins",
    "pelicanconf.py",
    "publishconf.py",
    "pagefind.yml",
    ".gitignore",
)
# Variables that would change the address publishconf.py builds for.
SITE_VARIABLES = ("DIGEST_SITEURL", "DIGEST_CNAME", "GITHUB_REPOSITORY")
NO_NER = ("-e", "DIGEST_NER_ENABLED=false")
# Pelican arguments for tests that are about neither tags nor search.
QUICK = ("-e", "DIGEST_NER_ENABLED=false", "DIGEST_SEARCH=false")
# Strict builds and the Pagefind index come with the build plugin.
needs_build_plugin = pytest.mark.skipif(
    "newsdigest.build"
    not in get_settings_from_file(str(ROOT / "pelicanconf.py"))["PLUGINS"],
    reason="strict mode and Pagefind come with newsdigest.build, not in PLUGINS yet",
)

SYNTHETIC_TITLE = "Un test synthétique compte les pangolins bleus du jardin d'essai"
SYNTHETIC_SEED = f"""---
date: 2024-03-05 09:30
---
Le Quotidien Synthétique
Sciences
{SYNTHETIC_TITLE}
Texte généré par la suite de tests pour vérifier la publication du site.
Les pangolins bleus du jardin d'essai sont une invention des tests : aucun \
n'existe, et cet article ne rapporte aucune nouvelle réelle.
Le compteur imaginaire affiche quarante-deux pangolins, un chiffre choisi pour \
être facile à retrouver.
Un second paragraphe précise que le mot zygomorphe sert de repère unique pour \
la recherche plein texte.
"""


def git(cwd: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=True
    )
    return result.stdout


def make_project(folder: Path, seeds: dict[str, str], remote: Path | None) -> Path:
    """The project's sources and tasks.py, with these seeds, committed in a new
    repository whose ``origin`` is a new bare repository at ``remote``."""
    ignore = shutil.ignore_patterns("__pycache__", ".pytest_cache", "*.pyc")
    folder.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=ignore)
        else:
            shutil.copy2(source, folder / name)
    shutil.copy2(ROOT / "tasks.py", folder / "tasks.py")
    # The checkers npm installed (npm ci --prefix checks), shared, not copied.
    (folder / "checks").mkdir()
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(ROOT / "checks" / name, folder / "checks" / name)
    (folder / "checks" / "node_modules").symlink_to(ROOT / "checks" / "node_modules")
    (folder / "seeds").mkdir()
    for name, text in seeds.items():
        (folder / "seeds" / name).write_text(text, encoding="utf-8")
    git(folder, "init", "--quiet", "--initial-branch", "main")
    git(folder, "config", "user.name", "Test Editor")
    git(folder, "config", "user.email", "editor@example.invalid")
    git(folder, "add", "--all")
    git(folder, "commit", "--quiet", "--message", "Seeds of the day")
    if remote is not None:
        record_ledger(folder)
        git(folder.parent, "init", "--quiet", "--bare", str(remote))
        git(folder, "remote", "add", "origin", str(remote))
    return folder


def record_ledger(project: Path) -> None:
    """Build once and commit ``seeds/ledger.json``, as an editor does after a
    preview: publishing refuses a site whose ledger is not committed."""
    with tempfile.TemporaryDirectory() as elsewhere:  # output/ stays as it was
        built = run_module(project, ["pelican", "content", "-o", elsewhere, *QUICK])
    assert built.returncode == 0, built.stderr
    git(project, "add", "seeds/ledger.json")
    git(project, "commit", "--quiet", "--message", "Seed ledger")


def run_module(
    project: Path,
    args: list[str],
    env: dict[str, str] | None = None,
    timeout: int = 900,
) -> subprocess.CompletedProcess:
    """``python -m ARGS`` in the project, as an editor runs it, with no site
    address inherited from this environment."""
    environ = {k: v for k, v in os.environ.items() if k not in SITE_VARIABLES}
    environ.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=project,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert_no_runnable_markup(project / "output")
    return done


def run_invoke(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """``invoke ARGS`` in the project, with no site address inherited."""
    return run_module(project, ["invoke", *args], env)


def remote_branches(remote: Path) -> list[str]:
    """The branches a (bare) remote holds."""
    listing = git(remote, "for-each-ref", "--format=%(refname:short)", "refs/heads")
    return listing.split()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """Serve a built site at the root of a free local port; yields its base URL."""
    port = free_port()
    with serving(folder, port, "/"):
        yield f"http://127.0.0.1:{port}"


@contextmanager
def serving(folder: Path, port: int, prefix: str) -> Iterator[None]:
    """Serve ``folder`` under ``prefix`` on 127.0.0.1:port while in the block."""
    httpd = make_server(folder, port, prefix)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
