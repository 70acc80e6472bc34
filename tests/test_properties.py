"""Properties of the reader and of built pages, for arbitrary seed text (hypothesis).

* The reader terminates on any text and any bytes: an article or a
  ``SeedError``, never another exception.
* On a built site, every word of every body paragraph of a seed (prose
  mixed with HTML, Markdown, Jinja and invisible characters) is in the
  article's text (and every word of its title line: the reader may show a
  line that does not read as a headline as the section or kicker), and the
  page holds no element or attribute that the
  templates and the renderer do not make: outside the body, its element
  kinds are among those of a control page that uses every optional part of
  the article template; in the body, every element is one the renderer
  makes, with the renderer's attributes and classes.

Site builds cost about half a second each, so those examples are few.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import FIRST_SEED, build
from hostile_support import synthetic
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markup_scan import executable_markup

from newsdigest.seeds.decode import decode_seed, normalize_text
from newsdigest.seeds.errors import SeedError
from newsdigest.seeds.parse import parse_seed

WORD = re.compile(r"\w+")
HOSTILE = [
    "<script>alert(1)</script>",
    "<iframe src=//e.x>",
    '<img src=x onerror="alert(1)">',
    "<a href='javascript:alert(1)'>",
    "</p>",
    "&amp;",
    "&lt;b&gt;",
    "&#60;i&#62;",
    "<!--",
    "-->",
    "# titre",
    "**",
    "*",
    "_",
    "__",
    "`",
    "```",
    "[x](https://e.x)",
    "![i](x.png)",
    "| a | b |",
    "{{ SITENAME }}",
    "{% if 1 %}",
    "{# c #}",
    "{: .cls }",
    "\\",
    "~~",
    "^",
    "$",
    "::",
    "\u200b",
    "\u202e",
    "\u2066",
    "\u00ad",
    "«",
    "»",
]
LETTERS = st.characters(categories=("Lu", "Ll", "Lo", "Nd"))
PROSE_WORD = st.text(alphabet=LETTERS, min_size=1, max_size=10)
TOKEN = st.one_of(PROSE_WORD, PROSE_WORD, st.sampled_from(HOSTILE))
PARAGRAPH = st.lists(TOKEN, min_size=10, max_size=40).map(
    lambda tokens: " ".join(tokens) + "."
)
TITLE = st.lists(TOKEN, min_size=3, max_size=10).map(" ".join)

# Elements the renderer may put in an article body, with the attributes it sets.
BODY_ELEMENTS: dict[str, set[str]] = {
    "div": {"class"},
    "p": set(),
    "h2": set(),
    "q": set(),
    "ul": set(),
    "li": set(),
    "br": set(),
    "blockquote": {"class"},
    "footer": set(),
    "figure": {"class", "aria-label"},
    "figcaption": set(),
    "span": {"class"},
    "a": {"class", "href"},
}
BODY_CLASSES = {"article-body", "embed", "photo", "photo-caption", "photo-credit"}
RICH_FRONT = (
    "date: 2023-09-13 10:25\n"
    "modified: 2023-09-14 08:00\n"
    "url: https://example.org/article\n"
    "image: https://example.org/photo.jpg\n"
    "tags: [Russie, Corée du Nord]\n"
    "kicker: Un surtitre\n"
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_reader_terminates_on_any_text(text):
    try:
        parse_seed(text, "t.txt")
    except SeedError as error:
        assert str(error).startswith("t.txt")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_reader_terminates_on_any_bytes(data):
    try:
        text, _encoding = decode_seed(data, "t.txt")
        parse_seed(text, "t.txt")
    except SeedError as error:
        assert str(error).startswith("t.txt")


def signature(soup: BeautifulSoup) -> set[tuple[str, frozenset[str]]]:
    """Each kind of element on a page outside the article body (checked
    element by element): its name and its attributes' names."""
    body = soup.select_one(".article-body")
    inside = {id(tag) for tag in body.find_all(True)} if body else set()
    return {
        (tag.name, frozenset(tag.attrs))
        for tag in soup.find_all(True)
        if id(tag) not in inside
    }


@pytest.fixture(scope="module")
def control(tmp_path_factory) -> set[tuple[str, frozenset[str]]]:
    """Element kinds of a page using every optional part of the article page."""
    text = FIRST_SEED.read_text("utf-8")
    site = build(
        tmp_path_factory.mktemp("control"),
        {"riche.txt": f"---\n{RICH_FRONT}---\n{text}"},
    )
    (page,) = site.article_paths()
    return signature(site.soup(page))


def words(text: str) -> set[str]:
    return set(WORD.findall(unicodedata.normalize("NFC", text)))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(TITLE, st.lists(PARAGRAPH, min_size=1, max_size=4))
@example(  # found by hypothesis: a title ending with a right-to-left override
    title="0 ůŀŰĪG嚁覣𦥠š𑢢 \u202e",
    paragraphs=["Un paragraphe \u202e écrit \ufffe pour \x07 essayer les contrôles."],
)
def test_built_page_keeps_every_word_and_adds_no_markup(control, title, paragraphs):
    """Every word of the seed's text is shown once control characters,
    bidirectional overrides and non-characters are removed (they never reach
    a page), and the page has no markup the templates do not make."""
    with tempfile.TemporaryDirectory() as folder:
        site = build(Path(folder), {"essai.txt": synthetic(title, paragraphs)})
        assert site.errors() == []
        (page,) = site.article_paths()
        soup = site.soup(page)
        article = soup.find("article")
        shown = words(article.get_text(" "))
        for paragraph in paragraphs:
            assert words(normalize_text(paragraph)) <= shown, paragraph
        assert words(normalize_text(title)) <= shown  # h1, or kicker/section
        assert signature(soup) <= control
        for tag in soup.select_one(".article-body").find_all(True):
            assert set(tag.attrs) <= BODY_ELEMENTS[tag.name], tag
            assert set(tag.get("class", [])) <= BODY_CLASSES | {"mention"}, tag
            if tag.name == "a":
                assert tag["class"] == ["mention"], tag
                assert "/tag/" in tag["href"], tag
        assert executable_markup(site.output) == []
