"""Mention links: pure cases, a property, and the first seed built by Pelican."""

from __future__ import annotations

import html
import re

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdigest.tagging.links import Entity, link_mentions

ZORBLANC = Entity("/tag/zorblanc/", ("Zorblanc",))
LINK = '<a class="mention" href="/tag/zorblanc/">Zorblanc</a>'


@pytest.mark.parametrize(
    ("body", "entities", "expected"),
    [
        # The first mention only, never twice.
        (
            "<p>Zorblanc et Zorblanc.</p><p>Zorblanc.</p>",
            [ZORBLANC],
            f"<p>{LINK} et Zorblanc.</p><p>Zorblanc.</p>",
        ),
        # Never in a heading, an existing link, a figure or an attribution.
        (
            "<h2>Zorblanc</h2><p><a href='x'>Zorblanc</a></p>"
            '<figure class="photo"><figcaption><span class="photo-caption">'
            'Zorblanc</span> <span class="photo-credit">Zorblanc</span>'
            "</figcaption></figure>"
            '<blockquote class="embed"><p>Vu</p><footer>Zorblanc</footer>'
            "</blockquote><p>À Zorblanc.</p>",
            [ZORBLANC],
            "<h2>Zorblanc</h2><p><a href='x'>Zorblanc</a></p>"
            '<figure class="photo"><figcaption><span class="photo-caption">'
            'Zorblanc</span> <span class="photo-credit">Zorblanc</span>'
            "</figcaption></figure>"
            '<blockquote class="embed"><p>Vu</p><footer>Zorblanc</footer>'
            f"</blockquote><p>À {LINK}.</p>",
        ),
        # The text of a quoted post is text like any other.
        (
            '<blockquote class="embed"><p>Vu à Zorblanc</p><footer>@x</footer>'
            "</blockquote>",
            [ZORBLANC],
            f'<blockquote class="embed"><p>Vu à {LINK}</p><footer>@x</footer>'
            "</blockquote>",
        ),
        # Whole words only.
        ("<p>Zorblancais, Zorblanc.</p>", [ZORBLANC], f"<p>Zorblancais, {LINK}.</p>"),
        # Spellings: hyphen or space, the case after the first letter.
        (
            "<p>Le dirigeant Kim Jong Un, puis Kim Jong-un.</p>",
            [Entity("/k/", ("Kim Jong-un",))],
            '<p>Le dirigeant <a class="mention" href="/k/">Kim Jong Un</a>, puis '
            "Kim Jong-un.</p>",
        ),
        # The first letter as written: "Le Monde" is not "tout le monde".
        (
            "<p>Tout le monde lit Le Monde.</p>",
            [Entity("/lm/", ("Le Monde",))],
            '<p>Tout le monde lit <a class="mention" href="/lm/">Le Monde</a>.</p>',
        ),
        # The longest name wins where two start at one place.
        (
            "<p>La Corée du Nord et la Corée.</p>",
            [Entity("/c/", ("Corée",)), Entity("/cn/", ("Corée du Nord",))],
            '<p>La <a class="mention" href="/cn/">Corée du Nord</a> et la '
            '<a class="mention" href="/c/">Corée</a>.</p>',
        ),
        # Text written with character references, and an escaped href.
        (
            "<p>AT&amp;T et C&#244;te d&#8217;Ivoire</p>",
            [
                Entity('/t/"x&y', ("AT&T",)),
                Entity("/ci/", ("Côte d'Ivoire",)),
            ],
            '<p><a class="mention" href="/t/&quot;x&amp;y">AT&amp;T</a> et '
            '<a class="mention" href="/ci/">C&#244;te d&#8217;Ivoire</a></p>',
        ),
        # Nothing to link: the body as it was.
        ("<p>Rien.</p>", [ZORBLANC], "<p>Rien.</p>"),
        ("<p>Zorblanc</p>", [], "<p>Zorblanc</p>"),
        ("<p>Zorblanc</p>", [Entity("/e/", ("", " - "))], "<p>Zorblanc</p>"),
    ],
)
def test_link_mentions(body, entities, expected):
    assert link_mentions(body, entities) == expected


def exact_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^<>]*>", "", fragment))


WORDS = st.sampled_from(["Zorblanc", "Quux", "le", "pont", "&", "<", "é", " ", "-"])
TEXTS = st.lists(WORDS, max_size=12).map("".join)
BLOCKS = st.sampled_from(["p", "h2", "li", "footer", "a", "q", "figcaption"])


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(BLOCKS, TEXTS), max_size=6),
    st.lists(TEXTS, max_size=4),
)
def test_text_never_changes_and_no_entity_is_linked_twice(blocks, names):
    body = "".join(f"<{tag}>{html.escape(text)}</{tag}>" for tag, text in blocks)
    entities = [Entity(f"/e{i}/", (name,)) for i, name in enumerate(names)]
    linked = link_mentions(body, entities)
    # The exact text, white space included (BeautifulSoup's get_text drops a
    # space of a whitespace-only string before a tag).
    assert exact_text(linked) == exact_text(body)
    after = BeautifulSoup(linked, "html.parser")
    hrefs = [a["href"] for a in after.select("a.mention")]
    assert len(hrefs) == len(set(hrefs))
    assert after.select("a a, h2 a.mention, footer a.mention, figcaption a") == []


FIRST_SEED = "bfmtv-poutine-coree-du-nord-satellites.txt"
FIRST_SEED_TAGS = {
    "Russie": "../../../../tag/russie/",
    "Corée du Nord": "../../../../tag/coree-du-nord/",
    "Kim Jong-un": "../../../../tag/kim-jong-un/",
    "Vostotchny": "../../../../tag/vostotchny/",
}


def first_seed_body(folder, text: str, settings: dict):
    from conftest import build

    site = build(folder, {FIRST_SEED: text}, settings)
    assert site.errors() == []
    (path,) = site.article_paths()
    return site.soup(path).select_one(".article-body")


def mentions(body, hrefs) -> list[tuple[str, str]]:
    """Mention links to the given pages, in reading order."""
    found = [(a.get_text(), a["href"]) for a in body.select("a.mention")]
    assert len({href for _, href in found}) == len(found)
    return [(text, href) for text, href in found if href in hrefs]


@pytest.fixture(scope="module")
def plain_first_body(tmp_path_factory, first_seed_text):
    """The first seed's body as the reader wrote it: no mention links."""
    return first_seed_body(
        tmp_path_factory.mktemp("plain"),
        first_seed_text,
        {"DIGEST_MENTION_LINKS": False},
    )


@pytest.fixture(scope="module")
def tagged_first_body(tmp_path_factory, first_seed_text):
    """The first seed with its tags given in front matter."""
    tagged = f"---\ntags: [{', '.join(FIRST_SEED_TAGS)}]\n---\n{first_seed_text}"
    return first_seed_body(tmp_path_factory.mktemp("tagged"), tagged, {})


def test_front_matter_tags_link_their_first_mentions(tagged_first_body):
    assert mentions(tagged_first_body, FIRST_SEED_TAGS.values()) == [
        ("Russie", FIRST_SEED_TAGS["Russie"]),
        ("Corée du Nord", FIRST_SEED_TAGS["Corée du Nord"]),
        ("Kim Jong Un", FIRST_SEED_TAGS["Kim Jong-un"]),
        ("Vostotchny", FIRST_SEED_TAGS["Vostotchny"]),
    ]
    first = tagged_first_body.select_one("p")
    assert len(mentions(first, FIRST_SEED_TAGS.values())) == len(FIRST_SEED_TAGS)


def test_first_seed_text_reads_exactly_as_before(tagged_first_body, plain_first_body):
    assert plain_first_body.select("a") == []
    assert tagged_first_body.get_text() == plain_first_body.get_text()


@pytest.mark.slow
def test_shipped_first_seed_links_its_entities(
    tmp_path_factory, first_seed_text, plain_first_body
):
    """Acceptance: the shipped seed, tagged by the tagging plugin with its model,
    links the first mentions of Corée du Nord, Kim Jong-un and Vostotchny."""
    body = first_seed_body(
        tmp_path_factory.mktemp("shipped"),
        first_seed_text,
        {"DIGEST_NER_ENABLED": True},
    )
    wanted = [
        FIRST_SEED_TAGS[name] for name in ("Corée du Nord", "Kim Jong-un", "Vostotchny")
    ]
    assert mentions(body, wanted) == [
        ("Corée du Nord", wanted[0]),
        ("Kim Jong Un", wanted[1]),
        ("Vostotchny", wanted[2]),
    ]
    assert body.get_text() == plain_first_body.get_text()


@pytest.fixture(scope="module")
def everywhere(tmp_path_factory, first_seed_text):
    """The first seed with front-matter tags, built with search and absolute
    URLs, so that page, feed and search index can be compared."""
    from conftest import build

    tagged = f"---\ntags: [{', '.join(FIRST_SEED_TAGS)}]\n---\n{first_seed_text}"
    site = build(
        tmp_path_factory.mktemp("everywhere"),
        {FIRST_SEED: tagged},
        {
            "DIGEST_SEARCH": True,
            "SITEURL": "https://revue.example.org",
            "FEED_DOMAIN": "https://revue.example.org",
            "RELATIVE_URLS": False,
        },
    )
    assert site.errors() == []
    return site


def mention_links(fragment: str) -> list[tuple[str, str]]:
    soup = BeautifulSoup(fragment, "html.parser")
    return [(a.get_text(), a["href"]) for a in soup.select("a.mention")]


def test_mention_links_are_the_same_in_page_feed_and_search(everywhere):
    import gzip
    import json

    (path,) = everywhere.article_paths()
    body = everywhere.soup(path).select_one(".article-body")
    page_links = mention_links(str(body))
    assert {
        "Russie",
        "Corée du Nord",
        "Vostotchny",
        ("Kim Jong Un", "https://revue.example.org/tag/kim-jong-un/"),
    } <= {text for text, _ in page_links} | set(page_links)
    feed = BeautifulSoup(everywhere.html("feeds/all.atom.xml"), "xml")
    [entry] = feed.find_all("entry")
    assert mention_links(entry.find("content").get_text()) == page_links
    fragments = [
        json.loads(gzip.decompress(f.read_bytes())[len(b"pagefind_dcd") :])
        for f in (everywhere.output / "pagefind").glob("*/fragment/*.pf_fragment")
    ]
    [indexed] = [
        f for f in fragments if f["url"].endswith(path.replace("index.html", ""))
    ]
    first = body.select_one("p").get_text()
    assert first.split(".")[0] in indexed["content"]
    for text, _ in page_links:
        assert text in indexed["content"]
