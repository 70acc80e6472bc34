"""Hostile seeds: each case builds a site with one bad seed beside good ones.

Every line of ``CASES`` is one case of ``tests/HOSTILE_SEEDS.md`` and its
outcome: *published* (at a given URL, with a given title and text, and
exactly the warnings listed) or *rejected* (exactly one error naming the
file, the line when there is one, and what to fix; nothing published).
In every case the good seeds are all published, their pages exactly as a
build of the good seeds alone gives them, nothing is written outside
``output/``, and (conftest.py checks it after every build) no page or feed
holds markup that could run.

The tests run as root, for whom permission bits do not make a file
unreadable (``chmod 000`` is ignored). The unreadable seeds are therefore
files no one can read: a dangling symbolic link, a link loop, a named pipe
(reading would wait forever for a writer) and a link to ``/dev/zero``
(reading would never end); ``chmod 000`` is added when not root.
"""

from __future__ import annotations

import logging
import os
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import build
from hostile_support import (
    BODY,
    GOOD,
    GOOD_PAGES,
    LEDE,
    own_messages,
    page_facts,
    synthetic,
)

from newsdigest.site.typography import typeset_text

ROOT = Path(__file__).resolve().parent.parent
DAY = "2024/03/05/"
MB = 1_000_000


@dataclass(frozen=True)
class Outcome:
    """What a case must give: pages, title and text shown, messages logged."""

    pages: tuple[str, ...] = ()
    title: str | None = None
    text: str | None = None
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def published(page: str, title: str, text: str = BODY, *warnings: str) -> Outcome:
    return Outcome((DAY + page + "/index.html",), title, text, (), warnings)


def rejected(error: str) -> Outcome:
    return Outcome(errors=(error,))


@dataclass(frozen=True)
class Case:
    """One hostile seed (or several files), made in ``seeds/`` before the build."""

    id: str
    files: dict[str, bytes] = field(default_factory=dict)
    make: Callable[[Path], None] | None = None


def _fifo(seeds: Path) -> None:
    os.mkfifo(seeds / "tube.txt")


def _link(name: str, target: str) -> Callable[[Path], None]:
    def make(seeds: Path) -> None:
        (seeds / name).symlink_to(target)

    return make


def _file_loop(seeds: Path) -> None:
    (seeds / "boucle-a.txt").symlink_to("boucle-b.txt")
    (seeds / "boucle-b.txt").symlink_to("boucle-a.txt")


def _folder_named_txt(seeds: Path) -> None:
    (seeds / "dossier.txt").mkdir()


def _no_permission(seeds: Path) -> None:
    path = seeds / "interdit.txt"
    path.write_text(synthetic("Un essai illisible"), encoding="utf-8")
    path.chmod(0)


def seed(title: str, *paragraphs: str, front: str = "date: 2024-03-05 09:30\n"):
    return synthetic(title, list(paragraphs) or None, front).encode("utf-8")


MARKUP = (
    '<script>alert("x")</script> <iframe src="https://evil.example/"></iframe> '
    '<a href="javascript:alert(1)">clic</a> <img src=x onerror="alert(1)"> '
    "<b onmouseover=alert(1)>gras</b>"
)
FRONT_MARKUP = (
    'title: "<script>alert(1)</script> un titre"\n'
    'url: "javascript:alert(1)"\n'
    'image: "javascript:alert(2)"\n'
    'caption: "<img src=x onerror=alert(3)>"\n'
    'source: "<iframe src=//evil.example>"\n'
    'tags: ["<svg onload=alert(5)>", "javascript:alert(6)"]\n'
    'authors: ["<script>x</script>"]\n'
    "date: 2024-03-05 09:30\n"
)
MARKDOWN_JINJA = (
    "# pas un titre * pas une liste _pas souligné_ **pas gras** [x](https://e.x) "
    "`pas du code` | a | b | {{ SITENAME }} {% if true %}oui{% endif %} {# c #}"
)
INVISIBLE = "Texte avec espace\u200bzéro, \u2066isolat\u2069 et \u202edroite\u202c fin."
MIXED_ENDINGS = (
    seed("Un essai aux fins de ligne mêlées", BODY)
    .replace(b"\n\n", b"\r\n\r\n", 2)
    .replace(b"\n\nLe", b"\r\rLe")
)
LONG_LINE = " ".join(f"mot{i}" for i in range(56_000)) + "."
BIG = b"Le Quotidien Synthetique\n\nUn titre\n\n" + b"Un paragraphe. " * (20 * MB // 15)
GARBAGE = random.Random(5).randbytes(4096)
ONE_LINE_5MB = b"Le Quotidien Synthetique Un titre " + b"mot " * (5 * MB // 4)

# fmt: off
CASES: list[tuple[Case, Outcome]] = [
    (Case("empty file", {"vide.txt": b""}), rejected("seeds/vide.txt:1: the file is empty: paste an article into it")),
    (Case("whitespace only", {"blancs.txt": b" \n\t\r\n  \n"}), rejected("seeds/blancs.txt:1: the file is only whitespace: paste an article into it")),
    (Case("binary garbage", {"octets.txt": GARBAGE}), rejected("seeds/octets.txt:1: this does not look like text (68% readable characters, decoded as latin-1): save the article as plain text")),
    (Case("PDF renamed .txt", {"rapport.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"}), rejected("seeds/rapport.txt:1: this looks like a PDF document, not pasted text")),
    (Case("PNG image renamed .txt", {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}), rejected("seeds/photo.txt:1: this looks like a PNG image, not pasted text")),
    (Case("cp1252 text", {"cp1252.txt": seed("L’œuvre à 5 € en cp1252", "« Guillemets » et œufs : l’été coûte 5 €.").decode().encode("cp1252")}), published("l-oeuvre-a-5-eur-en-cp1252", "L’œuvre à 5 € en cp1252", "« Guillemets » et œufs : l’été coûte 5 €.")),
    (Case("Latin-1 text", {"latin1.txt": seed("Déjà là en Latin-1", "Ça marche : « très bien » à Noël.").decode().encode("latin-1")}), published("deja-la-en-latin-1", "Déjà là en Latin-1", "Ça marche : « très bien » à Noël.")),
    (Case("UTF-16 with BOM", {"utf16.txt": seed("Un essai en UTF-16 avec BOM").decode().encode("utf-16")}), published("un-essai-en-utf-16-avec-bom", "Un essai en UTF-16 avec BOM")),
    (Case("UTF-8 with BOM", {"utf8bom.txt": b"\xef\xbb\xbf" + seed("Un essai en UTF-8 avec BOM")}), published("un-essai-en-utf-8-avec-bom", "Un essai en UTF-8 avec BOM")),
    (Case("mixed line endings (CRLF, CR, LF)", {"fins.txt": MIXED_ENDINGS}), published("un-essai-aux-fins-de-ligne-melees", "Un essai aux fins de ligne mêlées")),
    (Case("one 5 MB line", {"ligne.txt": ONE_LINE_5MB}), rejected("seeds/ligne.txt: the file is 5.00 MB, more than a pasted article (at most 0.50 MB, DIGEST_MAX_SEED_BYTES): check what was pasted, or split it")),
    (Case("one 0.45 MB line, under the limit", {"longue.txt": seed("Un essai à la ligne très longue", LONG_LINE)}), published("un-essai-a-la-ligne-tres-longue", "Un essai à la ligne très longue", LONG_LINE)),
    (Case("20 MB seed", {"enorme.txt": BIG}), rejected("seeds/enorme.txt: the file is 20.00 MB, more than a pasted article (at most 0.50 MB, DIGEST_MAX_SEED_BYTES): check what was pasted, or split it")),
    (Case("title only", {"titre.txt": "Un titre synthétique tout seul\n".encode()}), rejected("seeds/titre.txt:1: only a headline: paste the article text under it")),
    (Case("no blank lines at all", {"serre.txt": seed("Un essai sans ligne vide").replace(b"\n\n", b"\n")}), published("un-essai-sans-ligne-vide", "Un essai sans ligne vide")),
    (Case("malformed YAML front matter", {"yaml.txt": seed("x", front="title: [non fermé\ndate: 2024-03-05\n")}), rejected("seeds/yaml.txt:3: front matter is not valid YAML: expected ',' or ']', but got ':'")),
    (Case("front matter never closed", {"ouvert.txt": b"---\ntitle: Un titre\n\nLe texte.\n"}), rejected("seeds/ouvert.txt:1: front matter opened with '---' is never closed by '---'")),
    (Case("front matter with wrong types", {"types.txt": seed("Un essai aux types faux", front="date: demain\ntags: 3\n")}), Outcome(("2000/01/01/un-essai-aux-types-faux/index.html",), "Un essai aux types faux", BODY, (), ("seeds/types.txt: no publication date found: add 'date: YYYY-MM-DD' in front matter (using 2000-01-01)", "seeds/types.txt:2: date: 'demain' is not a date (write 2023-09-13 or 2023-09-13 10:25); value ignored", "seeds/types.txt:3: tags: expected a list such as [Russie, Corée du Nord] or 'a, b'; value ignored"))),
    (Case("HTML, script, iframe, javascript: and on* in text", {"balises.txt": seed("Un essai <script>alert(1)</script> <b onclick=x>balisé</b>", MARKUP)}), published("un-essai-script-alert-1-script-b-onclick-x-balise-b", "Un essai <script>alert(1)</script> <b onclick=x>balisé</b>", MARKUP)),
    (Case("HTML, script, iframe, javascript: and on* in front matter", {"entete.txt": seed("ignoré", front=FRONT_MARKUP)}), published("script-alert-1-script-un-titre", "<script>alert(1)</script> un titre", BODY, "seeds/entete.txt:3: url: 'javascript:alert(1)' is not an http(s) address; value ignored", "seeds/entete.txt:4: image: 'javascript:alert(2)' is neither an http(s) address nor a path under content/; value ignored")),
    (Case("Markdown and Jinja syntax in text", {"syntaxe.txt": seed("Un essai {{ config }} {% raw %} *gras* _it_ `x`", MARKDOWN_JINJA)}), published("un-essai-config-raw-gras-it-x", "Un essai {{ config }} {% raw %} *gras* _it_ `x`", MARKDOWN_JINJA)),
    (Case("underscore rules and words (crashed the tagger)", {"souligne.txt": seed("Un essai _ souligné __", "Avant la règle ____ et après _ puis __ fin.")}), published("un-essai-souligne", "Un essai _ souligné __", "Avant la règle ____ et après _ puis __ fin.")),
    (Case("zero-width and right-to-left characters", {"invisible.txt": seed("Un essai\u200b \u202einversé\u202c et \u200fRTL", INVISIBLE)}), published("un-essai-inverse-et-rtl", "Un essai\u200b inversé et RTL", "Texte avec espace\u200bzéro, isolat et droite fin.")),
    (Case("two seeds with the same title", {"meme-titre-a.txt": seed("Un essai au titre partagé"), "meme-titre-b.txt": seed("Un essai au titre partagé", "Une seconde copie, collée une autre fois par la rédaction imaginaire.")}), Outcome((DAY + "un-essai-au-titre-partage/index.html", DAY + "un-essai-au-titre-partage-35d812/index.html"), "Un essai au titre partagé", BODY, (), ("seeds/meme-titre-b.txt: same URL as seeds/meme-titre-a.txt (2024/03/05/un-essai-au-titre-partage/index.html, same title and day): published at 2024/03/05/un-essai-au-titre-partage-35d812/",))),
    (Case("front-matter slug with ../", {"slug.txt": seed("Un essai au slug hostile", front="slug: ../../../evil\ndate: 2024-03-05 09:30\n")}), published("un-essai-au-slug-hostile", "Un essai au slug hostile", BODY, "seeds/slug.txt:2: slug: '../../../evil' is a path, not a slug (write words-joined-by-dashes); value ignored")),
    (Case("front-matter save path with ../", {"chemin.txt": seed("Un essai au chemin hostile", front="save_as: ../../evil.html\ndate: 2024-03-05 09:30\n")}), published("un-essai-au-chemin-hostile", "Un essai au chemin hostile", BODY, "seeds/chemin.txt:2: unknown front-matter key 'save_as' ignored (known: agencies, authors, caption, credit, date, image, kicker, lang, modified, section, slug, source, status, summary, tags, title, url)")),
    (Case("symbolic link loop (folder)", make=_link("boucle", ".")), Outcome(warnings=("seeds/boucle: a symbolic link to a folder already read (seeds): skipped, so that no file is read twice",))),
    (Case("symbolic link loop (file)", make=_file_loop), Outcome(errors=("seeds/boucle-a.txt: cannot be read: Too many levels of symbolic links", "seeds/boucle-b.txt: cannot be read: Too many levels of symbolic links"))),
    (Case("unreadable: dangling symbolic link", make=_link("perdu.txt", "nulle-part/absent.txt")), rejected("seeds/perdu.txt: cannot be read: No such file or directory")),
    (Case("unreadable: named pipe (FIFO)", make=_fifo), rejected("seeds/tube.txt: cannot be read: this is a named pipe (FIFO), not a text file")),
    (Case("unreadable: link to /dev/zero", make=_link("zero.txt", "/dev/zero")), rejected("seeds/zero.txt: cannot be read: this is a character device, not a text file")),
    (Case("unreadable: folder named .txt", make=_folder_named_txt), Outcome()),
    (Case("unreadable: no read permission (not as root)", make=_no_permission), rejected("seeds/interdit.txt: cannot be read: Permission denied")),
]
# fmt: on


@pytest.fixture(scope="module")
def control(tmp_path_factory):
    """The good seeds built alone: what every case must leave unchanged."""
    site = build(tmp_path_factory.mktemp("control"), GOOD)
    assert site.article_paths() == list(GOOD_PAGES)
    assert site.messages() == []
    return {path: page_facts(site, path) for path in GOOD_PAGES}


@pytest.mark.parametrize(("case", "outcome"), CASES, ids=[c.id for c, _ in CASES])
def test_hostile_seed(tmp_path, control, case, outcome):
    if case.make is _no_permission and os.geteuid() == 0:
        pytest.skip("root reads a file whatever its permission bits")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    if case.make:
        case.make(seeds)
    site = build(tmp_path, {**GOOD, **case.files})

    assert own_messages(site, logging.ERROR) == sorted(outcome.errors)
    assert own_messages(site, logging.WARNING) == sorted(outcome.warnings)
    assert sorted(site.article_paths()) == sorted([*GOOD_PAGES, *outcome.pages])
    for path in GOOD_PAGES:
        assert page_facts(site, path) == control[path], path
    for path in outcome.pages[:1]:
        soup = site.soup(path)
        # Pages show text typeset (newsdigest.site.typography): U+202F before
        # "; : ! ?", curly apostrophes; never another character.
        assert soup.find("h1").get_text() == typeset_text(outcome.title, "fr")
        body = soup.select_one(".article-body").get_text()
        assert typeset_text(outcome.text, "fr") in body
    assert {p.name for p in tmp_path.iterdir()} <= {
        "cache",
        "content",
        "output",
        "seeds",
    }
    for folder in (tmp_path.parent, tmp_path, site.output):
        assert list(folder.glob("evil*")) == []


def test_lede_of_published_cases_is_shown_as_chapo(tmp_path):
    """The first paragraph of a synthetic seed is its chapô, so the cases above
    look for their text in the body's second paragraph on purpose."""
    site = build(tmp_path, {"essai.txt": seed("Un essai ordinaire")})
    soup = site.soup(site.article_paths()[0])
    assert soup.select_one(".article-chapo").get_text() == typeset_text(LEDE, "fr")
    body = soup.select_one(".article-body").get_text(strip=True)
    assert body == typeset_text(BODY, "fr")


def test_catalogue_lists_every_case():
    catalogue = (ROOT / "tests" / "HOSTILE_SEEDS.md").read_text(encoding="utf-8")
    rows = [line for line in catalogue.splitlines() if line.startswith("| ")][2:]
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == [
        case.id for case, _ in CASES
    ]


def test_front_matter_markup_is_shown_as_text(tmp_path):
    site = build(tmp_path, {"entete.txt": seed("ignoré", front=FRONT_MARKUP)})
    (page,) = site.article_paths()
    soup = site.soup(page)
    assert soup.select_one(".photo-caption").get_text() == (
        "<img src=x onerror=alert(3)>"
    )
    assert soup.select_one(".article-source > a").get_text(strip=True) == (
        "<iframe src=//evil.example>"
    )
    assert [a.get_text() for a in soup.select(".article-tags a")] == [
        "<svg onload=alert(5)>",
        "javascript:alert(6)",
    ]
    assert soup.select_one(".author").get_text() == "<script>x</script>"
    assert site.jsonld(page)["headline"] == "<script>alert(1)</script> un titre"
    assert "<script>alert(1)</script>" not in site.html(page)
