"""One way in for seeds: only the seed reader reads ``seeds/``, nothing from outside.

A page saved from a browser, a Markdown file that says where to write
itself, a README, a ``.TXT``, a hidden folder: every file of ``seeds/``
that is not a seed is named with why it is not read, and nothing of it
reaches the site. A symbolic link leading outside ``seeds/`` or
``content/`` publishes nothing of what it points at. ``invoke seeds``
lists the same files; strict mode refuses them.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path, PurePosixPath

import pytest
from conftest import ROOT, build
from hostile_support import GOOD, GOOD_PAGES, own_messages, page_facts

from newsdigest.build.problems import StrictBuildError
from newsdigest.publishing.seedfiles import SeedFolder
from newsdigest.publishing.seedtable import read_rows
from newsdigest.seeds.files import inside
from newsdigest.seeds.places import Places, path_under

SECRET = "JETON-SECRET-4f1c"
SAVED_PAGE = (
    "<html><head><title>Un article</title></head><body><h1>Un titre</h1>"
    "<script>alert(1)</script><img src=x onerror=alert(2)>"
    "<a href='javascript:alert(3)'>lien</a></body></html>\n"
)
FRONT_PAGE_TAKEOVER = "Title: Pris\nDate: 2024-03-05\nSave_as: index.html\n\nPris.\n"
FEED_TAKEOVER = "Title: Flux\nDate: 2024-03-05\nSave_as: feeds/all.atom.xml\n\nX.\n"
NOT_A_SEED = (
    "not a seed: only .txt files are read here (a saved web page or document: "
    "copy the article's text into a .txt file)"
)


def _outside_file(seeds: Path) -> Path:
    secret = seeds.parent.parent / "secret.txt"
    secret.write_text(f"Le Quotidien\nUn titre\n\n{SECRET} et du texte.\n", "utf-8")
    return secret


def make_files(seeds: Path) -> None:
    """Every kind of file that is not a seed, and links leading outside."""
    content = seeds.parent / "content"
    shutil.copytree(ROOT / "content", content)
    (seeds / "page.html").write_text(SAVED_PAGE, encoding="utf-8")
    (seeds / "une.md").write_text(FRONT_PAGE_TAKEOVER, encoding="utf-8")
    (seeds / "flux.markdown").write_text(FEED_TAKEOVER, encoding="utf-8")
    (seeds / "README.txt").write_text("Ce dossier contient les copies.\n", "utf-8")
    (seeds / "ARTICLE.TXT").write_text(GOOD[next(iter(GOOD))], encoding="utf-8")
    (seeds / ".brouillons").mkdir()
    (seeds / ".brouillons" / "vieux.txt").write_text("Vieux.\n", encoding="utf-8")
    secret = _outside_file(seeds)
    (seeds / "lien.txt").symlink_to(secret)
    (seeds / "config.txt").symlink_to(seeds.parent / "content" / "taxonomy.yaml")
    (seeds / "dehors").symlink_to(secret.parent, target_is_directory=True)
    (content / "pages" / "lien.md").symlink_to(secret)
    (content / "posts").mkdir()
    (content / "posts" / "copie.txt").write_text(GOOD[next(iter(GOOD))], "utf-8")
    (content / "images").mkdir()
    (content / "images" / "secret.png").symlink_to(secret)


ERRORS = sorted(
    [
        f"seeds/page.html: {NOT_A_SEED}",
        f"seeds/une.md: {NOT_A_SEED}",
        f"seeds/flux.markdown: {NOT_A_SEED}",
        "seeds/README.txt: a README is not read as a seed: move it out of the "
        "seed folder",
        "seeds/ARTICLE.TXT: not read: seeds are named *.txt in lower case: "
        "rename it ARTICLE.txt",
        "seeds/.brouillons: a hidden folder is not read",
        "seeds/lien.txt: not read: a symbolic link to a file outside seeds/ "
        "(copy the file there instead)",
        "seeds/config.txt: not read: a symbolic link to a file outside seeds/ "
        "(copy the file there instead)",
        "seeds/dehors: not read: a symbolic link to a folder outside seeds/",
        "content/pages/lien.md: not read: a symbolic link to a file outside "
        "content/ (copy the file there instead)",
        "content/posts/copie.txt: not read: seeds are read from seeds/ only "
        "(move it there)",
        "content/images/secret.png: not copied: a symbolic link to a file outside "
        "content/ (copy the file there instead)",
    ]
)


@pytest.fixture(scope="module")
def control(tmp_path_factory):
    site = build(tmp_path_factory.mktemp("control"), GOOD)
    pages = {path: page_facts(site, path) for path in GOOD_PAGES}
    return site, pages


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    root = tmp_path_factory.mktemp("crowded") / "projet"
    (root / "seeds").mkdir(parents=True)
    make_files(root / "seeds")
    return build(root, GOOD)


def test_each_file_is_named_with_why_it_is_not_read(crowded):
    assert own_messages(crowded, logging.ERROR) == ERRORS
    assert own_messages(crowded, logging.WARNING) == []


def test_nothing_of_them_reaches_the_site(crowded, control):
    site, pages = control
    assert sorted(crowded.article_paths()) == sorted(GOOD_PAGES)
    for path in GOOD_PAGES:
        assert page_facts(crowded, path) == pages[path]
    assert crowded.html("index.html") == site.html("index.html")
    feed = "feeds/all.atom.xml"
    assert (crowded.output / feed).read_bytes() == (site.output / feed).read_bytes()
    for path in crowded.output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".png"):
            assert SECRET not in path.read_text("utf-8", errors="replace"), path
    assert not (crowded.output / "images" / "secret.png").exists()
    assert not (crowded.output / "pages" / "lien").exists()


def test_invoke_seeds_lists_them_with_the_same_reasons(crowded):
    folder = SeedFolder(
        {
            "PATH": str(crowded.root / "content"),
            "ARTICLE_PATHS": [str(crowded.root / "seeds"), "posts"],
        }
    )
    rows = {row.file: row for row in read_rows(folder)}
    seed_folder_errors = [e for e in ERRORS if e.startswith("seeds/")]
    listed = [row.error for row in rows.values() if row.error]
    # The folder link is the build's to exclude; the table lists files.
    assert sorted(listed) == [e for e in seed_folder_errors if "dehors" not in e]
    assert [f for f, row in rows.items() if not row.error] == sorted(
        f"seeds/{name}" for name in GOOD
    )


def test_strict_mode_refuses_them(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.html").write_text(SAVED_PAGE, encoding="utf-8")
    (tmp_path / "seeds" / "README.txt").write_text("Notes.\n", encoding="utf-8")
    with pytest.raises(StrictBuildError) as refused:
        build(tmp_path, GOOD, {"DIGEST_STRICT": True})
    assert [str(problem) for problem in refused.value.problems] == [
        "ERROR    seeds/README.txt: a README is not read as a seed: move it out "
        "of the seed folder",
        f"ERROR    seeds/page.html: {NOT_A_SEED}",
    ]


def test_the_ledger_git_and_file_manager_files_are_no_problem(tmp_path):
    (tmp_path / "seeds" / "sous").mkdir(parents=True)
    (tmp_path / "seeds" / ".gitkeep").write_bytes(b"")
    (tmp_path / "seeds" / "sous" / ".gitignore").write_text("*.tmp\n", "utf-8")
    (tmp_path / "seeds" / "sous" / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    build(tmp_path, GOOD)
    site = build(tmp_path, GOOD)  # with the ledger the first build wrote
    assert (tmp_path / "seeds" / "ledger.json").is_file()
    assert own_messages(site, logging.WARNING) == []
    assert own_messages(site, logging.ERROR) == []


@pytest.mark.parametrize(
    ("path", "root"),
    [
        ("/p/seeds/a.txt", "/p/seeds"),
        ("/p/seeds/sous/b.txt", "/p/seeds"),
        ("/p/seeds", "/p/seeds"),
        ("/p/seedsx/a.txt", "/p/seeds"),
        ("/p/a.txt", "/p/seeds"),
        ("/a.txt", "/"),
    ],
)
def test_a_path_under_a_seed_folder_is_told_as_pathlib_tells_it(path, root):
    expected = (
        PurePosixPath(path).relative_to(root).as_posix()
        if PurePosixPath(path).is_relative_to(root)
        else None
    )
    assert path_under(path, root) == expected


@pytest.mark.parametrize(
    "path",
    [
        "/p/seeds/a.txt",
        "/p/seeds/sous/b.txt",
        "/p/content/posts/c.md",
        "/p",
        "/ailleurs/seeds/d.txt",
        "/ailleurs/e.txt",
        "/p/seeds/../content/f.md",
    ],
)
@pytest.mark.parametrize("seeds", ["seeds", "../ailleurs/seeds"])
def test_a_file_is_named_as_pathlib_names_it(path, seeds):
    """``Places.name`` compares text, with the answer ``Path.relative_to`` gives."""
    places = Places.from_settings({"PATH": "/p/content", "ARTICLE_PATHS": [seeds]})
    absolute = Path(os.path.abspath(path))
    bases = (places.project, *(folder.parent for folder in places.seeds))
    expected = next(
        (
            absolute.relative_to(b).as_posix()
            for b in bases
            if absolute.is_relative_to(b)
        ),
        absolute.name,
    )
    assert places.name(path) == expected


def test_a_file_is_inside_its_folder_once_links_are_followed(tmp_path):
    """``inside`` answers a plain file right under the folder with one
    ``lstat``; links and sub-folders are resolved."""
    seeds, elsewhere = tmp_path / "seeds", tmp_path / "ailleurs"
    (seeds / "sous").mkdir(parents=True)
    elsewhere.mkdir()
    for path in (seeds / "a.txt", seeds / "sous" / "b.txt", elsewhere / "c.txt"):
        path.write_text("x\n", encoding="utf-8")
    (seeds / "dedans.txt").symlink_to(seeds / "sous" / "b.txt")
    (seeds / "dehors.txt").symlink_to(elsewhere / "c.txt")
    (seeds / "sous" / "dehors.txt").symlink_to(elsewhere / "c.txt")
    (tmp_path / "lien").symlink_to(seeds, target_is_directory=True)
    root = str(seeds)
    found = {
        name: inside(str(seeds / name), root)
        for name in (
            "a.txt",
            "sous/b.txt",
            "dedans.txt",
            "dehors.txt",
            "sous/dehors.txt",
        )
    }
    assert found == {
        "a.txt": True,
        "sous/b.txt": True,
        "dedans.txt": True,
        "dehors.txt": False,
        "sous/dehors.txt": False,
    }
    linked = str(tmp_path / "lien")
    assert inside(f"{linked}/a.txt", linked)
    assert inside(f"{linked}/a.txt", root)
    assert not inside(str(elsewhere / "c.txt"), linked)
