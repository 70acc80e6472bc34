"""Scoring predicted tags against an editor's hand tags (used by bench/tags.py).

Hand tags come from two files: ``tests/fixtures/expected_tags.yaml`` (``must``
and ``ok``) and ``tests/fixtures/dev_tags.json`` (``core`` and ``secondary``);
``"A | B"`` lists spellings of one tag. A name is compared by the slug of the
tag it stands for on the site: through the taxonomy and the vocabulary
("United States" is the site's "États-Unis"), then ``tag_slug`` (case,
accents, apostrophes, transliterations).

- precision: predicted tags that match a hand tag (core or secondary), a
  malformed name ("Stop Oil" for Just Stop Oil, "Colonel Barry" for Mamadou
  Alpha Barry) counting as a match;
- strict precision: the same, a malformed name counting as wrong;
- core recall: core tags found under their own name; "names only" leaves out
  the subjects listed in ``tests/fixtures/hand_subjects.yaml``;
- duplicate pages: hand-tagged entities that get two tag pages on the site
  (two slugs matching one hand tag, in one article or across articles).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsdigest.tagging.joins import ACRONYM, initials

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = FIXTURES / "expected_tags.yaml"
DEV_TAGS = FIXTURES / "dev_tags.json"
SUBJECTS = FIXTURES / "hand_subjects.yaml"
CONNECTORS = frozenset("de du des la le les l d of the and et".split())


@dataclass(frozen=True)
class HandTag:
    """One hand tag: its spellings (the first is its name)."""

    names: tuple[str, ...]
    core: bool
    subject: bool


@dataclass(frozen=True)
class Predicted:
    """One tag the tagger gave an article."""

    name: str
    kind: str
    slug: str


@dataclass
class Scores:
    """Counts for one set of articles."""

    articles: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    core: int = 0
    core_found: int = 0
    names: int = 0
    names_found: int = 0
    untagged: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float]:
        return {
            "precision": self.matched / max(self.predicted, 1),
            "strict precision": self.exact / max(self.predicted, 1),
            "core recall": self.core_found / max(self.core, 1),
            "core recall, names": self.names_found / max(self.names, 1),
        }


def load_hand_tags() -> dict[str, list[HandTag]]:
    """Every hand-tagged article: its hand tags, core first."""
    subjects = set(yaml.safe_load(SUBJECTS.read_text(encoding="utf-8")))
    found: dict[str, list[HandTag]] = {}
    expected = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    for article, truth in expected.items():
        found[article] = _hand(truth["must"], truth.get("ok", []), subjects)
    dev = json.loads(DEV_TAGS.read_text(encoding="utf-8"))["articles"]
    for article, truth in dev.items():
        found[article] = _hand(truth["core"], truth.get("secondary", []), subjects)
    return found


def _hand(core: list[str], other: list[str], subjects: set[str]) -> list[HandTag]:
    tags = []
    for names, is_core in [(c, True) for c in core] + [(o, False) for o in other]:
        spellings = tuple(n.strip() for n in names.split("|"))
        tags.append(HandTag(spellings, is_core, bool(subjects & set(spellings))))
    return tags


class Matcher:
    """Compares names as the site's tags: ``key`` gives a name's slug on the
    site, ``variant`` its comparison form, ``known`` whether the vocabulary or
    the taxonomy names an entity so (then it is never a malformed name)."""

    def __init__(
        self,
        key: Callable[[str], str],
        variant: Callable[[str], str],
        known: Callable[[str], bool],
        spellings: Callable[[str], list[str]] = lambda name: [name],
        titles: frozenset[str] = frozenset(),
    ) -> None:
        self.key = key
        self.variant = variant
        self.known = known
        self.spellings = spellings
        self.titles = titles

    def exact(self, predicted: Predicted, hand: HandTag) -> bool:
        """The same tag page; or the full name of an acronym the editor wrote
        ("AERES" for "Agence d'évaluation de la recherche..."): one tag per
        entity under its full name."""
        names = {self.key(name) for name in hand.names}
        return predicted.slug in names or any(
            ACRONYM.fullmatch(name) and initials(predicted.name) == name
            for name in hand.names
        )

    def loose(self, predicted: Predicted, hand: HandTag) -> bool:
        """The same entity under a malformed name: a fragment of its name, its
        name after junk ("Colonel", a glued word), its acronym."""
        if self.exact(predicted, hand):
            return True
        if hand.subject and self._inside(predicted, hand):
            return True  # "Séismes" for "Séisme de 2015 au Népal"
        if self.known(predicted.name):
            return False
        words = self._words(predicted.name)
        return any(
            _malformed(words, self._words(name), self.titles) for name in hand.names
        )

    def _inside(self, predicted: Predicted, hand: HandTag) -> bool:
        """A spelling of the predicted subject written inside the hand tag."""
        names = [f" {' '.join(self._words(n))} " for n in hand.names]
        return any(
            f" {' '.join(self._words(spelling))} " in name
            for spelling in self.spellings(predicted.name)
            for name in names
        )

    def _words(self, name: str) -> list[str]:
        return [w for w in re.split(r"[\s\-'’]+", self.variant(name)) if w]


def _malformed(
    got: list[str], name: list[str], titles: frozenset[str] = frozenset()
) -> bool:
    """``got`` is the start or the end of ``name``, ``name`` after a few extra
    words, the same last name after a title, or ``name``'s acronym.

    >>> _malformed(["harris"], ["kamala", "harris"])
    True
    >>> _malformed(["new", "york", "registry"], ["new", "york"])
    False
    >>> _malformed(["colonel", "barry"], ["mamadou", "barry"], frozenset({"colonel"}))
    True
    >>> _malformed(["jean", "roy"], ["ivan", "du", "roy"])
    False
    """
    if not got or not name or not set(got) - CONNECTORS:
        return False
    size = len(got)
    if size < len(name) and got in (name[:size], name[-size:]):
        return True
    if size > len(name) and got[-len(name) :] == name:
        return True
    if got[-1] == name[-1] and len(name) >= 2 and set(got[:-1]) <= titles:
        return True
    acronym = "".join(w[0] for w in name if w not in CONNECTORS)
    return size == 1 and len(got[0]) >= 2 and got[0] == acronym


def assign(
    tags: list[Predicted], hand: list[HandTag], matcher: Matcher
) -> list[tuple[Predicted, HandTag | None, bool]]:
    """Each predicted tag with the hand tag it stands for (its own name first,
    else the one hand tag it loosely names) and whether the name is exact."""
    found = []
    for tag in tags:
        exact = next((h for h in hand if matcher.exact(tag, h)), None)
        if exact is not None:
            found.append((tag, exact, True))
            continue
        loose = [h for h in hand if matcher.loose(tag, h)]
        found.append((tag, loose[0] if len(loose) == 1 else None, False))
    return found


def score(
    hand: dict[str, list[HandTag]],
    predicted: dict[str, list[Predicted]],
    matcher: Matcher,
) -> Scores:
    """Precision and recall counts over some articles."""
    scores = Scores()
    for article, tags in hand.items():
        got = predicted[article]
        scores.articles += 1
        if not got:
            scores.untagged.append(article)
        for _, match, exact in assign(got, tags, matcher):
            scores.predicted += 1
            scores.matched += match is not None
            scores.exact += exact
        for h in tags:
            if not h.core:
                continue
            found = any(matcher.exact(tag, h) for tag in got)
            scores.core += 1
            scores.core_found += found
            if not h.subject:
                scores.names += 1
                scores.names_found += found
    return scores


def duplicates(
    hand: dict[str, list[HandTag]],
    predicted: dict[str, list[Predicted]],
    matcher: Matcher,
) -> dict[str, list[str]]:
    """Hand-tagged entities shown on two tag pages: entity -> its tag names
    (two tags standing for one hand tag, in one article or across articles)."""
    pages: dict[str, dict[str, str]] = defaultdict(dict)
    for article, tags in hand.items():
        for tag, match, _ in assign(predicted[article], tags, matcher):
            if match is not None:
                pages[matcher.key(match.names[0])][tag.slug] = tag.name
    return {
        entity: sorted(names.values())
        for entity, names in sorted(pages.items())
        if len(names) > 1
    }
