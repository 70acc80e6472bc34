"""The editor's tasks as an editor runs them: ``invoke build`` is ``pelican
content``, ``invoke seeds`` shows what the site will show, ``invoke curate``
hands a seed over to a Markdown post."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIRST_SEED
from publish_support import (
    NO_NER,
    QUICK,
    SYNTHETIC_SEED,
    SYNTHETIC_TITLE,
    free_port,
    make_project,
    run_invoke,
)

from newsdigest.site.typography import typeset_text

HEADLINE_ONLY = (
    "Le Quotidien Synthétique\nSciences\nUn titre synthétique sans article\n"
)
UNDATED = (
    "Le Quotidien Synthétique\nSciences\nUn article synthétique sans date\n"
    "Ce texte généré par les tests ne porte aucune date de publication.\n"
    "Son seul rôle est de faire apparaître l'avertissement du lecteur.\n"
)


def _tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(
            path.read_bytes()
        ).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _article(output: Path, day: str) -> BeautifulSoup:
    pages = sorted((output / day).glob("*/index.html"))
    assert len(pages) == 1, pages
    return BeautifulSoup(pages[0].read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """Two seeds built twice, with the real settings (entity tags included):
    first by ``invoke build``, then by ``pelican content``."""
    seeds = {
        FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8"),
        "synthetique.txt": SYNTHETIC_SEED,
    }
    folder = make_project(tmp_path_factory.mktemp("tasks") / "project", seeds, None)
    built = run_invoke(folder, "build")
    assert built.returncode == 0, built.stderr
    shutil.move(folder / "output", folder / "output-invoke")
    pelican = subprocess.run(
        [sys.executable, "-m", "pelican", "content"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert pelican.returncode == 0, pelican.stderr
    return folder


def test_invoke_build_is_pelican_content(project):
    by_invoke = _tree(project / "output-invoke")
    by_pelican = _tree(project / "output")
    print(f"{len(by_pelican)} files compared")
    assert len(by_pelican) >= 20
    assert by_invoke == by_pelican


def test_seed_table_shows_what_the_site_shows(project):
    result = run_invoke(project, "seeds", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["file"]: row for row in json.loads(result.stdout)}
    assert list(rows) == [f"seeds/{FIRST_SEED.name}", "seeds/synthetique.txt"]
    for row, day in (
        (rows[f"seeds/{FIRST_SEED.name}"], "2023/09/13"),
        (rows["seeds/synthetique.txt"], "2024/03/05"),
    ):
        page = _article(project / "output", day)
        # The page shows the title typeset (newsdigest.site.typography).
        assert typeset_text(row["title"], "fr") == page.find("h1").get_text(strip=True)
        shown = [
            meta["content"] for meta in page.find_all("meta", property="article:tag")
        ]
        assert row["tags"] == shown
        assert row["warnings"] == []
        assert row["error"] == ""
    first = rows[f"seeds/{FIRST_SEED.name}"]
    assert (first["source"], first["source_section"]) == ("BFMTV", "Russie")
    assert first["date"].startswith("2023-09-13T")
    assert {"Russie", "Corée du Nord", "Vladimir Poutine", "Kim Jong-un"} <= set(
        first["tags"]
    )


def test_seed_table_lists_the_seeds_without_their_original(tmp_path):
    linked = SYNTHETIC_SEED.replace(
        "---\ndate:", "---\nurl: https://quotidien-synthetique.example/a\ndate:"
    )
    seeds = {"avec-adresse.txt": linked, "sans-adresse.txt": SYNTHETIC_SEED}
    folder = make_project(tmp_path / "project", seeds, None)
    result = run_invoke(folder, "seeds", "--no-entities")
    assert result.returncode == 0, result.stderr
    assert (
        "1 without the original's address (add url: to the front matter): "
        "seeds/sans-adresse.txt"
    ) in " ".join(result.stdout.split())


def test_seed_table_reports_errors_and_warnings(tmp_path):
    seeds = {"titre-seul.txt": HEADLINE_ONLY, "sans-date.txt": UNDATED}
    folder = make_project(tmp_path / "project", seeds, None)
    result = run_invoke(folder, "seeds", "--json", "--no-entities")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["file"] for row in rows] == [
        "seeds/sans-date.txt",
        "seeds/titre-seul.txt",
    ]
    undated, headline = rows
    assert undated["title"] == "Un article synthétique sans date"
    assert undated["date_origin"] == "added"
    assert undated["warnings"] == []
    ledger = json.loads((folder / "seeds" / "ledger.json").read_text("utf-8"))
    assert sorted(ledger["seeds"]) == ["sans-date.txt", "titre-seul.txt"]
    added = ledger["seeds"]["sans-date.txt"]["added"]
    assert dt.datetime.fromisoformat(undated["date"]) == dt.datetime.fromisoformat(
        added
    )
    assert "title" not in headline
    assert headline["error"] == (
        "seeds/titre-seul.txt:3: only a headline: paste the article text under it"
    )
    table = run_invoke(folder, "seeds", "--no-entities", env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    assert "2 seeds: 1 publish (0 with warnings), 0 curated, 1 rejected" in table.stdout
    assert "ERROR line 3: only a headline" in table.stdout
    assert "(added)" in table.stdout


def test_curated_post_replaces_its_seed(tmp_path):
    folder = make_project(
        tmp_path / "project", {FIRST_SEED.name: FIRST_SEED.read_text("utf-8")}, None
    )
    assert run_invoke(folder, "build", "--", *NO_NER).returncode == 0
    from_seed = _article(folder / "output", "2023/09/13")

    result = run_invoke(folder, "curate", FIRST_SEED.name)
    assert result.returncode == 0, result.stderr
    post = folder / "content" / "posts" / FIRST_SEED.with_suffix(".md").name
    assert result.stdout == (
        f"Wrote content/posts/{post.name}: edit it; seeds/{FIRST_SEED.name} "
        "is now skipped.\n"
    )
    lines = post.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == [
        "Title: Vladimir Poutine laisse entendre que la Russie aidera la Corée du "
        "Nord à construire des satellites",
        "Date: 2023-09-13T00:00:00+02:00",
        "Date_origin: text",  # the date the caption prints
        "Source_section: Russie",
    ]
    assert f"Seed: seeds/{FIRST_SEED.name}" in lines

    assert run_invoke(folder, "build", "--", *NO_NER).returncode == 0
    from_post = _article(folder / "output", "2023/09/13")
    for selector in ("h1", ".article-chapo", ".article-source", ".article-photo"):
        assert from_post.select_one(selector) == from_seed.select_one(selector)
    assert from_post.select_one(".article-body") == from_seed.select_one(
        ".article-body"
    )

    post.write_text(
        post.read_text("utf-8").replace(lines[0], "Title: Un titre corrigé à la main"),
        encoding="utf-8",
    )
    assert run_invoke(folder, "build", "--", *NO_NER).returncode == 0
    edited = _article(folder / "output", "2023/09/13")  # still one article that day
    assert edited.find("h1").get_text(strip=True) == "Un titre corrigé à la main"

    again = run_invoke(folder, "curate", FIRST_SEED.name)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        f"content/posts/{post.name} exists already: edit it, or use --force"
    )
    listed = json.loads(run_invoke(folder, "seeds", "--json", "--no-entities").stdout)
    assert listed[0]["curated"] == f"content/posts/{post.name}"


def test_curate_an_unknown_seed(tmp_path):
    folder = make_project(
        tmp_path / "project", {"synthetique.txt": SYNTHETIC_SEED}, None
    )
    result = run_invoke(folder, "curate", "absent.txt")
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == "No seed absent.txt (give a file of seeds/ or its path)"
    )


def _get(url: str, seconds: float = 60.0) -> str:
    """The text of the page at ``url`` once it answers, waiting at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return html.unescape(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextmanager
def _running(project: Path, *args: str) -> Iterator[subprocess.Popen]:
    process = subprocess.Popen(
        [sys.executable, "-m", "invoke", *args],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_binds_this_machine_under_a_sub_path(tmp_path):
    folder = make_project(
        tmp_path / "project", {"synthetique.txt": SYNTHETIC_SEED}, None
    )
    assert run_invoke(folder, "build", "--", *QUICK).returncode == 0
    port = free_port()
    with _running(folder, "serve", "--port", str(port), "--prefix", "/revue/"):
        page = _get(f"http://127.0.0.1:{port}/revue/")
        with pytest.raises(urllib.error.HTTPError) as outside:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html")
        listening = _listening(port)
    assert "<title>Revue de presse</title>" in page
    assert outside.value.code == 404
    assert listening == ["127.0.0.1"]


def _listening(port: int) -> list[str]:
    """The addresses a TCP port listens on (IPv4, from /proc/net/tcp)."""
    addresses = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, _, hexport = local.partition(":")
        if state == "0A" and int(hexport, 16) == port:
            addresses.append(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return addresses


def test_livereload_rebuilds_when_a_seed_changes(tmp_path):
    folder = make_project(
        tmp_path / "project", {"synthetique.txt": SYNTHETIC_SEED}, None
    )
    port = free_port()
    site = f"http://127.0.0.1:{port}/"
    with _running(folder, "livereload", "--port", str(port), "--", *QUICK):
        assert typeset_text(SYNTHETIC_TITLE, "fr") in _get(site)
        seed = folder / "seeds" / "synthetique.txt"
        seed.write_text(SYNTHETIC_SEED.replace("bleus", "verts"), encoding="utf-8")
        deadline = time.monotonic() + 60
        while typeset_text(SYNTHETIC_TITLE.replace("bleus", "verts"), "fr") not in _get(
            site
        ):
            assert time.monotonic() < deadline, "no rebuild after the seed changed"
            time.sleep(0.5)
