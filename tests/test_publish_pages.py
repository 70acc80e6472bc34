"""End to end: ``invoke publish`` into a local bare repository, its ``gh-pages``
branch checked out and served under ``/digest-test/`` on 127.0.0.1, then
crawled (our crawler and linkchecker) and opened in headless Chromium."""

from __future__ import annotations

import csv
import re
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import CORPUS, FIRST_SEED
from publish_support import (
    SYNTHETIC_SEED,
    SYNTHETIC_TITLE,
    free_port,
    git,
    launch_chromium,
    make_project,
    needs_build_plugin,
    run_invoke,
    serving,
)

from newsdigest.publishing.links import crawl, http_fetcher
from newsdigest.site.typography import typeset_text

pytestmark = needs_build_plugin
SUBPATH = "/digest-test/"
ENGLISH = CORPUS / "en-bbc-2019-world-europe.txt"
ENGLISH_TITLE = "Julian Assange: Sweden drops rape investigation"
FIRST_TITLE = (
    "Vladimir Poutine laisse entendre que la Russie aidera la Corée du Nord "
    "à construire des satellites"
)


@dataclass
class Published:
    output: str
    errors: str
    code: int
    seconds: float
    remote: Path
    checkout: Path
    base: str
    project: Path


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    seeds = {
        FIRST_SEED.name: FIRST_SEED.read_text(encoding="utf-8"),
        "synthetique-pangolins.txt": SYNTHETIC_SEED,
        ENGLISH.name: ENGLISH.read_text(encoding="utf-8"),
    }
    remote = root / "remote.git"
    project = make_project(root / "project", seeds, remote)
    port = free_port()
    base = f"http://127.0.0.1:{port}{SUBPATH}"
    started = time.monotonic()
    result = run_invoke(project, "publish", env={"DIGEST_SITEURL": base})
    seconds = time.monotonic() - started
    checkout = root / "checkout"
    if result.returncode == 0:
        git(root, "clone", "--quiet", "--branch", "gh-pages", str(remote), "checkout")
    else:
        checkout.mkdir()
    with serving(checkout, port, SUBPATH):
        yield Published(
            result.stdout,
            result.stderr,
            result.returncode,
            seconds,
            remote,
            checkout,
            base,
            project,
        )


def test_publish_pushes_the_site(published):
    assert published.code == 0, published.errors
    assert f"to {published.remote} (gh-pages): {published.base}" in published.output
    for step in ("[1/4] Building", "[2/4] Checking", "[3/4] Comparing", "[4/4]"):
        assert step in published.errors
    print(f"publish took {published.seconds:.1f} s")


def test_dry_run_after_publishing_changes_nothing(published):
    published_commit = git(published.remote, "rev-parse", "gh-pages")
    result = run_invoke(
        published.project,
        "publish",
        "--dry-run",
        env={"DIGEST_SITEURL": published.base},
    )
    assert result.returncode == 0, result.stderr
    assert (
        "  Against refs/remotes/origin/gh-pages: 0 added, 0 changed, 0 removed, "
        f"{len(_branch_files(published))} unchanged\n"
    ) in result.stdout
    assert git(published.remote, "rev-parse", "gh-pages") == published_commit


def test_branch_holds_the_built_site(published):
    files = _branch_files(published)
    assert {".nojekyll", "index.html", "pagefind/bundles.json"} <= files
    assert any(name.endswith("/pagefind-entry.json") for name in files)
    assert "CNAME" not in files
    message = git(published.checkout, "log", "-1", "--format=%s")
    assert re.fullmatch(r"Publish site from [0-9a-f]{7,} on .+ UTC\n", message)


def _branch_files(published: Published) -> set[str]:
    names = (
        path.relative_to(published.checkout) for path in published.checkout.rglob("*")
    )
    return {
        name.as_posix()
        for name in names
        if name.parts[0] != ".git" and (published.checkout / name).is_file()
    }


def test_crawl_finds_nothing_broken(published):
    report = crawl(published.base, [published.base], http_fetcher())
    print(f"crawl: {report.fetched} files, {report.checked} references, {report.kinds}")
    assert report.broken == []
    assert report.kinds["css"] >= 1  # the theme's stylesheet
    assert report.kinds["feed"] >= 2
    assert report.kinds["script"] >= 1  # the search page's (it loads Pagefind)
    assert report.kinds["html"] >= 10


def test_linkchecker_finds_nothing_broken(published):
    port = re.search(r":(\d+)/", published.base).group(1)
    rows = _linkchecker(published.base, port)
    print(f"linkchecker: {len(rows)} URLs")
    broken = [
        (row["urlname"], row["parentname"], row["result"])
        for row in rows
        if row["valid"] != "True"
    ]
    assert broken == []
    checked = {row["url"] for row in rows}
    for path in (
        "theme/css/digest.css",
        "feeds/all.atom.xml",
        "theme/js/search.js",
        "theme/images/favicon.svg",
        "recherche/",
    ):
        assert published.base + path in checked


def _linkchecker(base: str, port: str) -> list[dict]:
    """Every URL linkchecker checked: recursion inside the site, other
    hosts only syntax-checked, URLs of this host outside the sub-path too."""
    outside = rf"^(?!http://127\.0\.0\.1:{port}/)"
    result = subprocess.run(
        [
            "linkchecker",
            "--no-status",
            "--verbose",
            "--check-extern",
            "--ignore-url",
            outside,
            "--output=csv",
            base,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [
        line for line in result.stdout.splitlines() if line and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter=";"))


def test_every_search_file_is_served(published):
    files = sorted((published.checkout / "pagefind").rglob("*"))
    served = 0
    for path in files:
        if path.is_file():
            relative = path.relative_to(published.checkout).as_posix()
            with urllib.request.urlopen(published.base + relative) as response:
                assert response.status == 200
                assert len(response.read()) == path.stat().st_size
            served += 1
    assert served >= 8


def test_urls_outside_the_sub_path_are_not_found(published):
    root = published.base.removesuffix(SUBPATH) + "/theme/css/digest.css"
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(root)
    assert error.value.code == 404


@pytest.mark.browser
def test_front_page_styled_and_search_works(published):
    from playwright.sync_api import sync_playwright

    failures = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.on(
            "response",
            lambda r: (
                failures.append(f"{r.status} {r.url}") if r.status >= 400 else None
            ),
        )
        page.goto(published.base)
        style = page.evaluate(
            "() => { const s = getComputedStyle(document.body);"
            " return [s.backgroundColor, s.fontFamily]; }"
        )
        assert style[0] == "rgb(252, 251, 248)"  # --paper in digest.css
        assert style[1].startswith("Georgia")
        page.click("nav.site-nav >> text=Recherche")
        page.wait_for_url(published.base + "recherche/")
        page.get_by_label("Rechercher dans les articles").fill("zygomorphe")
        page.keyboard.press("Enter")
        result = ".search-result .card-title a"
        page.wait_for_selector(result, timeout=15000)
        results = page.eval_on_selector_all(
            result, "links => links.map(a => [a.textContent, a.href])"
        )
        shown = typeset_text(SYNTHETIC_TITLE, "fr")
        assert results == [
            [shown, published.base + _article_path(published, "2024/03/05/")]
        ]
        page.click(result)
        page.wait_for_load_state()
        assert page.locator("h1").inner_text() == shown
        for query, title, lang in (
            ("satellites", FIRST_TITLE, "fr"),
            ("Sweden", ENGLISH_TITLE, "en"),
        ):
            page.goto(published.base + "recherche/?q=" + query)
            page.wait_for_selector(result, timeout=15000)
            first = page.locator(result).first
            assert first.inner_text() == typeset_text(title, lang)
        browser.close()
    assert failures == []


def _article_path(published: Published, day: str) -> str:
    pages = sorted((published.checkout / day).glob("*/index.html"))
    assert len(pages) == 1
    return pages[0].parent.relative_to(published.checkout).as_posix() + "/"
