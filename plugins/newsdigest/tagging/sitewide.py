"""The site-wide step: the tags every article got when it was read become one
set of tag pages. Linear in the number of tags, run once per build.

Each tag page is a slug (``tag_slug``: case, accents, apostrophes and
transliterated endings do not count, so the mention links written at read
time already point at it); its name is the taxonomy's, else the first
spelling seen (oldest article first); its kind is the taxonomy's, else the
one the articles give it most (weighted by their scores). Nothing here
imports Pelican.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .lexicon import Lexicon
from .names import NameRegistry, tag_slug

DEFAULT_KIND = "thème"


@dataclass(frozen=True)
class SiteTag:
    """One tag page."""

    slug: str
    name: str
    kind: str
    description: str


class SiteTags:
    """The tag pages of a build: ``settle`` the articles (oldest first), then
    ``tags_of`` each one."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.registry = NameRegistry("tag", tag_slug)
        self.votes: dict[str, Counter[str]] = defaultdict(Counter)
        self.pages: dict[str, SiteTag] = {}

    def settle(self, articles: Iterable[tuple[Sequence[str], Sequence[dict]]]) -> None:
        """Claim every name (front-matter tags, then entity tags) in order and
        count the kinds the articles give each slug."""
        for given, found in articles:
            for name in given:
                self._claim(name)
            for tag in found:
                slug = self._claim(str(tag["name"]))
                self.votes[slug][str(tag["kind"])] += float(tag.get("score") or 1)

    def tags_of(
        self, given: Sequence[str], found: Sequence[dict[str, Any]]
    ) -> list[SiteTag]:
        """An article's tag pages: front-matter tags first, each page once."""
        names = [*given, *(str(tag["name"]) for tag in found)]
        pages = [self.page(name) for name in names]
        return list({page.slug: page for page in reversed(pages)}.values())[::-1]

    def page(self, name: str) -> SiteTag:
        """The tag page a name belongs to."""
        slug = self._claim(name)
        page = self.pages.get(slug)
        if page is None:
            shown = self.registry.names[slug]
            entry = self.lexicon.describe(shown)
            votes = self.votes.get(slug)
            if entry is not None:
                kind, description = entry.kind, entry.description
            else:
                kind = (
                    max(votes, key=lambda k: (votes[k], k)) if votes else DEFAULT_KIND
                )
                description = ""
            page = self.pages[slug] = SiteTag(slug, shown, kind, description)
        return page

    def _claim(self, name: str) -> str:
        """The slug of a name; the taxonomy's spelling is the one shown."""
        entry = self.lexicon.describe(name)
        return self.registry.claim(entry.tag if entry else name)[0]
