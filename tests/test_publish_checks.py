"""The checks ``invoke check`` and ``invoke publish`` run, each shown failing on
a small synthetic site, and the settings ``publishconf.py`` gives."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from publish_support import ROOT, free_port, serving

from newsdigest.publishing.checks import check_feeds, check_html, check_links
from newsdigest.publishing.ghpages import compare
from newsdigest.publishing.links import crawl, http_fetcher

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="{css}"></head>
<body><main id="contenu">{body}</main></body></html>
"""
FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Synthétique</title>
<link href="{base}" rel="alternate"/><id>{base}</id>
<updated>2024-03-05T09:30:00+01:00</updated>
<entry><title>Un article</title><link href="{entry}" rel="alternate"/>
<id>{entry}</id><updated>2024-03-05T09:30:00+01:00</updated></entry></feed>
"""
BASE = "https://editor.github.io/revue/"


def _site(folder, pages, feed_entry=BASE + "a/"):
    for path, html in pages.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    (folder / "style.css").write_text("body { background: url(fond.png) }\n")
    (folder / "fond.png").write_bytes(b"\x89PNG synthetic")
    (folder / "feeds").mkdir(exist_ok=True)
    (folder / "feeds" / "all.atom.xml").write_text(
        FEED.format(base=BASE, entry=feed_entry), encoding="utf-8"
    )
    return folder


def _page(body, css="/revue/style.css", title="Page"):
    return PAGE.format(title=title, css=css, body=body)


GOOD = {
    "index.html": _page('<a href="a/">a</a> <a href="#contenu">haut</a>'),
    "a/index.html": _page(
        '<a href="../">accueil</a> <a href="https://example.org/">ailleurs</a>'
        ' <a href="/revue/feeds/all.atom.xml">flux</a>'
    ),
}


def test_a_sound_site_passes_every_check(tmp_path):
    site = _site(tmp_path, GOOD)
    report = check_links(site, BASE.rstrip("/"))
    assert report.broken == []
    assert (report.fetched, report.external) == (5, 1)
    assert report.kinds == {"html": 2, "css": 1, "file": 1, "feed": 1}
    assert check_html(site) == (2, [])
    assert check_feeds(site, BASE.rstrip("/")) == (1, [])


def test_broken_links_stylesheets_anchors_and_paths_are_found(tmp_path):
    pages = {
        "index.html": _page(
            '<a href="absent/">x</a> <a href="a/#nulle-part">y</a>'
            ' <img src="/theme/logo.png" alt="">',
            css="/revue/manquant.css",
        ),
        "a/index.html": _page("<p>a</p>"),
    }
    site = _site(tmp_path, pages, feed_entry=BASE + "disparu/")
    broken = sorted(str(b) for b in check_links(site, BASE.rstrip("/")).broken)
    assert broken == [
        f"{BASE}: {BASE}a/#nulle-part (no such id)",
        f"{BASE}: {BASE}absent/ (not found)",
        f"{BASE}: {BASE}manquant.css (not found)",
        f"{BASE}: https://editor.github.io/theme/logo.png (outside the site's path)",
        f"{BASE}feeds/all.atom.xml: {BASE}disparu/ (not found)",
    ]


def test_invalid_html_is_found(tmp_path):
    site = _site(
        tmp_path, {"index.html": _page("<p>un <span>paragraphe</p><li>point</li>")}
    )
    pages, problems = check_html(site)
    assert pages == 1
    assert problems == [
        "index.html:4: End tag “p” seen, but there were open elements.",
        "index.html:4: Unclosed element “span”.",
        "index.html:4: Element “li” not allowed as child of element “main” in this "
        "context. (Suppressing further errors from this subtree.)",
    ]


def test_html_check_fails_clearly_without_java(tmp_path, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    site = _site(tmp_path, GOOD)
    assert check_html(site) == (
        2,
        ["java is not installed (the HTML checker needs it)"],
    )


def test_bad_feeds_are_found(tmp_path):
    site = _site(tmp_path, GOOD, feed_entry="a/")
    (site / "feeds" / "tronque.atom.xml").write_text("<feed><title>x</ti")
    count, problems = check_feeds(site, BASE.rstrip("/"))
    assert count == 2
    assert problems[0] == f"feeds/all.atom.xml: entry link a/ is not under {BASE[:-1]}"
    assert problems[1].startswith("feeds/tronque.atom.xml: not a well-formed feed (")
    assert len(problems) == 2


def test_local_server_serves_only_under_its_sub_path(tmp_path):
    site = _site(tmp_path, GOOD)
    port = free_port()
    base = f"http://127.0.0.1:{port}/revue/"
    with serving(site, port, "/revue/"):
        report = crawl(base, [base], http_fetcher())
        with urllib.request.urlopen(base + "a") as response:  # redirected to a/
            assert response.url == base + "a/"
        with pytest.raises(urllib.error.HTTPError) as outside:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/style.css")
    assert outside.value.code == 404
    # The pages name the site https://editor.github.io/revue/: over HTTP on
    # 127.0.0.1 the links resolve under /revue/, the feed's absolute ones leave.
    assert report.broken == []
    assert report.kinds == {"html": 2, "css": 1, "file": 1, "feed": 1}


def test_compare_lists_what_a_publication_changes():
    diff = compare({"a": "1", "b": "2", "d": "4"}, {"b": "3", "c": "5", "d": "4"})
    assert (diff.added, diff.changed, diff.removed, diff.unchanged) == (
        ["a"],
        ["b"],
        ["c"],
        1,
    )
    assert diff.lines() == ["+ a", "~ b", "- c"]


@pytest.mark.parametrize(
    ("environ", "siteurl"),
    [
        ({"DIGEST_SITEURL": "https://example.org/revue/"}, "https://example.org/revue"),
        ({"GITHUB_REPOSITORY": "Editor/revue"}, "https://editor.github.io/revue"),
        ({"GITHUB_REPOSITORY": "editor/editor.github.io"}, "https://editor.github.io"),
        ({"DIGEST_CNAME": "revue.example.org"}, "https://revue.example.org"),
        ({}, ""),
    ],
)
def test_publishconf(monkeypatch, environ, siteurl):
    from pelican.settings import read_settings

    for name in ("DIGEST_SITEURL", "DIGEST_CNAME", "GITHUB_REPOSITORY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    settings = read_settings(str(ROOT / "publishconf.py"))
    assert settings["SITEURL"] == siteurl
    assert settings["FEED_DOMAIN"] == siteurl
    assert settings["RELATIVE_URLS"] is False
    assert settings["DIGEST_STRICT"] is True
    assert settings["DELETE_OUTPUT_DIRECTORY"] is True
    assert settings["GITHUB_PAGES_CNAME"] == environ.get("DIGEST_CNAME", "")
    assert settings["OUTPUT_PATH"] == str(ROOT / "output")
