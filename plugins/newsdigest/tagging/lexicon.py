"""Names known before reading an article: the vocabulary's countries and places,
and the editor's taxonomy, which has the last word.

``Lexicon.scan(text)`` finds every known name, alias or adjective of
nationality in a text as whole words ("nord-coréen" -> Corée du Nord,
"Kim Jong Un" -> Kim Jong-un); an adjective beside a place's head ("the
Spanish city of", "la capitale ukrainienne") names its country as plainly as
its name would; one that names a language ("traduit en français", "written
in English.") names no country. Nothing here imports Pelican.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .mentions import DEMONYM, NAME, Mention
from .taxonomy import Taxonomy
from .text import fold, words
from .vocabulary import Entry, Vocabulary, is_acronym

JOINERS = frozenset(" -‑'’\u00a0")
# An adjective of nationality that names a language: after French "en" ("en
# russe", "traduit en français"), after English "in" when no noun follows it
# ("in Russian.", "in English and French", but "in Russian hands" is Russia).
LANGUAGE_BEFORE = re.compile(r"(?:^|[^\w'’])(en|in)\s+$", re.IGNORECASE)
NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b)[a-z]")


class Lexicon:
    """Folded names -> entries, the taxonomy over the vocabulary."""

    def __init__(self, vocabulary: Vocabulary, taxonomy: Taxonomy) -> None:
        self.place_heads = vocabulary.place_heads
        self.capitals = vocabulary.capitals
        self.seated = vocabulary.seated_institutions
        self.entries: dict[str, Entry] = dict(vocabulary.names)
        curated = {fold(tag.name): tag for tag in taxonomy.tags}
        for key, entry in list(self.entries.items()):
            tag = curated.get(fold(entry.tag))
            if tag:
                self.entries[key] = replace(
                    entry,
                    tag=tag.name,
                    kind=tag.kind,
                    description=tag.description,
                )
        for tag in taxonomy.tags:
            for name in (tag.name, *tag.aliases):
                self.entries[fold(name)] = Entry(
                    tag.name,
                    tag.kind,
                    capital=name[:1].isupper(),
                    acronym=is_acronym(name),
                    description=tag.description,
                )
        self.firsts = frozenset(key.split()[0] for key in self.entries if key)
        # Every key cut before one of its spaces, and whole: a run of words
        # that is none of these begins no key, however it goes on.
        self.prefixes = frozenset(
            key[:cut]
            for key in self.entries
            for cut in (*(i for i, c in enumerate(key) if c == " "), len(key))
        )

    def lookup(self, name: str) -> Entry | None:
        """The entry of a name, if it is known."""
        return self.entries.get(fold(name))

    def describe(self, tag: str) -> Entry | None:
        """The entry of a tag by its own name (for kind and description)."""
        entry = self.entries.get(fold(tag))
        return (
            entry
            if entry and not entry.demonym and fold(entry.tag) == fold(tag)
            else None
        )

    def scan(self, text: str) -> list[Mention]:
        """Every known name in a text, longest match first, left to right."""
        found: list[Mention] = []
        tokens = words(text)
        keys = [fold(token.group()) for token in tokens]
        joined = _joined(text, tokens)
        index = 0
        while index < len(tokens):
            match = self._match(text, tokens, keys, joined, index)
            if match is None:
                index += 1
                continue
            size, entry = match
            start, end = tokens[index].start(), tokens[index + size - 1].end()
            if entry.demonym and _language(text, start, end):
                index += size
                continue
            form = NAME
            if entry.demonym and not self._beside_place(keys, index, size):
                form = DEMONYM
            found.append(Mention(start, end, entry.tag, entry.kind, form, known=True))
            index += size
        return found

    def _beside_place(self, keys: list[str], index: int, size: int) -> bool:
        """Whether a place's head comes right before or after the words at
        ``index`` ("ville espagnole", "Spanish city")."""
        around = keys[index - 1 : index] + keys[index + size : index + size + 1]
        return any(key in self.place_heads for key in around)

    def _match(
        self,
        text: str,
        tokens: list[re.Match[str]],
        keys: list[str],
        joined: list[bool],
        index: int,
    ) -> tuple[int, Entry] | None:
        """The longest run of words joined at ``index`` that is a known name
        in the case it needs: its number of words and its entry."""
        if keys[index].split(" ", 1)[0] not in self.firsts:
            return None
        runs = [keys[index]]  # runs[n]: the keys of n + 1 words from index
        while index + len(runs) < len(tokens) and joined[index + len(runs) - 1]:
            longer = f"{runs[-1]} {keys[index + len(runs)]}"
            if longer not in self.prefixes:
                break
            runs.append(longer)
        for size in range(len(runs), 0, -1):
            entry = self.entries.get(runs[size - 1])
            last = index + size - 1
            surface = text[tokens[index].start() : tokens[last].end()]
            if entry and self._case_fits(surface, entry):
                return size, entry
        return None

    def _case_fits(self, surface: str, entry: Entry) -> bool:
        """Names need their capital ("Chine", not "chine"); acronyms their exact
        case ("UN", not "Un"); adjectives of nationality take any case."""
        if entry.demonym:
            return True
        if entry.acronym:
            return surface.isupper()
        return surface[:1].isupper() or not entry.capital


def _joined(text: str, tokens: list[re.Match[str]]) -> list[bool]:
    """For each word but the last, whether the next one follows it as part of
    one name: at most one character between them, a space, hyphen or
    apostrophe ("Kim Jong-un", "Côte d'Ivoire"; not "Paris, Lyon").

    >>> _joined("Kim Jong-un, Paris", words("Kim Jong-un, Paris"))
    [True, False]
    """
    return [
        len(gap) <= 1 and set(gap) <= JOINERS
        for gap in (
            text[before.end() : after.start()]
            for before, after in itertools.pairwise(tokens)
        )
    ]


def _language(text: str, start: int, end: int) -> bool:
    """Whether the adjective at ``start:end`` names a language, not its people."""
    before = LANGUAGE_BEFORE.search(text[max(0, start - 4) : start])
    if before is None:
        return False
    return before.group(1).lower() == "en" or not NOUN_AFTER.match(text, end)
