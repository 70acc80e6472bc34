"""What the output path may be when a build starts, and a disk that fills up.

``output/`` may be missing, a folder, or a symbolic link to a folder (a web
server's root, say): the site is built beside the link's target and swapped
in there, so the served folder gets the new site and the link stays. A
regular file, a dangling link or a special file is refused before anything
is written or deleted (Pelican alone deleted a file, and replaced a link by
a folder, leaving the served target with the old site forever). A full
disk fails the build with a message naming the folder; ``output/`` stays.
"""

from __future__ import annotations

import io
import json
import logging
import os
import shutil
import subprocess
import sys

import pytest
from build_support import project_copy, snapshot
from conftest import build
from hostile_support import GOOD, GOOD_PAGES

from newsdigest.build import staging
from newsdigest.build.removal import Removal, log_not_deleted, remove_trees
from newsdigest.build.staging import (
    OutputError,
    Staging,
    exchange,
)

ONE = dict(list(GOOD.items())[:1])


def test_a_symlinked_output_is_written_through(tmp_path):
    served = tmp_path / "www" / "revue"
    build(tmp_path / "first", ONE)
    shutil.copytree(tmp_path / "first" / "output", served)
    site_root = tmp_path / "site"
    site_root.mkdir()
    (site_root / "output").symlink_to(served)
    site = build(site_root, GOOD)
    assert (site_root / "output").is_symlink()
    assert os.readlink(site_root / "output") == str(served)
    assert sorted(
        str(path.relative_to(served)) for path in served.glob("20*/*/*/*/index.html")
    ) == list(GOOD_PAGES)
    assert site.article_paths() == list(GOOD_PAGES)
    beside = sorted(path.name for path in served.parent.iterdir())
    assert beside[-1] == "revue"
    assert [name.split(".")[:3] for name in beside[:-1]] == [["", "revue", "retired"]]


@pytest.mark.parametrize("atomic", [True, False], ids=["atomic", "in-place"])
def test_an_output_that_is_a_regular_file_is_refused_and_kept(tmp_path, atomic):
    output = tmp_path / "output"
    tmp_path.mkdir(exist_ok=True)
    output.write_text("notes de l'éditeur, à ne pas perdre\n", encoding="utf-8")
    settings = {"DIGEST_ATOMIC_OUTPUT": atomic, "DELETE_OUTPUT_DIRECTORY": True}
    with pytest.raises(OutputError) as refusal:
        build(tmp_path, ONE, settings)
    assert str(refusal.value) == (
        f"the output folder {output} is a regular file, not a folder: move it "
        "away or set OUTPUT_PATH; nothing was built, nothing deleted"
    )
    assert output.read_text(encoding="utf-8") == "notes de l'éditeur, à ne pas perdre\n"
    assert sorted(path.name for path in tmp_path.glob(".output*")) == []


def test_a_dangling_output_link_is_refused(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "output").symlink_to(tmp_path / "disparu")
    with pytest.raises(OutputError) as refusal:
        build(tmp_path, ONE)
    assert str(refusal.value) == (
        f"the output folder {tmp_path / 'output'} is a symbolic link to "
        f"{tmp_path / 'disparu'}, which is nothing (a dangling link): point it at "
        "a folder, or remove it; nothing was built"
    )
    assert not (tmp_path / "disparu").exists()


def test_an_output_that_is_a_named_pipe_is_refused_unopened(tmp_path):
    tmp_path.mkdir(exist_ok=True)
    os.mkfifo(tmp_path / "output")
    with pytest.raises(OutputError, match="is a named pipe \\(FIFO\\), not a folder"):
        build(tmp_path, ONE)
    assert (tmp_path / "output").is_fifo()


def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "qui").write_text(name)
    assert exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "a" / "qui").read_text() == "b"
    assert (tmp_path / "b" / "qui").read_text() == "a"


def test_without_exchange_the_swap_renames_twice(tmp_path, monkeypatch):
    monkeypatch.setattr(staging, "exchange", lambda first, second: False)
    output = tmp_path / "output"
    output.mkdir()
    (output / "ancien.html").write_text("ancien")
    swap = Staging(output, pid=4242)
    (swap.prepare([]) / "nouveau.html").write_text("nouveau")
    old = swap.swap()
    assert old == swap.previous
    assert (output / "nouveau.html").read_text() == "nouveau"
    assert (old / "ancien.html").read_text() == "ancien"


def test_a_retired_site_waits_for_the_next_build_which_deletes_it(tmp_path):
    output = tmp_path / "output"
    output.mkdir()
    (output / "ancien.html").write_text("ancien")
    first = Staging(output, pid=4242)
    (first.prepare([]) / "nouveau.html").write_text("nouveau")
    first.retire(first.swap())
    [retired] = first.retired()
    assert retired.name.startswith(".output.retired.4242.")
    assert (retired / "ancien.html").read_text() == "ancien"
    second = Staging(output, pid=4343)
    second.prepare([])
    assert second.retired() == [retired]  # any build's, this one's too
    Removal(second.retired()).wait()
    assert second.retired() == []
    assert (output / "nouveau.html").read_text() == "nouveau"


def test_a_removal_goes_past_entries_another_build_deleted(tmp_path, monkeypatch):
    old = tmp_path / ".output.retired.1.2"
    (old / "2030" / "01").mkdir(parents=True)
    (old / "2030" / "01" / "index.html").write_text("ancien")
    unlink = os.unlink

    def raced(path, *args, **kwargs):  # the other build took this file first
        monkeypatch.setattr(os, "unlink", unlink)
        unlink(path, *args, **kwargs)
        unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", raced)
    report = io.StringIO()
    remove_trees([str(old)], report)
    assert not old.exists()
    assert report.getvalue() == ""


def test_a_site_that_cannot_be_deleted_is_reported_for_the_next_build(
    tmp_path, monkeypatch, caplog
):
    old = tmp_path / ".output.retired.1.2"
    (old / "lu").mkdir(parents=True)
    (old / "lu" / "index.html").write_text("ancien")

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    with monkeypatch.context() as patched:
        patched.setattr(os, "unlink", refuse)
        report = io.StringIO()
        remove_trees([str(old)], report)
    assert (old / "lu" / "index.html").exists()
    assert report.getvalue() == f"{old}\tPermission denied\n"
    with caplog.at_level(logging.INFO):
        log_not_deleted(report.getvalue())
    assert f"{old}: not deleted (Permission denied): next build" in caplog.text
    Removal([old]).wait()  # the next build's process
    assert not old.exists()


def test_old_sites_are_deleted_by_a_process_of_their_own(tmp_path):
    olds = [tmp_path / f".output.retired.1.{n}" for n in (2, 3)]
    for old in olds:
        (old / "2030" / "01").mkdir(parents=True)
        (old / "2030" / "01" / "index.html").write_text("ancien")
    removal = Removal(olds)
    assert removal.process is not None and removal.process.pid != os.getpid()
    removal.wait()
    assert not any(old.exists() for old in olds)
    assert removal.process.returncode == 0


FILL = """
import json, os, subprocess, sys
folder, old, project = sys.argv[1:4]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder], check=True)
subprocess.run(["cp", "-a", old, folder + "/output"], check=True)
room = os.statvfs(folder)
with open(folder + "/remplissage", "wb") as filler:
    filler.write(b"0" * (room.f_bavail * room.f_frsize - 48_000))
done = subprocess.run(
    [sys.executable, "-m", "pelican", "content", "-o", folder + "/output",
     "-e", "DIGEST_NER_ENABLED=false"],
    cwd=project, capture_output=True, text=True, env={**os.environ, "COLUMNS": "400"},
)
os.remove(folder + "/remplissage")
subprocess.run(["cp", "-a", folder + "/output", folder + ".after"], check=True)
left = sorted(name for name in os.listdir(folder) if name.startswith(".output"))
print(json.dumps([done.returncode, done.stdout + done.stderr, left]))
"""


def test_a_full_disk_names_the_folder_and_keeps_the_output(tmp_path):
    """On a small file system of its own (tmpfs in a private mount namespace,
    gone when the test ends), nearly full: the build runs out of room."""
    project = project_copy(tmp_path / "revue", GOOD)
    old = tmp_path / "old"
    build(tmp_path / "first", ONE)
    shutil.copytree(tmp_path / "first" / "output", old, symlinks=True)
    folder = tmp_path / "disque"
    folder.mkdir()
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    command = [
        *unshare,
        sys.executable,
        "-c",
        FILL,
        str(folder),
        str(old),
        str(project),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(
            f"no private tmpfs here ({' '.join(unshare)}): {done.stderr[-300:]}"
        )
    code, said, left = json.loads(done.stdout)
    assert code == 1
    flat = " ".join(said.split())
    assert f"OutputError: no space left on the device of {folder}/.output.staging." in (
        flat
    )
    assert f"free some space and build again; {folder}/output was left as it was" in (
        flat
    )
    assert snapshot(tmp_path / "disque.after") == snapshot(old)
    assert left == []


CATALOGUE = {
    "output/ a symbolic link to a folder": test_a_symlinked_output_is_written_through,
    "output/ a regular file": test_an_output_that_is_a_regular_file_is_refused_and_kept,
    "output/ a dangling symbolic link": test_a_dangling_output_link_is_refused,
    "output/ a named pipe": test_an_output_that_is_a_named_pipe_is_refused_unopened,
    "disk full while building": test_a_full_disk_names_the_folder_and_keeps_the_output,
    "a file system that cannot exchange two folders": (
        test_without_exchange_the_swap_renames_twice
    ),
}
