"""Publish a built folder to a ``gh-pages`` branch with ghp-import, and say what
a publication would change (``invoke publish --dry-run``).

Before committing, the branch is fetched from the remote so that the new
commit follows the published history (ghp-import rebases on
``REMOTE/BRANCH``); after committing, the branch's files are compared with
the folder's, so that a failed import is never pushed. The commit message
names the source commit, so a working tree with uncommitted changes (a new
seed, an edited taxonomy) is refused before building, and one the build
itself changed (the seed ledger, recording new seeds) before committing
(:func:`uncommitted`): the site published is the site of a commit.
"""

from __future__ import annotations

import datetime
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


class PublishError(Exception):
    """Publishing cannot go on; the message says why and what to do."""


@dataclass
class TreeDiff:
    """Files a publication adds, changes and removes on the branch."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def __str__(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.removed)} removed, {self.unchanged} unchanged"
        )

    def lines(self, limit: int = 20) -> list[str]:
        """The changed names, ``+`` added, ``~`` changed, ``-`` removed."""
        shown = []
        for mark, names in (
            ("+", self.added),
            ("~", self.changed),
            ("-", self.removed),
        ):
            shown += [f"{mark} {name}" for name in names[:limit]]
            if len(names) > limit:
                shown.append(f"{mark} … and {len(names) - limit} more")
        return shown


def git(repo: Path, *args: str, stdin: str | None = None) -> str:
    """Run git in ``repo``; raise PublishError with git's message on failure."""
    result = subprocess.run(
        ["git", *args],
        cwd=repo,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PublishError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def remote_url(repo: Path, remote: str) -> str:
    """The URL of a remote; a clear error if the repository has no such remote."""
    try:
        return git(repo, "remote", "get-url", remote).strip()
    except PublishError:
        raise PublishError(
            f"no git remote '{remote}': add it with "
            f"'git remote add {remote} URL' or pass --remote"
        ) from None


def fetch_branch(repo: Path, remote: str, branch: str) -> bool:
    """Bring ``REMOTE/BRANCH`` up to date; False if the remote has no such branch."""
    if not git(repo, "ls-remote", "--heads", remote, branch).strip():
        return False
    git(repo, "fetch", "--quiet", remote, f"+{branch}:refs/remotes/{remote}/{branch}")
    return True


def branch_files(repo: Path, ref: str) -> dict[str, str]:
    """Every file of a commit and its blob id; empty if the ref does not exist."""
    try:
        listing = git(repo, "ls-tree", "-r", "-z", ref)
    except PublishError:
        return {}
    files = {}
    for entry in listing.split("\0"):
        if entry:
            meta, path = entry.split("\t", 1)
            files[path] = meta.split()[2]
    return files


def folder_files(repo: Path, folder: Path, extra: dict[str, str]) -> dict[str, str]:
    """Every file of a folder (plus ``extra`` name -> text) and its blob id."""
    paths = sorted(path for path in folder.rglob("*") if path.is_file())
    names = [path.relative_to(folder).as_posix() for path in paths]
    listing = "".join(f"{path.resolve()}\n" for path in paths)
    ids = git(repo, "hash-object", "--stdin-paths", stdin=listing).split()
    files = dict(zip(names, ids, strict=True))
    for name, text in extra.items():
        files[name] = git(repo, "hash-object", "--stdin", stdin=text).strip()
    return files


def compare(local: dict[str, str], published: dict[str, str]) -> TreeDiff:
    """What changes when ``local`` replaces ``published``.

    >>> str(compare({"a": "1", "b": "2"}, {"b": "3", "c": "4"}))
    '1 added, 1 changed, 1 removed, 0 unchanged'
    """
    diff = TreeDiff()
    for name in sorted(local):
        if name not in published:
            diff.added.append(name)
        elif published[name] != local[name]:
            diff.changed.append(name)
        else:
            diff.unchanged += 1
    diff.removed = sorted(set(published) - set(local))
    return diff


def extra_files(cname: str | None) -> dict[str, str]:
    """The files ghp-import adds: ``.nojekyll`` always, ``CNAME`` when asked."""
    return {".nojekyll": "", **({"CNAME": cname} if cname else {})}


def check_identity(repo: Path) -> None:
    """ghp-import commits as the git user: refuse early if there is none."""
    try:
        git(repo, "var", "GIT_COMMITTER_IDENT")
    except PublishError:
        raise PublishError(
            "git does not know who commits: run git config user.name 'NAME' "
            "and git config user.email 'EMAIL'"
        ) from None


def import_and_push(
    repo: Path,
    folder: Path,
    *,
    remote: str,
    branch: str,
    message: str,
    cname: str | None,
) -> str:
    """Commit ``folder`` to ``branch`` with ghp-import, check the commit holds
    exactly the folder, push it, and return the commit id."""
    command = [sys.executable, "-m", "ghp_import", "--no-jekyll", "-m", message]
    command += ["-b", branch, "-r", remote]
    if cname:
        command += ["--cname", cname]
    result = subprocess.run(
        [*command, str(folder)], cwd=repo, capture_output=True, text=True, check=False
    )
    expected = folder_files(repo, folder, extra_files(cname))
    diff = compare(expected, branch_files(repo, f"refs/heads/{branch}"))
    if result.returncode != 0 or not diff.empty:
        raise PublishError(
            f"ghp-import did not commit the site ({diff}): "
            f"{(result.stdout + result.stderr).strip()}"
        )
    git(repo, "push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}")
    return git(repo, "rev-parse", f"refs/heads/{branch}").strip()


def uncommitted(repo: Path, built: list[Path]) -> list[str]:
    """Files of the working tree that differ from HEAD, untracked ones too,
    except under the ``built`` folders (output, caches).

    >>> uncommitted(Path("/nonexistent"), [])
    Traceback (most recent call last):
    ...
    newsdigest.publishing.ghpages.PublishError: not a git repository: /nonexistent
    """
    if not repo.is_dir():
        raise PublishError(f"not a git repository: {repo}")
    excluded = [
        f":(exclude,top){path.resolve().relative_to(repo.resolve()).as_posix()}"
        for path in built
        if path.resolve().is_relative_to(repo.resolve())
    ]
    listing = git(
        repo,
        "status",
        "--porcelain=v1",
        "-z",
        "--untracked-files=all",
        "--",
        ":/",
        *excluded,
    )
    entries = [entry for entry in listing.split("\0") if entry]
    names, skip = [], False
    for entry in entries:
        if skip:  # the old name of a rename
            skip = False
            continue
        names.append(entry[3:])
        skip = entry[0] in "RC"
    return names


def publish_message(repo: Path) -> str:
    """The gh-pages commit message: the source commit and the time."""
    try:
        source = git(repo, "rev-parse", "--short", "HEAD").strip()
    except PublishError:
        source = "uncommitted sources"
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"Publish site from {source} on {now}"
