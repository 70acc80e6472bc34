"""What a reader sees (issue 12), on the site a user would build: the shipped
seeds, the 70 dev pastes, an invented seed with its original's address and a
picture, and an invented curated post dated only by the day it was added.

The site is built once for the module, for an address under a sub-path
(``http://127.0.0.1:PORT/revue``), served there, and checked as a reader's
tools see it: the current Nu Html Checker on every page, axe-core in Chromium
on every page type in light and dark, the link crawler over HTTP, the sitemap
against its schema, and screenshots kept in ``tests/artifacts/screenshots/``.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import CORPUS, ROOT, Site, build
from crosslinks_corpus import SEEDS as STORY_SEEDS
from publish_support import free_port, launch_chromium, serving

from newsdigest.publishing.accessibility import check_accessibility, sample_pages
from newsdigest.publishing.checks import AXE_SCRIPT, TOOLS, check_html
from newsdigest.publishing.links import crawl, http_fetcher
from newsdigest.site.typography import NNBSP

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("reader_view")]

ARTIFACTS = ROOT / "tests" / "artifacts" / "screenshots"
SUBPATH = "/revue/"
ORIGINAL = "https://gazette-synthetique.example/2031/05/06/zorb-ecluse.html"
LINKED_TITLE = "L'écluse de Zorb rouvre après six mois de travaux"
LINKED_SEED = f"""---
url: {ORIGINAL}
image: images/ecluse-zorb.png
caption: L'écluse de Zorb, un matin de mai (image inventée pour les tests)
credit: Gazette Synthétique
date: 2031-05-06 08:15
---
Gazette Synthétique
Fleuves
{LINKED_TITLE}
Ce texte est synthétique : il a été écrit pour les tests, aucune écluse n'existe.
Les bateaux de plaisance ont franchi mardi l'écluse de Zorb, fermée depuis six mois.
Le chantier a coûté 13 000 euros de plus que prévu, soit une hausse de 12 %.
"""
ADDED_POST = """Title: Un article ajouté sans date de publication
Date: 2031-05-07 10:00
Date_origin: added
Source: Le Courrier Fictif
Source_section: Monde
Lede: Ce texte est synthétique : la page d'origine ne donnait pas de date.

Le texte inventé de cet article ne donne aucune date ; la revue dit le jour où il
a été ajouté.
"""
FRENCH_PASTES = sorted(path.stem for path in CORPUS.glob("fr-*.txt"))
ENGLISH_PASTES = sorted(path.stem for path in CORPUS.glob("en-*.txt"))


@pytest.fixture(scope="module")
def port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def site(tmp_path_factory, port) -> Site:
    root = tmp_path_factory.mktemp("reader-view")
    shutil.copytree(ROOT / "content", root / "content")
    images = root / "content" / "images"
    images.mkdir(exist_ok=True)
    shutil.copy2(
        ROOT / "theme/static/images/apple-touch-icon.png", images / "ecluse-zorb.png"
    )
    posts = root / "content" / "posts"
    posts.mkdir(exist_ok=True)
    (posts / "ajoute-sans-date.md").write_text(ADDED_POST, encoding="utf-8")
    seeds = {path.name: path.read_bytes() for path in (ROOT / "seeds").glob("*.txt")}
    seeds |= {f"dev-{path.name}": path.read_bytes() for path in CORPUS.glob("*.txt")}
    seeds["zorb-ecluse.txt"] = LINKED_SEED
    for name in ("zorblanc-gazette.txt", "zorblanc-courrier.txt"):  # one story
        seeds[name] = STORY_SEEDS[name]
    siteurl = f"http://127.0.0.1:{port}{SUBPATH.rstrip('/')}"
    return build(
        root,
        seeds,
        {
            "SITEURL": siteurl,
            "FEED_DOMAIN": siteurl,
            "RELATIVE_URLS": False,
            "DIGEST_SEARCH": True,
        },
    )


@pytest.fixture(scope="module")
def base(site, port) -> Iterator[str]:
    with serving(site.output, port, SUBPATH):
        yield f"http://127.0.0.1:{port}{SUBPATH}"


def pages(site: Site) -> list[Path]:
    return sorted(
        path
        for path in site.output.rglob("*.html")
        if "pagefind" not in path.relative_to(site.output).parts
    )


@pytest.fixture(scope="module")
def by_seed(site) -> dict[str, str]:
    """Each dev paste's page, found through its title in the reader's own
    result (the seed reader names nothing on the page after the file)."""
    found = {}
    titles = {}
    for path in site.article_paths():
        titles[site.soup(path).find("h1").get_text()] = path
    from newsdigest.seeds.decode import decode_seed
    from newsdigest.seeds.parse import ParseOptions, parse_seed
    from newsdigest.site.typography import typeset_text

    options = ParseOptions()
    for paste in CORPUS.glob("*.txt"):
        text, _ = decode_seed(paste.read_bytes(), paste.name)
        seed = parse_seed(text, paste.name, options)
        found[paste.stem] = titles[typeset_text(seed.title, seed.lang)]
    return found


def test_builds_without_error(site):
    assert site.errors() == []
    assert len(site.article_paths()) == 1 + 70 + 4


def test_current_nu_checker_finds_no_error_on_any_page(site):
    count, problems = check_html(site.output)
    assert count == len(pages(site)) > 250
    assert problems == []


def test_axe_finds_nothing_serious_on_any_page_type_light_and_dark(site, base):
    settings = {
        **_pelican_settings(),
        "SEARCH_SAVE_AS": "recherche/index.html",
    }
    kinds = sample_pages(site.output, settings)
    assert set(kinds) >= {
        "front", "article", "page", "tag", "tags", "section", "sections",
        "author", "source", "sources", "story", "archives", "month",
        "search", "404",
    }  # fmt: skip
    runs, problems, results = check_accessibility(
        site.output, base, settings, TOOLS / AXE_SCRIPT
    )
    assert runs == 2 * len(kinds)
    assert problems == []
    moderate = sorted(
        {
            f"{violation['id']} ({violation['impact']})"
            for found in results.values()
            for violation in found["violations"]
        }
    )
    print("axe, below serious:", moderate or "none")


def _pelican_settings() -> dict:
    from pelican.settings import read_settings

    return read_settings(str(ROOT / "pelicanconf.py"))


def test_no_broken_link_under_the_sub_path(site, base):
    report = crawl(base, [base], http_fetcher())
    assert report.broken == []
    assert report.kinds["html"] > 250


def test_figures_only_around_images_and_no_label_for_absent_pictures(site):
    figures = 0
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for figure in soup.find_all("figure"):
            figures += 1
            assert figure.find("img") is not None, path
        for labelled in soup.select("[aria-label]"):
            assert labelled.name not in ("figure", "img", "p"), path
    assert figures == 1  # the invented seed's picture


def test_a_caption_without_its_image_is_said_once_in_words(site, by_seed):
    said = 0
    for path in by_seed.values():
        soup = site.soup(path)
        notes = soup.select(".photo-note")
        said += bool(notes)
        captions = [
            " ".join(note.get_text(" ", strip=True).split()[1:]) for note in notes
        ]
        assert len(captions) == len(set(captions)), (path, captions)
        for note in notes:
            assert note.select_one(".photo-label").get_text() in (
                "Photo\u202f:",
                "Photo:",
            )
    assert said >= 30


def test_no_section_url_or_label_says_seeds(site):
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for anchor in soup.find_all("a", href=True):
            assert "seeds" not in anchor["href"].lower(), (path, anchor["href"])
            assert "seeds" not in anchor.get_text().lower(), path
    sections = sorted(p.name for p in (site.output / "rubrique").iterdir())
    declared = [
        "actualite", "culture", "economie", "international", "politique",
        "sciences-et-sante", "societe", "sports",
    ]  # fmt: skip
    assert set(sections) <= set(declared)
    menu = site.soup("index.html").select(".site-nav-sections a")
    assert [a["href"].rsplit("rubrique/")[1].strip("/") for a in menu] == [
        name for name in declared_order() if name in sections
    ]


def declared_order() -> list[str]:
    from newsdigest.site.sections import load_sections
    from newsdigest.slugs import make_slug

    return [
        make_slug(name) for name in load_sections(ROOT / "content/taxonomy.yaml").names
    ]


def test_the_outlet_section_stays_as_the_source_s(site, by_seed):
    page = site.soup(by_seed["fr-ouestfrance-2023-temoignage-gaza"])
    assert page.select_one(".article-rubrique").get_text() == "International"
    assert page.select_one(".source-section").get_text() == "Gaza"


def test_no_article_signed_by_the_site_author(site):
    author = _pelican_settings()["AUTHOR"]
    assert author
    assert not (site.output / "auteur" / "la-redaction").exists()
    for path in site.article_paths():
        soup = site.soup(path)
        names = [a.get_text() for a in soup.select(".article-byline .author")]
        assert author not in names, path
        assert author not in json.dumps(site.jsonld(path).get("author", [])), path
        if not names and not soup.select(".article-byline .agency"):
            assert soup.select_one(".byline-names") is None, path
    feed = (site.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert f"<name>{author}</name>" not in feed


def test_feeds_carry_every_author(site, by_seed):
    import feedparser

    path = by_seed["en-ap-2019-unpredictable-sondland"]
    names = [a.get_text() for a in site.soup(path).select(".article-byline .author")]
    assert len(names) == 3
    link = site.jsonld(path)["url"]
    entries = [
        entry
        for feed in sorted((site.output / "feeds").glob("*.atom.xml"))
        for entry in feedparser.parse(feed.read_bytes()).entries
        if entry.link == link
    ]
    assert entries
    for entry in entries:
        assert [author.name for author in entry.authors] == names


def test_no_invented_date_on_article_pages(site, by_seed):
    added = 0
    for path in pages(site):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for heading in soup.select(".edition-title"):
            assert "2000" not in heading.get_text(), path  # the old fallback day
        added += len(soup.select(".card-date")) and sum(
            date.get_text().startswith("ajouté le")
            for date in soup.select(".card-date")
        )
    assert added  # dev pastes that print no date are dated by when they were added
    for path in site.article_paths():
        soup = site.soup(path)
        data = site.jsonld(path)
        dates = soup.select(".article-dates")[0]
        if "inconnue" in dates.get_text() or "unknown" in dates.get_text():
            assert dates.find("time") is None, path
            assert "datePublished" not in data, path
            assert soup.find("meta", property="article:published_time") is None


def test_a_date_from_the_day_it_was_added_is_said_so(site):
    path = next(p for p in site.article_paths() if "ajoute-sans-date" in p)
    soup = site.soup(path)
    assert soup.select_one(".date-added").get_text(" ", strip=True) == (
        "Ajouté le mercredi 7 mai 2031"
    )
    assert "Publié" not in soup.select_one(".article-byline").get_text()
    assert "datePublished" not in site.jsonld(path)
    assert soup.find("meta", property="article:published_time") is None
    card = site.soup("index.html").select_one(f'.card-title a[href$="{path[:-10]}"]')
    meta = (
        card.find_parent("article").select_one(".card-date").get_text(" ", strip=True)
    )
    assert meta.startswith("ajouté le")
    feed = (site.output / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    entry = feed[feed.index("Un article ajouté") :].split("</entry>")[0]
    assert "<published>" not in entry and "<updated>2031-05-07" in entry


def test_the_original_is_linked_with_its_address_in_json_ld(site):
    path = next(p for p in site.article_paths() if "ecluse-de-zorb" in p)
    soup = site.soup(path)
    link = soup.select_one(".article-original a")
    assert link["href"] == ORIGINAL
    assert link["rel"] == ["noopener"]
    assert link.get_text() == "Lire l’article original sur Gazette Synthétique →"
    data = site.jsonld(path)
    assert data["isBasedOn"] == ORIGINAL
    figure = soup.select_one("figure.article-photo")
    assert (
        figure.img["src"] == f"{data['url'].split('/2031/')[0]}/images/ecluse-zorb.png"
    )
    assert data["image"]["url"] == figure.img["src"]
    others = [p for p in site.article_paths() if p != path]
    assert all(site.soup(p).select_one(".article-original") is None for p in others)


def test_site_image_is_the_default_og_and_json_ld_image(site, by_seed):
    path = by_seed["fr-lemonde-2023-sophie-binet"]
    logo = site.jsonld(path)["image"]
    assert logo.endswith("/revue/theme/images/logo.png")
    og = site.soup(path).find("meta", property="og:image")["content"]
    assert og == logo
    assert (site.output / "theme/images/logo.png").is_file()


def _text_nodes(element) -> list[str]:
    """The text a reader reads in an element, code and scripts left out."""
    for skipped in element.find_all(["code", "pre", "script", "style"]):
        skipped.decompose()
    return [str(text) for text in element.find_all(string=True)]


HIGH = re.compile(r"(?P<before>.)(?P<sign>[;:!?])")


def french_spacing_misses(text: str) -> list[str]:
    """Each ; : ! ? and « » not spaced as French typography wants, except
    times and scores (10:30), a sign right after another (?!) or an opening
    bracket, and written addresses."""
    from newsdigest.site.typography import ADDRESS

    text = ADDRESS.sub("", text)
    misses = []
    for match in HIGH.finditer(text):
        before, sign = match.group("before"), match.group("sign")
        after = text[match.end() : match.end() + 1]
        if before == NNBSP or before in ";:!?([{/":
            continue
        if sign == ":" and before.isdigit() and after.isdigit():
            continue
        misses.append(text[max(0, match.start() - 20) : match.end() + 5])
    misses += [m.group() for m in re.finditer(r"«[^\u202f].{0,10}", text)]
    misses += [m.group() for m in re.finditer(r".{0,10}[^\u202f]»", text)]
    return misses


def test_french_pages_have_narrow_spaces_english_pages_none(site, by_seed):
    assert len(FRENCH_PASTES) == 41
    assert len(ENGLISH_PASTES) == 29
    for stem in FRENCH_PASTES:
        article = site.soup(by_seed[stem]).select_one("article.article")
        for block in article.select('[lang="fr"]'):
            text = "".join(_text_nodes(block))
            assert french_spacing_misses(text) == [], (stem, block.name)
    for stem in ENGLISH_PASTES:
        article = site.soup(by_seed[stem]).select_one("article.article")
        for block in article.select('[lang="en"]'):
            assert NNBSP not in block.get_text(), stem


def test_the_transform_changes_no_url_and_no_attribute(site):
    """On the 41 French dev pastes, as the seed reader renders them: the
    markup (tags, attributes, URLs) before and after typography is the same."""
    import markdown

    from newsdigest.seeds.decode import decode_seed
    from newsdigest.seeds.parse import ParseOptions, parse_seed
    from newsdigest.seeds.render import render_body
    from newsdigest.site.typography import typeset_html

    changed = 0
    for stem in FRENCH_PASTES:
        text, _ = decode_seed((CORPUS / f"{stem}.txt").read_bytes(), stem)
        seed = parse_seed(text, stem, ParseOptions())
        html = markdown.markdown(
            render_body(seed), extensions=["extra"], output_format="html5"
        )
        typeset = typeset_html(html, seed.lang)
        assert re.findall(r"<[^>]*>", typeset) == re.findall(r"<[^>]*>", html)
        changed += typeset != html
    assert changed >= 35  # a paste with no quote, colon or number may not change


def test_interface_is_french_and_english_text_is_marked(site, by_seed):
    path = by_seed["en-reuters-2024-israeli-tank"]
    soup = site.soup(path)
    assert soup.html["lang"] == "fr"
    assert soup.select_one(".site-nav")["aria-label"] == "Navigation principale"
    assert soup.find("h1").find_parent(attrs={"lang": "en"}) is not None
    assert soup.select_one(".article-body")["lang"] == "en"
    byline = soup.select_one(".article-byline")
    assert byline["lang"] == "en"
    assert byline.get_text(" ", strip=True).startswith("By Maya Gebeily")
    assert re.search(r"Published \w+day,? \d{1,2} \w+ 2024", byline.get_text())
    assert "«" not in soup.select_one(".article-body").get_text()


def test_sitemap_validates_and_robots_points_to_it(site, base):
    from lxml import etree

    schemas = ROOT / "tests" / "fixtures" / "schemas"
    wrapper = f"""<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
      <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9"
        schemaLocation="{TOOLS / "sitemap" / "schema" / "sitemap.xsd"}"/>
      <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9"
        schemaLocation="{schemas / "sitemap-news.xsd"}"/>
    </xsd:schema>"""
    schema = etree.XMLSchema(etree.fromstring(wrapper.encode()))
    document = etree.parse(str(site.output / "sitemap.xml"))
    assert schema.validate(document), schema.error_log
    locations = [loc.text for loc in document.iter("{*}loc")]
    assert all(loc.startswith(base) for loc in locations)
    assert set(locations) >= {
        base + p.removesuffix("index.html") for p in site.article_paths()
    }
    news = document.findall(".//{*}news")
    assert 1 <= len(news) < 10
    robots = (site.output / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {base}sitemap.xml" in robots.splitlines()


def test_404_page_with_search_and_favicon(site):
    page = site.soup("404.html")
    assert page.find("h1").get_text() == "Page introuvable"
    form = page.find("form", role="search")
    assert form["action"].endswith("/revue/recherche/")
    icons = [link["href"] for link in page.find_all("link", rel="icon")]
    assert icons and all(
        (site.output / icon.split("/revue/")[1]).is_file() for icon in icons
    )


def test_reader_sees_search_results_with_section_source_and_date(base):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.goto(base + "recherche/")
        page.get_by_label("Rechercher dans les articles").fill("écluse")
        page.keyboard.press("Enter")
        result = page.locator(".search-result").first
        result.wait_for(timeout=15000)
        assert result.locator(".result-section").text_content() == "Actualité"
        assert result.locator(".result-source").text_content() == (
            "Gazette Synthétique"
        )
        assert "6 mai 2031" in result.locator(".result-date").inner_text().lower()
        page.get_by_role("button", name="Effacer").click()
        assert page.locator(".search-result").count() == 0
        browser.close()


SHOTS = {
    "front": "",
    "article": None,
    "tag": "tag/russie/",
    "search": "recherche/?q=poutine",
}


def test_screenshots_phone_and_desktop_light_and_dark(site, base, by_seed):
    """Screenshots a person looks at (kept in tests/artifacts/screenshots/);
    and what can be measured on them: a compact header on a phone, dark
    colours in the dark, no "1ER" in capitalised dates, print without menus."""
    from playwright.sync_api import sync_playwright

    shots = dict(
        SHOTS,
        article=by_seed["fr-ouestfrance-2023-temoignage-gaza"].removesuffix(
            "index.html"
        ),
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        backgrounds = {}
        for scheme in ("light", "dark"):
            for width, height in ((375, 812), (1280, 900)):
                page = browser.new_page(
                    viewport={"width": width, "height": height}, color_scheme=scheme
                )
                for name, path in shots.items():
                    page.goto(base + path)
                    if name == "search":
                        page.locator(".search-result").first.wait_for(timeout=15000)
                    target = ARTIFACTS / f"{name}-{width}-{scheme}.png"
                    page.screenshot(path=str(target))
                    assert target.stat().st_size > 10_000
                    if width == 375 and name == "article":
                        header = page.locator(".site-header").bounding_box()
                        assert header["height"] < 0.2 * height
                backgrounds[scheme] = page.evaluate(
                    "getComputedStyle(document.body).backgroundColor"
                )
                text = page.evaluate("document.body.innerText")
                assert "1ER" not in text
                page.close()
        assert backgrounds["light"] != backgrounds["dark"]
        page = browser.new_page()
        page.goto(
            base
            + next(
                p for p in site.article_paths() if "ecluse-de-zorb" in p
            ).removesuffix("index.html")
        )
        page.emulate_media(media="print")
        assert not page.locator(".site-nav").is_visible()
        assert page.locator(".original-url").inner_text() == ORIGINAL
        page.pdf(path=str(ARTIFACTS / "article-print.pdf"))
        browser.close()


def test_first_of_the_month_stays_lower_case_in_capitalised_labels(base):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page()
        page.goto(base + "archives/")
        months = [
            link.get_attribute("href")
            for link in page.locator(".archive-months a").all()
        ]
        seen = 0
        for month in months:
            page.goto(month)
            for date in page.locator(".card-date").all_inner_texts():
                assert "1ER" not in date
                seen += " 1er " in f" {date} "
            if seen:
                break
        browser.close()
    assert seen
