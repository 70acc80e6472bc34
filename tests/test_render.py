"""Rendering: every character of seed text reaches the page as text, never as markup."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.seeds.model import Element, Kind, Photo, Seed
from newsdigest.seeds.render import escape_markdown, render_body

EXTENSIONS = ["markdown.extensions.extra"]
# Printable text on one line, heavy on the characters Markdown and HTML care about.
LINE = (
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list("#*_[]()<>&|`~^{}:=+-.!\\\"'«» 0123456789abcXYZéà")),
            st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        ),
        min_size=1,
        max_size=80,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


def rendered(element: Element) -> BeautifulSoup:
    seed = Seed(path="t.txt", title="t", body=(element,))
    return BeautifulSoup(
        markdown.markdown(render_body(seed), extensions=EXTENSIONS), "html.parser"
    )


def flat(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(LINE)
def test_paragraph_text_is_kept_exactly(text):
    soup = rendered(Element(Kind.PARAGRAPH, 1, text=text))
    assert [tag.name for tag in soup.find_all(True)] == ["p"]
    assert flat(soup.get_text()) == flat(text)


@settings(max_examples=200, deadline=None)
@given(LINE)
def test_heading_text_is_kept_exactly(text):
    soup = rendered(Element(Kind.HEADING, 1, text=text))
    assert soup.find_all(True)[0].name == "h2"
    assert {tag.name for tag in soup.find_all(True)} <= {"h2", "q"}
    assert flat(soup.get_text()).strip('"«»“” ') == flat(text).strip('"«»“” ')


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=4))
def test_list_items_are_kept_exactly(items):
    soup = rendered(Element(Kind.LIST, 1, items=tuple(items)))
    assert [li.get_text() for li in soup.find_all("li")] == items
    assert {tag.name for tag in soup.find_all(True)} == {"ul", "li"}


@settings(max_examples=100, deadline=None)
@given(LINE, LINE)
def test_embeds_and_figures_escape_their_text(text, other):
    soup = rendered(Element(Kind.EMBED, 1, items=(text,), attribution=other))
    assert soup.find("blockquote").p.get_text() == text
    assert soup.find("footer").get_text() == other
    soup = rendered(Element(Kind.PHOTO, 1, photo=Photo(text, other, other, 1)))
    assert soup.select_one(".photo-caption").get_text() == text
    assert soup.select_one(".photo-credit").get_text() == other
    # No image: no figure, and no label describing a picture that is absent.
    assert soup.find("figure") is None
    assert soup.select_one(".photo-note .photo-label").get_text() == "Photo :"
    assert [tag for tag in soup.find_all(True) if tag.get("aria-label")] == []


def test_hostile_text_stays_text():
    text = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) {{ 7*7 }} | a | b |"
    soup = rendered(Element(Kind.PARAGRAPH, 1, text=text))
    assert [tag.name for tag in soup.find_all(True)] == ["p"]
    assert soup.p.get_text() == text


def test_escape_markdown_table():
    assert escape_markdown("# titre") == "\\# titre"
    assert escape_markdown("1. un") == "1\\. un"
    assert escape_markdown("- tiret") == "&#45; tiret"
    assert escape_markdown("a & b <c>") == "a &amp; b &lt;c&gt;"
