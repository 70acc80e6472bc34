"""Good seeds and synthetic ones for the hostile-seed, property and build tests.

The good seeds are real texts (the shipped seed, two pastes from the dev
corpus) that build without a warning; a hostile case must leave their pages
exactly as a build of them alone gives. Synthetic seeds are made here and
say that they report no real news.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from conftest import CORPUS, FIRST_SEED, Site

GOOD: dict[str, str] = {
    "bfmtv-poutine-coree-du-nord-satellites.txt": FIRST_SEED.read_text("utf-8"),
    "actu-solidarite-centre.txt": (
        CORPUS / "fr-actu-2020-solidarite-centre.txt"
    ).read_text("utf-8"),
    "independent-laos-methanol.txt": (
        CORPUS / "en-independent-2024-laos-methanol.txt"
    ).read_text("utf-8"),
}
GOOD_PAGES = (
    "2020/03/27/solidarite-le-centre-hospitalier-de-la-cote-basque-lance-un-appel-"
    "aux-dons-des/index.html",
    "2023/09/13/vladimir-poutine-laisse-entendre-que-la-russie-aidera-la-coree-du-"
    "nord-a/index.html",
    "2024/11/22/australian-teenager-becomes-sixth-to-die-in-laos-methanol-"
    "poisoning-as-police/index.html",
)
# Pelican's own lines after a rejected seed: they repeat what the reader said.
PELICAN_FOLLOW_UPS = ("Could not process ", "Cannot get modification stamp for ")

LEDE = (
    "Ce texte est généré par la suite de tests : il ne rapporte aucune nouvelle "
    "réelle, il sert à vérifier ce que le site fait d'une copie hostile."
)
BODY = (
    "Un second paragraphe décrit un jardin imaginaire où les essais se déroulent "
    "chaque matin, sans incident et sans témoin."
)


def synthetic(
    title: str,
    paragraphs: list[str] | None = None,
    front: str = "date: 2024-03-05 09:30\n",
) -> str:
    """A synthetic seed: front matter, source, section, title, lede, body."""
    body = [LEDE, *(paragraphs if paragraphs is not None else [BODY])]
    head = f"---\n{front}---\n" if front else ""
    return (
        head
        + f"Le Quotidien Synthétique\nEssais\n\n{title}\n\n"
        + "\n\n".join(body)
        + "\n"
    )


def page_facts(site: Site, path: str) -> tuple[str, str, str, dict]:
    """What must not change on a good seed's page: title, lede, body, JSON-LD."""
    soup = site.soup(path)
    chapo = soup.select_one(".article-chapo")
    return (
        soup.find("h1").get_text(),
        chapo.get_text() if chapo else "",
        str(soup.select_one(".article-body")),
        site.jsonld(path),
    )


def own_messages(site: Site, level: int) -> list[str]:
    """Messages at exactly ``level``, without Pelican's follow-up lines."""
    return sorted(
        record.getMessage()
        for record in site.records
        if record.levelno == level
        and not record.getMessage().startswith(PELICAN_FOLLOW_UPS)
    )


class HungError(BaseException):
    """A block ran past its deadline. Not an Exception (nor an OSError, as
    TimeoutError is): no ``except`` in Pelican or a library may swallow it."""


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail, rather than hang the test run, when the block takes longer than
    ``seconds`` (a build waiting on a pipe, a pattern that never ends)."""

    def expire(_signum: int, _frame: object) -> None:
        raise HungError(f"still running after {seconds} s: it would hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
