"""Helpers for the build tests: a copy of the project run as ``pelican content``,
and a snapshot of a folder to compare two builds byte for byte."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = (
    "content",
    "theme",
    "plugins",
    "pelicanconf.py",
    "publishconf.py",
    "pagefind.yml",
)
NO_NER = {"DIGEST_NER_ENABLED": "false"}


def project_copy(folder: Path, seeds: dict[str, str] | None = None) -> Path:
    """The project's sources in ``folder``, with these seeds (default: the
    shipped ones)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    folder.mkdir(parents=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, folder / name)
    if seeds is None:
        shutil.copytree(ROOT / "seeds", folder / "seeds")
    else:
        (folder / "seeds").mkdir()
        for name, text in seeds.items():
            (folder / "seeds" / name).write_text(text, encoding="utf-8")
    return folder


def pelican(
    project: Path, settings: dict[str, str] | None = None, hash_seed: str = "0"
) -> subprocess.CompletedProcess:
    """``pelican content -e KEY=VALUE...`` in the project, as an editor runs it
    (values in JSON; Pelican keeps only the last ``-e``, so there is one)."""
    extra = [f"{key}={value}" for key, value in (settings or {}).items()]
    args = ["-e", *extra] if extra else []
    environment = {
        **os.environ,
        "PYTHONHASHSEED": hash_seed,
        "COLUMNS": "400",
        "TERM": "dumb",
    }
    for name in ("DIGEST_SITEURL", "GITHUB_REPOSITORY"):
        environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "pelican", "content", *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (links as their target) and its SHA-256."""
    files = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            files[name] = "-> " + os.readlink(path)
        elif path.is_file():
            files[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files
