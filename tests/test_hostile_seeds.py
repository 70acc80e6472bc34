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

import json
import logging
import os
import random
import shutil
import xml.etree.ElementTree as ET
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
# The smallest PNG file: one transparent pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63000100000500010d0a2db40000000049454e44ae426082"
)
ADDED_EPOCH = "1709640000"  # 2024-03-05 12:00 UTC
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


def _with_content(make: Callable[[Path], None]) -> Callable[[Path], None]:
    """Make files in content/ too (a copy of the project's, made here)."""

    def setup(seeds: Path) -> None:
        shutil.copytree(ROOT / "content", seeds.parent / "content")
        make(seeds)

    return setup


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@_with_content
def _curated_draft(seeds: Path) -> None:
    _write(
        seeds.parent / "content" / "posts" / "brouillon.md",
        "Title: Un brouillon curé\nDate: 2024-03-05 09:30\nStatus: draft\n\nTexte.\n",
    )


@_with_content
def _content_link(seeds: Path) -> None:
    (seeds.parent / "content" / "pages" / "lien.md").symlink_to("/etc/passwd")


@_with_content
def _content_fifo(seeds: Path) -> None:
    os.mkfifo(seeds.parent / "content" / "pages" / "tube.md")
    (seeds.parent / "content" / "images").mkdir()
    os.mkfifo(seeds.parent / "content" / "images" / "tube.png")


@_with_content
def _content_seed(seeds: Path) -> None:
    _write(seeds.parent / "content" / "posts" / "copie.txt", synthetic("Une copie"))


@_with_content
def _static_link(seeds: Path) -> None:
    (seeds.parent / "content" / "images").mkdir()
    (seeds.parent / "content" / "images" / "x.png").symlink_to("/etc/passwd")


@_with_content
def _same_name_curated(seeds: Path) -> None:
    _write(seeds / "2023" / "pont.txt", synthetic("Le pont de 2023"))
    _write(seeds / "2024" / "pont.txt", synthetic("Le pont de 2024"))
    _write(
        seeds.parent / "content" / "posts" / "2024" / "pont.md",
        "Title: Le pont de 2024, revu\nDate: 2024-03-05 09:30\n"
        "Seed: seeds/2024/pont.txt\n\nLe texte revu à la main.\n",
    )


@_with_content
def _picture(seeds: Path) -> None:
    (seeds.parent / "content" / "images").mkdir()
    (seeds.parent / "content" / "images" / "pont.png").write_bytes(PNG)


def _hidden_folder(seeds: Path) -> None:
    _write(seeds / ".brouillons" / "vieux.txt", synthetic("Un vieux brouillon"))


def _recorded(name: str, url: str) -> Callable[[Path], None]:
    def make(seeds: Path) -> None:
        entry = {"added": "2024-03-04T08:00:00+00:00", "url": url}
        ledger = {"version": 1, "seeds": {name: entry}}
        _write(seeds / "ledger.json", json.dumps(ledger))

    return make


def _bad_ledger(seeds: Path) -> None:
    _write(seeds / "ledger.json", '{"version": 1, "seeds": NaN}')


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
NOT_A_SEED = (
    "not a seed: only .txt files are read here (a saved web page or document: "
    "copy the article's text into a .txt file)"
)
SAVED_PAGE = (
    "<html><body><h1>Un titre</h1><script>alert(1)</script>"
    "<img src=x onerror=alert(2)><a href='javascript:alert(3)'>lien</a></body></html>"
)
ALIAS_BOMB = (
    "date: 2024-03-05 09:30\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
)
TAGS_10000 = "tags: [" + ", ".join(f"sujet{n}" for n in range(10_000)) + "]\n"
TAGS_60 = "tags: [" + ", ".join(f"sujet{n}" for n in range(60)) + "]\n"
DATED = "date: 2024-03-05 09:30\n"
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
    (Case("front matter with wrong types", {"types.txt": seed("Un essai aux types faux", front="date: demain\ntags: 3\n")}), published("un-essai-aux-types-faux", "Un essai aux types faux", BODY, "seeds/types.txt:2: date: 'demain' is not a date (write 2023-09-13 or 2023-09-13 10:25); value ignored", "seeds/types.txt:3: tags: expected a list such as [Russie, Corée du Nord] or 'a, b'; value ignored")),
    (Case("HTML, script, iframe, javascript: and on* in text", {"balises.txt": seed("Un essai <script>alert(1)</script> <b onclick=x>balisé</b>", MARKUP)}), published("un-essai-script-alert-1-script-b-onclick-x-balise-b", "Un essai <script>alert(1)</script> <b onclick=x>balisé</b>", MARKUP)),
    (Case("HTML, script, iframe, javascript: and on* in front matter", {"entete.txt": seed("ignoré", front=FRONT_MARKUP)}), published("script-alert-1-script-un-titre", "<script>alert(1)</script> un titre", BODY, "seeds/entete.txt:3: url: 'javascript:alert(1)' is not an http(s) address; value ignored", "seeds/entete.txt:4: image: 'javascript:alert(2)' is neither an https:// address nor a path under content/; value ignored")),
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
    (Case("status: draft", {"brouillon.txt": seed("Un essai en brouillon", front="status: draft\n" + DATED)}), Outcome()),
    (Case("status: hidden", {"cache.txt": seed("Un essai caché aux listes", front="status: hidden\n" + DATED)}), published("un-essai-cache-aux-listes", "Un essai caché aux listes")),
    (Case("status: skip", {"saute.txt": seed("Un essai sauté", front="status: skip\n" + DATED)}), Outcome()),
    (Case("Status: draft in a curated post", make=_curated_draft), Outcome()),
    (Case("date: 9999-12-31", {"an.txt": seed("Un essai daté de l'an 9999", front="date: 9999-12-31\n")}), published("un-essai-date-de-l-an-9999", "Un essai daté de l'an 9999", BODY, "seeds/an.txt:2: date: '9999-12-31' is not a date (write 2023-09-13 or 2023-09-13 10:25); value ignored")),
    (Case("date: 2023-02-30", {"fevrier.txt": seed("Un essai du 30 février", front="date: 2023-02-30\n")}), published("un-essai-du-30-fevrier", "Un essai du 30 février", BODY, "seeds/fevrier.txt:2: date: '2023-02-30' is not a date (write 2023-09-13 or 2023-09-13 10:25); value ignored")),
    (Case("control characters and non-characters in a YAML title", {"controle.txt": seed("ignoré", front='title: "Un essai\\a au titre\\x1b[31m de contrôle\\uFFFF"\n' + DATED)}), published("un-essai-au-titre-31m-de-controle", "Un essai au titre[31m de contrôle")),
    (Case("right-to-left override as a YAML escape", {"rtl.txt": seed("ignoré", front='title: "Un essai \\u202Einversé"\n' + DATED)}), published("un-essai-inverse", "Un essai inversé")),
    (Case("non-characters U+FFFE and U+FFFF in text", {"nonchar.txt": seed("Un essai aux non\ufffe-caractères", "Un texte\uffff avec des non-caractères.")}), published("un-essai-aux-non-caracteres", "Un essai aux non-caractères", "Un texte avec des non-caractères.")),
    (Case("YAML alias bomb", {"bombe.txt": seed("Une bombe", front=ALIAS_BOMB)}), rejected("seeds/bombe.txt:4: front matter is not valid YAML: YAML aliases (*name) are not allowed here")),
    (Case("deeply nested YAML", {"profond.txt": seed("Un essai profond", front=DATED + "x: " + "[" * 1000 + "]" * 1000 + "\n")}), rejected("seeds/profond.txt:3: front matter is not valid YAML: values nested too deeply")),
    (Case("10,000 front-matter tags", {"tags.txt": seed("Un essai aux dix mille sujets", front=DATED + TAGS_10000)}), rejected(f"seeds/tags.txt:1: front matter is {len(DATED + TAGS_10000) - 1:,} characters long, more than 20,000: keep it to the keys you override")),
    (Case("60 front-matter tags", {"sujets.txt": seed("Un essai aux soixante sujets", front=DATED + TAGS_60)}), published("un-essai-aux-soixante-sujets", "Un essai aux soixante sujets", BODY, "seeds/sujets.txt:3: tags: 60 items, at most 50; value ignored")),
    (Case("a 5,000-character title", {"long.txt": seed("Un essai au titre trop long", front=DATED + "title: " + "mot " * 1250 + "\n")}), published("un-essai-au-titre-trop-long", "Un essai au titre trop long", BODY, "seeds/long.txt:3: title: is 4,999 characters long, more than 2,000; value ignored")),
    (Case("image: a backslash address", {"image.txt": seed("Un essai à l'image hostile", front=DATED + "image: '\\\\evil.example/x.png'\n")}), published("un-essai-a-l-image-hostile", "Un essai à l'image hostile", BODY, "seeds/image.txt:3: image: '\\\\evil.example/x.png' is neither an https:// address nor a path under content/; value ignored")),
    (Case("image: a path to no picture", {"absente.txt": seed("Un essai à l'image absente", front=DATED + "image: images/absente.png\n")}), published("un-essai-a-l-image-absente", "Un essai à l'image absente", BODY, "seeds/absente.txt:3: image: 'images/absente.png' is not a picture in content/images/, content/extra/; value ignored")),
    (Case("image: a picture under content/", {"photo.txt": seed("Un essai à la photo du pont", front=DATED + "image: images/pont.png\n")}, make=_picture), published("un-essai-a-la-photo-du-pont", "Un essai à la photo du pont")),
    (Case("a saved web page (.html)", {"page.html": SAVED_PAGE}), rejected(f"seeds/page.html: {NOT_A_SEED}")),
    (Case("Markdown with Save_as: index.html", {"une.md": "Title: Prise\nDate: 2024-03-05\nSave_as: index.html\n\nPris.\n"}), rejected(f"seeds/une.md: {NOT_A_SEED}")),
    (Case("Markdown with Save_as: feeds/all.atom.xml", {"flux.markdown": "Title: Flux\nDate: 2024-03-05\nSave_as: feeds/all.atom.xml\n\nX.\n"}), rejected(f"seeds/flux.markdown: {NOT_A_SEED}")),
    (Case("reStructuredText with :save_as:", {"texte.rst": "Titre\n#####\n\n:date: 2024-03-05\n:save_as: index.html\n\nPris.\n"}), rejected(f"seeds/texte.rst: {NOT_A_SEED}")),
    (Case("a README.txt", {"README.txt": "Ce dossier contient les copies d'articles.\n"}), rejected("seeds/README.txt: a README is not read as a seed: move it out of the seed folder")),
    (Case("an upper-case .TXT", {"COPIE.TXT": seed("Un essai en majuscules")}), rejected("seeds/COPIE.TXT: not read: seeds are named *.txt in lower case: rename it COPIE.txt")),
    (Case("a hidden folder", make=_hidden_folder), rejected("seeds/.brouillons: a hidden folder is not read")),
    (Case("symbolic link to a file outside the project", make=_link("secret.txt", "/etc/passwd")), rejected("seeds/secret.txt: not read: a symbolic link to a file outside seeds/ (copy the file there instead)")),
    (Case("symbolic link to a project file outside seeds/", make=_link("taxonomie.txt", "../content/taxonomy.yaml")), rejected("seeds/taxonomie.txt: not read: a symbolic link to a file outside seeds/ (copy the file there instead)")),
    (Case("symbolic link to a folder outside", make=_link("dehors", "/etc")), rejected("seeds/dehors: not read: a symbolic link to a folder outside seeds/")),
    (Case("symbolic link in content/ to a file outside", make=_content_link), rejected("content/pages/lien.md: not read: a symbolic link to a file outside content/ (copy the file there instead)")),
    (Case("static file linked from outside content/", make=_static_link), rejected("content/images/x.png: not copied: a symbolic link to a file outside content/ (copy the file there instead)")),
    (Case("named pipes in content/", make=_content_fifo), Outcome(errors=("content/images/tube.png: cannot be read: this is a named pipe (FIFO), not a text file", "content/pages/tube.md: cannot be read: this is a named pipe (FIFO), not a text file"))),
    (Case("a seed in content/", make=_content_seed), rejected("content/posts/copie.txt: not read: seeds are read from seeds/ only (move it there)")),
    (Case("same seed name in two folders, one curated", make=_same_name_curated), Outcome((DAY + "le-pont-de-2023/index.html", DAY + "le-pont-de-2024-revu/index.html"), "Le pont de 2023", BODY)),
    (Case("a newcomer with the title and day of a published article", {"a-nouveau.txt": seed("Un essai publié avant lui", front="date: 2024-03-05 08:00\n"), "b-publie.txt": seed("Un essai publié avant lui")}, make=_recorded("b-publie.txt", DAY + "un-essai-publie-avant-lui/")), Outcome((DAY + "un-essai-publie-avant-lui/index.html", DAY + "un-essai-publie-avant-lui-af214b/index.html"), "Un essai publié avant lui", BODY, (), ("seeds/a-nouveau.txt: same URL as seeds/b-publie.txt (2024/03/05/un-essai-publie-avant-lui/index.html, same title and day): published at 2024/03/05/un-essai-publie-avant-lui-af214b/",))),
    (Case("a seed that prints no date", {"sans-date.txt": seed("Un essai sans date imprimée", front="")}), published("un-essai-sans-date-imprimee", "Un essai sans date imprimée")),
    (Case("a malformed seed ledger", make=_bad_ledger), rejected("seeds/ledger.json:1: not valid JSON: NaN is not a number JSON allows: fix it (git diff shows what changed); until then this build dates new undated seeds by now and does not write it")),
]
# fmt: on


@pytest.fixture(autouse=True)
def added_on_the_day(monkeypatch):
    """Seeds first added on 2024-03-05 at noon (UTC): an undated one is dated so."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", ADDED_EPOCH)


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
    ET.parse(site.output / "feeds" / "all.atom.xml")  # well-formed for every reader
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
