"""One display name per URL: names that share a slug are merged on purpose when
they differ only in case, accents, hyphens or apostrophes ("Corée du Nord" /
"coree du nord"); any other pair sharing a slug is reported, naming both.
A tag's slug (``tag_slug``) also spells transliterated endings one way, so that
"Zelenskiy" and "Zelenskyy" share one page across the whole site.
Nothing here imports Pelican.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..slugs import CACHED_SLUGS, make_slug
from .text import TRANSLITERATED_ENDING, fold


@lru_cache(maxsize=CACHED_SLUGS)
def tag_slug(name: str) -> str:
    """The URL slug of a tag: ``make_slug``, transliterated endings one way
    (memoised: every article's tags are claimed twice a build).

    >>> tag_slug("Volodymyr Zelenskyy"), tag_slug("Zelenskiy"), tag_slug("Kyiv")
    ('volodymyr-zelensky', 'zelensky', 'kyiv')
    """
    return TRANSLITERATED_ENDING.sub("y", make_slug(name))


class NameRegistry:
    """Slugs handed out for one kind of page (tags, sections or sources)."""

    def __init__(self, what: str, slug: Callable[[str], str] = make_slug) -> None:
        self.what = what
        self.slug = slug
        self.names: dict[str, str] = {}
        self.collisions: list[str] = []

    def claim(self, name: str) -> tuple[str, str]:
        """The slug of a name and the name its page shows (the first one seen).

        >>> registry = NameRegistry("tag", tag_slug)
        >>> registry.claim("Corée du Nord"), registry.claim("coree du nord")
        (('coree-du-nord', 'Corée du Nord'), ('coree-du-nord', 'Corée du Nord'))
        >>> registry.claim("C++")[0], registry.claim("C#")[0]
        ('c-plus-plus', 'c-sharp')
        >>> registry.claim("AT&T"), registry.claim("AT-T")
        (('at-t', 'AT&T'), ('at-t', 'AT&T'))
        >>> registry.collisions
        ['tag "AT-T" and tag "AT&T" share the URL slug at-t: merged']
        """
        slug = self.slug(name) or "sans-nom"
        shown = self.names.setdefault(slug, name)
        if fold(shown) != fold(name):
            message = (
                f'{self.what} "{name}" and {self.what} "{shown}" share the URL slug '
                f"{slug}: merged"
            )
            if message not in self.collisions:
                self.collisions.append(message)
        return slug, shown
