"""Front matter: every value bounded and checked, a bad one costs only itself.

Invented values in the shapes a hostile or careless editor writes: dates out
of range or impossible, YAML aliases and deep nesting, too many tags, too
long a title, control characters, bidirectional overrides and
non-characters from YAML escapes, images from another host. Then the
statuses as a site shows them: a draft, a hidden article, a skipped seed.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT, build
from hostile_support import GOOD, synthetic

from newsdigest.seeds.errors import SeedError
from newsdigest.seeds.frontmatter import split_front_matter


def front(lines: str, images: tuple[str, ...] = ()):
    values, _rest = split_front_matter(f"---\n{lines}---\nTexte.\n", "e.txt", images)
    return values.values, [str(problem) for problem in values.problems]


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        ("date: 9999-12-31\n", "e.txt:2: date: '9999-12-31' is not a date"),
        ("date: 2023-02-30\n", "e.txt:2: date: '2023-02-30' is not a date"),
        ("date: !!timestamp 2023-02-30\n", "e.txt:2: date: '2023-02-30' is not"),
        ("modified: 0000-01-01\n", "e.txt:2: modified: '0000-01-01' is not a date"),
        ("tags: [" + "a, " * 50 + "b]\n", "e.txt:2: tags: 51 items, at most 50"),
        ("title: " + "x" * 2001 + "\n", "e.txt:2: title: is 2,001 characters long"),
        ("authors: [[a]]\n", "e.txt:2: authors: expected a list"),
        ("image: http://e.x/a.png\n", "e.txt:2: image: 'http://e.x/a.png' is neither"),
        ("image: //e.x/a.png\n", "e.txt:2: image: '//e.x/a.png' is neither"),
        ("image: images/../../x.png\n", "e.txt:2: image: 'images/../../x.png' is"),
        ("image: images/absente.png\n", "e.txt:2: image: 'images/absente.png' is not"),
        ('title: "\\u202e"\n', "e.txt:2: title: is empty; value ignored"),
    ],
)
def test_a_bad_value_is_ignored_with_its_line(lines, problem):
    """``lines`` of front matter give one warning starting with ``problem``."""
    values, problems = front(lines)
    assert values == {}
    assert len(problems) == 1 and problems[0].startswith(problem), problems


@pytest.mark.parametrize(
    ("lines", "line", "reason"),
    [
        ("a: &a [x, x]\nb: [*a, *a]\n", 3, "YAML aliases (*name) are not allowed"),
        ("x: " + "[" * 50 + "]" * 50 + "\n", 2, "values nested too deeply"),
        ("x: [" + "a, " * 2100 + "]\n", 2, "too many values"),
        ("x: !!binary zz\n", 2, "failed to decode base64 data"),
        ("title: 1" + "0" * 5000 + "\n", 2, "Exceeds the limit (4300 digits)"),
        ("title: un\x07titre\n", 2, "special characters are not allowed"),
        ("x: " + "y" * 20_001 + "\n", 1, "front matter is 20,004 characters long"),
        ("status: publié\n", 2, "status 'publié' must be one of published, draft"),
    ],
)
def test_a_block_that_cannot_be_read_rejects_the_seed(lines, line, reason):
    with pytest.raises(SeedError) as refused:
        front(lines)
    assert refused.value.problem.line == line
    assert reason in refused.value.problem.message


def test_text_values_lose_what_never_reaches_a_page():
    values, problems = front(
        'title: "Un\\x07 titre\\u202e sur\\ndeux\\uFFFF lignes"\n'
        'tags: ["Russie\\u2066", "  ", "Corée du Nord"]\n'
        'source: "Le Quotidien\\x1b[31m"\n'
    )
    assert problems == []
    assert values == {
        "title": "Un titre sur deux lignes",
        "tags": ["Russie", "Corée du Nord"],
        "source": "Le Quotidien[31m",
    }


def test_dates_stay_text_until_checked():
    values, problems = front("date: 2024-03-05\nmodified: 2024-03-05T18:00:00+01:00\n")
    assert problems == []
    assert values["date"].day.isoformat() == "2024-03-05"
    assert (values["modified"].clock.hour, values["modified"].offset_minutes) == (
        18,
        60,
    )


def test_an_image_is_an_https_address_or_a_picture_under_content(tmp_path):
    images = tmp_path / "content" / "images"
    images.mkdir(parents=True)
    (images / "pont.png").write_bytes(b"\x89PNG")
    (images / "fuite.png").symlink_to("/etc/passwd")
    folders = (str(images),)
    assert front("image: images/pont.png\n", folders) == (
        {"image": "images/pont.png"},
        [],
    )
    assert front("image: https://e.x/a.png\n", folders)[0] == {
        "image": "https://e.x/a.png"
    }
    _values, problems = front("image: images/fuite.png\n", folders)
    assert problems == [
        "e.txt:2: image: 'images/fuite.png' is not a picture in content/images/; "
        "value ignored"
    ]


@pytest.fixture(scope="module")
def statuses(tmp_path_factory):
    dated = "date: 2024-03-05 09:30\n"
    seeds = {
        **GOOD,
        "brouillon.txt": synthetic(
            "Un essai en brouillon", front="status: draft\n" + dated
        ),
        "cache.txt": synthetic(
            "Un essai caché aux listes", front="status: hidden\n" + dated
        ),
        "saute.txt": synthetic("Un essai sauté", front="status: skip\n" + dated),
        "photo.txt": synthetic(
            "Un essai à la photo du pont", front="image: images/pont.png\n" + dated
        ),
    }
    root = tmp_path_factory.mktemp("statuses")
    shutil.copytree(ROOT / "content", root / "content")
    (root / "content" / "images").mkdir()
    (root / "content" / "images" / "pont.png").write_bytes(b"\x89PNG\r\n")
    return build(root, seeds)


def test_statuses_build_as_documented(statuses):
    assert statuses.errors() == []
    output = statuses.output
    drafts = sorted(path.name for path in (output / "drafts").glob("*.html"))
    assert drafts == ["un-essai-en-brouillon.html"]
    hidden = "2024/03/05/un-essai-cache-aux-listes/index.html"
    assert (output / hidden).is_file()
    assert statuses.jsonld(hidden)["headline"] == "Un essai caché aux listes"
    front_page = statuses.html("index.html") + (
        output / "feeds" / "all.atom.xml"
    ).read_text("utf-8")
    for title in (
        "Un essai caché aux listes",
        "Un essai en brouillon",
        "Un essai sauté",
    ):
        assert title not in front_page
    assert not list(output.rglob("*un-essai-saute*"))


def test_a_picture_under_content_resolves_from_the_article(statuses):
    page = "2024/03/05/un-essai-a-la-photo-du-pont/index.html"
    img = statuses.soup(page).select_one(".article-photo img")
    target = (statuses.output / page).parent / img["src"]
    assert target.resolve() == (statuses.output / "images" / "pont.png").resolve()
    assert target.is_file()


def test_feeds_stay_well_formed_with_control_characters(tmp_path):
    seeds = {
        "controle.txt": synthetic(
            "ignoré",
            ["Un texte \ufffe avec \uffff des non-caractères."],
            front='title: "Un titre\\a de contrôle\\uFFFE"\ndate: 2024-03-05\n',
        )
    }
    site = build(tmp_path, seeds)
    for feed in (site.output / "feeds").glob("*.xml"):
        ET.parse(feed)
