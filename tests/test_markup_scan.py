"""The markup scan can fail: its fixture holds every kind of runnable markup
it looks for, and a test build that brings some fails its test.

``tests/fixtures/markup_site/`` is a small site: ``index.html`` holds what
the theme itself loads (JSON-LD, its own scripts, seed text that only looks
like markup), which must pass; every other page, the SVG image and both
feeds hold runnable markup, each of which must be found, once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from build_support import pelican, project_copy
from conftest import ROOT, build
from hostile_support import GOOD
from markup_scan import executable_markup

FIXTURE = ROOT / "tests" / "fixtures" / "markup_site"
ATOM = "feeds/all.atom.xml ({http://www.w3.org/2005/Atom}"
EXPECTED = [
    "image.svg: <svg onload=...>",
    "image.svg: <script {}> not from the theme",
    "pages/events.html: <body onload=...>",
    "pages/events.html: <img onerror=...>",
    "pages/events.html: <b onmouseover=...>",
    "pages/frames.html: <base>",
    "pages/frames.html: <meta http-equiv=refresh>",
    "pages/frames.html: <iframe>",
    "pages/frames.html: <object>",
    "pages/frames.html: <embed>",
    "pages/jsonld.html: JSON-LD script is not JSON",
    "pages/script.html: <script {}> not from the theme",
    "pages/urls.html: <meta content='javascript:alert(1)'>",
    "pages/urls.html: <a href='javascript:alert(2)'>",
    "pages/urls.html: <a href=' jav\\tascript:alert(3)'>",
    "pages/urls.html: <form action='vbscript:msgbox(4)'>",
    "pages/urls.html: <img src='data:text/html,<script>alert(5)</script>'>",
    ATOM + "summary): <img onerror=...>",
    ATOM + "content): <script {}> not from the theme",
    "feeds/rss.xml (description): <a href='javascript:alert(3)'>",
]
INJECTED = '<script>alert("thème")</script>'


def test_the_scan_finds_every_kind_of_runnable_markup_in_its_fixture():
    found = [
        problem.replace(f"{FIXTURE}/", "") for problem in executable_markup(FIXTURE)
    ]
    assert found == EXPECTED


def _theme_with_a_script(folder: Path) -> Path:
    theme = folder / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    text = base.read_text(encoding="utf-8")
    base.write_text(text.replace("</body>", INJECTED + "</body>", 1), "utf-8")
    return theme


def test_a_test_build_with_runnable_markup_fails(tmp_path):
    theme = _theme_with_a_script(tmp_path)
    with pytest.raises(AssertionError, match="not from the theme"):
        build(tmp_path / "site", dict(list(GOOD.items())[:1]), {"THEME": str(theme)})
    shutil.rmtree(tmp_path / "site" / "output")  # not for the session's sweep


def test_a_pelican_run_with_runnable_markup_fails(tmp_path):
    project = project_copy(tmp_path / "revue", dict(list(GOOD.items())[:1]))
    shutil.rmtree(project / "theme")
    _theme_with_a_script(project)
    with pytest.raises(AssertionError, match="not from the theme"):
        pelican(project, {"DIGEST_NER_ENABLED": "false", "DIGEST_SEARCH": "false"})
    shutil.rmtree(project / "output")  # not for the session's sweep to find
