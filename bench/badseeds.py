"""Thirty ways a seed goes wrong, for the scale test and ``bench/hostile.py``.

``BAD_KINDS`` maps a kind to a maker: ``maker(n)`` gives the n-th seed of
that kind as ``(file name, bytes)``, or ``(file name, make)`` where
``make(path)`` creates a special file (a pipe, a link) at that path. Every
kind is refused with an ERROR or published with a WARNING that names the
file; the texts are synthetic and say so. ``place_seeds`` writes them.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[int], tuple[str, bytes | Callable[[Path], None]]]
HEAD = "Le Quotidien Synthétique\nEssais\n\n"
LEDE = (
    "Ce texte est généré pour mesurer ce que coûte une copie hostile : il ne "
    "rapporte aucune nouvelle réelle."
)
BODY = "Un second paragraphe décrit un jardin imaginaire où les essais se déroulent."


def paste(title: str, front: str = "date: 2024-03-05 09:30\n") -> bytes:
    """A synthetic seed with this front matter (none when empty)."""
    head = f"---\n{front}---\n" if front else ""
    return (head + HEAD + f"{title}\n\n{LEDE}\n\n{BODY}\n").encode()


def _text(name: str, make: Callable[[int], bytes]) -> Maker:
    return lambda n: (f"{name}-{n:03d}.txt", make(n))


def _front(name: str, front: str) -> Maker:
    return _text(name, lambda n: paste(f"Un essai {name} numéro {n}", front))


def _fifo(n: int) -> tuple[str, Callable[[Path], None]]:
    return f"tube-{n:03d}.txt", os.mkfifo


def _link(name: str, target: Callable[[Path], str]) -> Maker:
    def maker(n: int) -> tuple[str, Callable[[Path], None]]:
        return f"{name}-{n:03d}.txt", lambda path: path.symlink_to(target(path))

    return maker


def _outside(path: Path) -> str:
    """A file beside the seed folder, outside it."""
    target = path.parent.parent / f"hors-{path.name}"
    target.write_bytes(paste("Un essai hors du dossier des graines"))
    return str(target)


def _garbage(n: int) -> bytes:
    return random.Random(n).randbytes(2048)


def _aliases(n: int) -> bytes:
    levels = ["a: &a [x, x, x, x, x, x, x, x]"]
    levels += [
        f"{name}: &{name} [{', '.join(['*' + below] * 8)}]"
        for below, name in zip("abc", "bcd", strict=True)
    ]
    return paste(f"Un essai aux alias {n}", "\n".join(levels) + "\n")


BAD_KINDS: dict[str, Maker] = {
    "empty": _text("vide", lambda n: b""),
    "whitespace": _text("blancs", lambda n: b" \n\t\r\n  \n"),
    "binary garbage": _text("octets", _garbage),
    "PDF": _text("rapport", lambda n: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "PNG": _text("photo", lambda n: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "title only": _text("titre", lambda n: f"Un titre tout seul {n}\n".encode()),
    "over the size limit": _text("enorme", lambda n: paste("Gros", "") * 3_000),
    "malformed YAML": _front("yaml", "title: [non fermé\n"),
    "front matter never closed": _text(
        "ouvert", lambda n: b"---\ntitle: x\n\nTexte.\n"
    ),
    "YAML alias bomb": _text("alias", _aliases),
    "deeply nested YAML": _front("profond", "title: " + "[" * 200 + "]" * 200 + "\n"),
    "10,000 front-matter tags": _front(
        "etiquettes", "tags: [" + ", ".join(f"t{i}" for i in range(10_000)) + "]\n"
    ),
    "named pipe": _fifo,
    "dangling link": _link("perdu", lambda path: "nulle-part/absent.txt"),
    "link to /dev/zero": _link("zero", lambda path: "/dev/zero"),
    "link to a file outside": _link("lien", _outside),
    "saved web page": lambda n: (f"page-{n:03d}.html", b"<script>alert(1)</script>"),
    "Markdown with Save_as": lambda n: (
        f"note-{n:03d}.md",
        b"Title: Remplace\nSave_as: index.html\n\nTexte.\n",
    ),
    "README": lambda n: (f"README-{n:03d}.txt", paste("Un lisez-moi")),
    "upper-case .TXT": lambda n: (f"COPIE-{n:03d}.TXT", paste("Une copie")),
    "date: demain": _front("demain", "date: demain\n"),
    "date: 2023-02-30": _front("fevrier", "date: 2023-02-30\n"),
    "date: 9999-12-31": _front("lointain", "date: 9999-12-31\n"),
    "tags: 3": _front("nombre", "date: 2024-03-05\ntags: 3\n"),
    "slug with ../": _front("chemin", "date: 2024-03-05\nslug: ../../evil\n"),
    "unknown key save_as": _front("cle", "date: 2024-03-05\nsave_as: ../x.html\n"),
    "url: javascript:": _front(
        "script", "date: 2024-03-05\nurl: javascript:alert(1)\n"
    ),
    "image: backslash address": _front(
        "image", "date: 2024-03-05\nimage: '\\\\evil.example/x.png'\n"
    ),
    "60 front-matter tags": _front(
        "soixante",
        "date: 2024-03-05\ntags: [" + ", ".join(f"t{i}" for i in range(60)) + "]\n",
    ),
    "5,000-character title": _front(
        "long", "date: 2024-03-05\ntitle: " + "x" * 5000 + "\n"
    ),
}


def bad_seeds(per_kind: int) -> list[tuple[str, bytes | Callable[[Path], None]]]:
    """``per_kind`` seeds of every kind, by file name."""
    return [maker(n) for maker in BAD_KINDS.values() for n in range(per_kind)]


def place_seeds(folder: Path, seeds: list[tuple[str, bytes | Callable]]) -> list[str]:
    """Write the seeds into ``folder``; return their names."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in seeds:
        if callable(content):
            content(folder / name)
        else:
            (folder / name).write_bytes(content)
    return [name for name, _ in seeds]
