"""One slug function for articles, tags, sections, sources and stories (python-slugify).

Case and accents never tell two names apart ("Corée du Nord" and "coree du
nord" share ``coree-du-nord``); a ``+`` or ``#`` glued to a word does
("C++" -> ``c-plus-plus``, "C#" -> ``c-sharp``, "Canal+" -> ``canal-plus``);
an apostrophe, straight or curly, separates words ("Quai d’Orsay" and "Quai
d'Orsay" share ``quai-d-orsay``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from slugify import slugify

GLUED_SYMBOLS = (
    (re.compile(r"(?<=[\w+])\+"), " plus "),
    (re.compile(r"(?<=\w)#"), " sharp "),
    (re.compile(r"['’‘ʼ`´]"), " "),
)
MAX_LENGTH = 80
# Names slugged more than once a build (tags, sections, sources) are kept:
# a rebuild slugs each distinct name once, in bounded memory.
CACHED_SLUGS = 1 << 16


@lru_cache(maxsize=CACHED_SLUGS)
def make_slug(text: str, max_length: int = MAX_LENGTH) -> str:
    """An ASCII slug, cut at a word boundary (a pure function, memoised).

    >>> make_slug("Corée du Nord"), make_slug("C++"), make_slug("C#")
    ('coree-du-nord', 'c-plus-plus', 'c-sharp')
    >>> make_slug("Quai d’Orsay") == make_slug("Quai d'Orsay") == "quai-d-orsay"
    True
    >>> make_slug("Vladimir Poutine laisse entendre que la Russie aidera la Corée "
    ...           "du Nord à construire des satellites")
    'vladimir-poutine-laisse-entendre-que-la-russie-aidera-la-coree-du-nord-a'
    """
    for pattern, spelled in GLUED_SYMBOLS:
        text = pattern.sub(spelled, text)
    slug = slugify(text)
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0]
    return slug
