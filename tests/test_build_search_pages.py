"""What the search index reads of each page, remembered by the page's stamp
(``newsdigest.build.pagefacts``): invented pages in ``tmp_path``."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from newsdigest.build.pagefacts import Page, PageFacts

MARKED = b"<main data-pagefind-body><p>Un texte.</p></main>"
PLAIN = b"<p>Une liste.</p>"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "2030" / "01" / "un").mkdir(parents=True)
    (site / "2030" / "01" / "un" / "index.html").write_bytes(MARKED)
    (site / "index.html").write_bytes(PLAIN)
    (site / "style.css").write_bytes(b"p {}")
    (site / "pagefind").mkdir()
    (site / "pagefind" / "ignored.html").write_bytes(MARKED)
    return site


def test_every_page_is_read_with_no_record(site):
    facts = PageFacts(None)
    pages = facts.pages(site, "pagefind")
    assert pages == {
        "2030/01/un/index.html": Page(True, hashlib.sha256(MARKED).hexdigest()),
        "index.html": Page(False, hashlib.sha256(PLAIN).hexdigest()),
    }
    assert facts.read == 2
    facts.save()  # no record: nothing written, no error


def test_an_unchanged_page_is_not_read_again(site, tmp_path, monkeypatch):
    record = tmp_path / "cache" / "search-pages.json"
    first = PageFacts(record)
    found = first.pages(site, "pagefind")
    first.save()
    opened = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(
        Path, "read_bytes", lambda path: opened.append(path) or read_bytes(path)
    )
    second = PageFacts(record)
    assert second.pages(site, "pagefind") == found
    assert (second.read, opened) == (0, [])


def test_a_page_written_again_is_read_again(site, tmp_path):
    record = tmp_path / "search-pages.json"
    first = PageFacts(record)
    first.pages(site, "pagefind")
    first.save()
    page = site / "2030" / "01" / "un" / "index.html"
    replacement = page.with_name("new.tmp")
    replacement.write_bytes(PLAIN)  # another file (inode) of the same path
    os.replace(replacement, page)
    again = PageFacts(record)
    pages = again.pages(site, "pagefind")
    assert again.read == 1
    assert pages["2030/01/un/index.html"] == Page.of(PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"version": 99, "pages": {}}',
        '{"version": 1, "pages": {"index.html": [1, 2, "3", true, "x"]}}',
        '{"version": 1, "pages": ["index.html"]}',
    ],
)
def test_a_record_of_another_shape_costs_a_reading(site, tmp_path, text):
    record = tmp_path / "search-pages.json"
    record.write_text(text)
    facts = PageFacts(record)
    assert facts.pages(site, "pagefind") == PageFacts(None).pages(site, "pagefind")
    assert facts.read == 2


def test_a_link_to_a_folder_is_not_followed(site, tmp_path):
    outside = tmp_path / "ailleurs"
    outside.mkdir()
    (outside / "page.html").write_bytes(MARKED)
    (site / "lien").symlink_to(outside, target_is_directory=True)
    assert "lien/page.html" not in PageFacts(None).pages(site, "pagefind")
