"""Helpers for the build tests: a copy of the project run as ``pelican content``,
and a snapshot of a folder to compare two builds byte for byte."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

from publish_support import ROOT, make_project, run_module

NO_NER = {"DIGEST_NER_ENABLED": "false"}
# A build that runs even if nothing changed (the up-to-date check would skip
# it): to test what a rebuild reuses, or how it copes with a damaged cache.
RUNS = {"DIGEST_SKIP_UNCHANGED": False}


def project_copy(folder: Path, seeds: dict[str, str] | None = None) -> Path:
    """The project's sources in ``folder`` (a git repository of its own), with
    these seeds (default: the shipped ones)."""
    if seeds is None:
        shipped = sorted((ROOT / "seeds").glob("*.txt"))
        seeds = {path.name: path.read_text("utf-8") for path in shipped}
    return make_project(folder, seeds, None)


def pelican(
    project: Path,
    settings: dict[str, str] | None = None,
    hash_seed: str = "0",
    verbose: bool = False,
) -> subprocess.CompletedProcess:
    """``pelican content -e KEY=VALUE...`` in the project, as an editor runs it
    (values in JSON; Pelican keeps only the last ``-e``, so there is one);
    ``verbose``: with ``-v`` (INFO lines shown)."""
    extra = [f"{key}={value}" for key, value in (settings or {}).items()]
    args = ["-e", *extra] if extra else []
    args += ["-v"] if verbose else []
    environment = {"PYTHONHASHSEED": hash_seed, "COLUMNS": "400", "TERM": "dumb"}
    return run_module(project, ["pelican", "content", *args], environment, 600)


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
