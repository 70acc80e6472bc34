"""The whole build's up-to-date check (``newsdigest.build.uptodate``).

A build of a site whose inputs and output are those the last build recorded
does not run Pelican: it says so in one line, and ``output/`` keeps every
file as it was (same inode, same times). Each other case changes one input
or the output (a seed edited with its size and time kept, added or deleted,
a content page, a setting, a template, an output file deleted, added or
edited by hand, the record corrupt), rebuilds, and compares the site byte for
byte with a cold build of the same project. An edit made during a build is
seen by the next one; the seed ledger the build itself writes is not an edit.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from build_support import NO_NER, pelican, project_copy, snapshot
from conftest import ROOT, build, site_settings
from crosslinks_corpus import SEEDS
from pelican import Pelican, signals

from newsdigest.build.inputs import (
    Walk,
    output_kept,
    output_manifest,
    tree_digest,
)
from newsdigest.build.uptodate import Record, read_record

SKIPPED = "Nothing changed since the last build"
DURING = "inputs changed during the build"
# A seed added by a test; one edited by a test.
ADDED = "snorvik-phare-rallume.txt"
EDITED = "zorblanc-gazette.txt"


def record_of(root: Path) -> Path:
    return root / "cache" / "newsdigest" / "build.json"


def skipped(site) -> bool:
    """Whether the build said it did nothing."""
    return any(r.getMessage().startswith(SKIPPED) for r in site.records)


def stamps(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every entry under ``folder``: its inode, modification and change time."""
    found = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        found[str(path.relative_to(folder))] = (
            info.st_ino,
            info.st_mtime_ns,
            info.st_ctime_ns,
        )
    return found


def cold(root: Path, settings: dict | None = None) -> dict[str, str]:
    """The output of a build of the same project from nothing."""
    shutil.rmtree(root / "output")
    for record in ("build.json", "pages.json"):
        (root / "cache" / "newsdigest" / record).unlink(missing_ok=True)
    site = build(root, {}, settings)
    assert not skipped(site)
    return snapshot(site.output)


@pytest.fixture(autouse=True)
def info_logged(caplog):
    """The build's INFO lines are recorded."""
    caplog.set_level(logging.INFO, logger="newsdigest.build")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A site of the cross-links corpus but one seed, built once."""
    build(tmp_path, {n: text for n, text in SEEDS.items() if n != ADDED})
    return tmp_path


def test_an_unchanged_site_is_not_built_again(project):
    before, files = stamps(project / "output"), snapshot(project / "output")
    for _ in range(2):
        site = build(project, {})
        assert skipped(site)
        assert not any(r.getMessage().startswith("pages:") for r in site.records)
    message = next(r.getMessage() for r in site.records if skipped_line(r))
    assert message == f"{SKIPPED}: output/ kept as it is (7 articles)"
    assert stamps(project / "output") == before
    assert snapshot(project / "output") == files
    assert not list(project.glob(".output.*"))


def skipped_line(record: logging.LogRecord) -> bool:
    return record.getMessage().startswith(SKIPPED)


def keep_times(path: Path, change: Callable[[Path], None]) -> None:
    """Change a file as ``change`` does, then give it back its times."""
    info = path.stat()
    change(path)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def same_size_edit(path: Path) -> None:
    """One letter changed for another: same size, other bytes."""
    data = path.read_bytes()
    index = data.index(b"carton")
    path.write_bytes(data[:index] + b"cartOn" + data[index + 6 :])


def edit_seed(root: Path) -> None:
    seed = root / "seeds" / EDITED
    keep_times(seed, same_size_edit)


def add_seed(root: Path) -> None:
    (root / "seeds" / ADDED).write_text(SEEDS[ADDED], encoding="utf-8")


def delete_seed(root: Path) -> None:
    (root / "seeds" / EDITED).unlink()


def edit_page(root: Path) -> None:
    page = root / "content" / "pages" / "a-propos.md"
    page.write_text(page.read_text("utf-8") + "\nUne phrase ajoutée.\n", "utf-8")


def delete_output_file(root: Path) -> None:
    next((root / "output").glob("20*/*/*/*/index.html")).unlink()


def add_output_file(root: Path) -> None:
    (root / "output" / "ajout.html").write_text("ajouté à la main", "utf-8")


def edit_output_file(root: Path) -> None:
    """An article page edited in place, its size kept."""
    page = next((root / "output").glob("20*/*/*/*/index.html"))
    with page.open("r+b") as stream:
        stream.write(b"modifie")


def corrupt_record(root: Path) -> None:
    record_of(root).write_bytes(b"\x00\xff pas du JSON")


def other_version(root: Path) -> None:
    data = json.loads(record_of(root).read_text("utf-8"))
    record_of(root).write_text(json.dumps({**data, "version": 99}), "utf-8")


def forged_record(root: Path) -> None:
    """A record of the right shape whose inputs are another build's."""
    data = json.loads(record_of(root).read_text("utf-8"))
    record_of(root).write_text(json.dumps({**data, "inputs": "0" * 64}), "utf-8")


@pytest.mark.parametrize(
    "change",
    [
        edit_seed,
        add_seed,
        delete_seed,
        edit_page,
        delete_output_file,
        add_output_file,
        edit_output_file,
        corrupt_record,
        other_version,
        forged_record,
    ],
)
def test_a_change_gives_the_cold_build(project, change):
    change(project)
    site = build(project, {})
    assert not skipped(site)
    assert snapshot(site.output) == cold(project)


def test_a_changed_setting_gives_the_cold_build(project):
    settings = {"SITENAME": "Une autre revue"}
    site = build(project, {}, settings)
    assert not skipped(site)
    assert snapshot(site.output) == cold(project, settings)
    assert skipped(build(project, {}, settings))
    assert not skipped(build(project, {}))


def test_a_changed_template_gives_the_cold_build(project, tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    settings = {"THEME": str(theme)}
    build(project, {}, settings)
    assert skipped(build(project, {}, settings))
    base = theme / "templates" / "base.html"
    text = base.read_text(encoding="utf-8")
    base.write_text(text.replace("une revue de presse", "un essai"), "utf-8")
    site = build(project, {}, settings)
    assert not skipped(site)
    assert "un essai" in site.html("index.html")
    assert snapshot(site.output) == cold(project, settings)


def test_the_ledger_the_build_writes_is_no_change(project):
    """A new seed: the build writes it in the ledger; the next one skips."""
    ledger = project / "seeds" / "ledger.json"
    written = ledger.read_bytes()
    add_seed(project)
    assert not skipped(build(project, {}))
    assert ledger.read_bytes() != written
    assert skipped(build(project, {}))


def test_a_ledger_edited_by_hand_is_a_change(project):
    ledger = project / "seeds" / "ledger.json"
    data = json.loads(ledger.read_text("utf-8"))
    data["seeds"][EDITED]["added"] = "2020-01-02T03:04:05+00:00"
    ledger.write_text(json.dumps(data, indent=1), "utf-8")
    site = build(project, {})
    assert not skipped(site)
    assert snapshot(site.output) == cold(project)


def add_sentence(path: Path) -> None:
    path.write_text(path.read_text("utf-8") + "\nAjouté pendant.\n", "utf-8")


def reformat(path: Path) -> None:
    """The same JSON, written otherwise."""
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps(data, indent=3), "utf-8")


@pytest.mark.parametrize(
    ("name", "edit"), [(EDITED, add_sentence), ("ledger.json", reformat)]
)
def test_an_edit_during_the_build_is_seen_by_the_next(project, name, edit):
    """Edited once the articles are read (and the ledger written): the
    build that read the old bytes records nothing."""
    seed = project / "seeds" / name
    add_seed(project)  # so that the build runs

    def receiver(_generator: object) -> None:
        edit(seed)

    signals.article_generator_finalized.connect(receiver)
    try:
        site = build(project, {})
    finally:
        signals.article_generator_finalized.disconnect(receiver)
    assert any(m.startswith(DURING) for m in site.messages(logging.INFO))
    assert not record_of(project).exists()
    edited = seed.read_bytes()
    site = build(project, {})
    assert not skipped(site)
    assert seed.read_bytes() == edited
    assert snapshot(site.output) == cold(project)


def test_an_unwritable_record_costs_builds_not_correctness(project):
    record_of(project).unlink()
    record_of(project).mkdir()
    for _ in range(2):
        site = build(project, {})
        assert not skipped(site)
        assert any("cannot be written" in m for m in site.messages())
    assert snapshot(site.output) == cold_keeping(project)


def cold_keeping(root: Path) -> dict[str, str]:
    """A cold build, the record's place left as it is."""
    shutil.rmtree(root / "output")
    return snapshot(build(root, {}).output)


def test_the_check_can_be_turned_off(project):
    settings = {"DIGEST_SKIP_UNCHANGED": False}
    build(project, {}, settings)
    site = build(project, {}, settings)
    assert not skipped(site)
    assert any(r.getMessage().startswith("pages:") for r in site.records)


def test_one_pelican_object_run_again_and_again(tmp_path, caplog):
    """As ``pelican --autoreload`` does: run() called again in one process."""
    seeds = {n: text for n, text in SEEDS.items() if n != ADDED}
    site = Pelican(site_settings(tmp_path, seeds))
    site.run()
    first = snapshot(tmp_path / "output")
    caplog.clear()
    site.run()
    assert any(skipped_line(r) for r in caplog.records)
    assert snapshot(tmp_path / "output") == first
    caplog.clear()
    add_seed(tmp_path)
    site.run()
    assert not any(skipped_line(r) for r in caplog.records)
    built = snapshot(tmp_path / "output")
    caplog.clear()
    site.run()
    assert any(skipped_line(r) for r in caplog.records)
    assert built == cold(tmp_path)


@pytest.mark.parametrize("verbose", [False, True])
def test_pelican_content_twice_exits_0_and_says_so(tmp_path, verbose):
    """As an editor runs it: ``pelican content`` twice; the second run says
    it kept the site, at the default log level as Pelican says "Done"."""
    project = project_copy(tmp_path / "site")
    settings = {**NO_NER, "DIGEST_SEARCH": "false"}
    for attempt in range(2):
        done = pelican(project, settings, verbose=verbose)
        assert done.returncode == 0, done.stderr
        said = " ".join((done.stdout + done.stderr).split())
        assert ("Done: Processed" in said) == (attempt == 0)
        assert ("Done: nothing changed, output/ is up to date." in said) == (
            attempt == 1
        )
        assert (SKIPPED in said) == (attempt == 1 and verbose)


def test_a_walk_sees_a_folder_it_excludes(tmp_path):
    """A folder the build excludes (a link to a folder read already) is
    not read, but its appearance is a change: the build names it."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Texte", "utf-8")
    walk = Walk.of(str(tmp_path), "seeds", ["seeds/copie"])
    before = tree_digest(walk, frozenset())
    os.symlink(tmp_path / "seeds", tmp_path / "seeds" / "copie")
    assert tree_digest(walk, frozenset()) != before


def test_an_entry_added_deep_in_the_output_is_seen_without_listing(tmp_path):
    """Only the recorded entries are looked at: a file added changes the
    times of the folder that holds it."""
    deep = tmp_path / "output" / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "index.html").write_text("page", "utf-8")
    (tmp_path / "output" / ".git").mkdir()
    manifest = output_manifest(tmp_path / "output", [".git"])
    assert "a/b/index.html" in manifest.names
    assert ".git" not in manifest.names
    assert output_kept(tmp_path / "output", manifest)
    (tmp_path / "output" / ".git" / "HEAD").write_text("retained", "utf-8")
    assert output_kept(tmp_path / "output", manifest)
    (deep / "autre.html").write_text("ajout", "utf-8")
    assert not output_kept(tmp_path / "output", manifest)


@pytest.mark.parametrize(
    "names", ["index.html\0../secret", "/etc/passwd", "a/../../b", "a\0.."]
)
def test_a_record_naming_a_path_outside_the_output_is_not_read(tmp_path, names):
    (tmp_path / "output").mkdir()
    record = tmp_path / "build.json"
    Record("0" * 64, output_manifest(tmp_path / "output", []), 1, 0).save(record)
    assert read_record(record) is not None
    data = json.loads(record.read_text("utf-8"))
    count = names.count("\0") + 1
    data["output"] = {"names": names, "numbers": [0] * 5 * count}
    record.write_text(json.dumps(data), "utf-8")
    assert read_record(record) is None
