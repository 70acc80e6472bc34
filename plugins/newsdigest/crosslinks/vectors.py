"""Sparse TF-IDF term vectors of article texts, built once each, and their cosine.

Pure logic, no Pelican: the cross-links generator feeds it plain text. A
vector keeps only an article's ``MAX_TERMS`` heaviest terms, so comparing two
articles costs at most ``MAX_TERMS`` lookups.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from operator import mul, neg

# Words of three letters or more; digits and punctuation never make a term.
WORD = re.compile(r"[^\W\d_]{3,}")
MAX_TERMS = 48
# Function words of French and English: they say nothing about the subject.
STOPWORDS = frozenset(
    """
    les des une est par pour dans sur avec qui que quoi dont son ses aux pas
    plus mais ont été sont ete leur leurs cette ces ce cet elle elles ils nous
    vous lui tout tous toute toutes comme aussi sans entre selon après avant
    depuis lors dont même fait faire être avoir était étaient sera seront
    avait avaient peut très encore déjà ainsi alors car donc chez vers sous
    the and for that with this from have has had was were are been will would
    which their they them there than then into about after before over also
    not but its his her our your who whom what when where while said says
    """.split()
)

Vector = Mapping[str, float]


def term_counts(text: str) -> Counter[str]:
    """How often each meaningful word occurs in a text, lower-cased.

    >>> sorted(term_counts("Le pont de Zorblanc, le PONT neuf.").items())
    [('neuf', 1), ('pont', 2), ('zorblanc', 1)]
    """
    counts = Counter(WORD.findall(text.lower()))
    for word in STOPWORDS & counts.keys():
        del counts[word]
    return counts


def build_vectors(counts: Sequence[Mapping[str, int]]) -> list[dict[str, float]]:
    """One unit-length TF-IDF vector per text, its heaviest terms only.

    A term found in every text weighs least; ties between equal weights are
    broken by the term itself, so the same texts always give the same vectors.
    """
    total = len(counts)
    frequency: Counter[str] = Counter()
    found: set[int] = set()
    for count in counts:
        frequency.update(count.keys())
        found.update(count.values())
    # Every idf is above 0: df <= total < total + 1.
    idf = {term: math.log((total + 1) / df) for term, df in frequency.items()}
    damped = {tf: 1.0 + math.log(tf) for tf in found}
    vectors = []
    for count in counts:
        # (1 + ln tf) x idf, negated: heaviest first once sorted, ties by term.
        weights = map(
            mul, map(damped.__getitem__, count.values()), map(idf.__getitem__, count)
        )
        ranked = sorted(zip(map(neg, weights), count, strict=True))[:MAX_TERMS]
        kept = [-weight for weight, _ in ranked]
        norm = math.sqrt(sum(weight * weight for weight in kept)) or 1.0
        vectors.append(
            {
                term: weight / norm
                for weight, (_, term) in zip(kept, ranked, strict=True)
            }
        )
    return vectors


def cosine(first: Vector, second: Vector) -> float:
    """Cosine of two unit vectors (0 for nothing in common, 1 for the same),
    summed exactly, so that it never depends on the order of the terms.

    >>> cosine({"a": 0.6, "b": 0.8}, {"b": 1.0}), cosine({"a": 1.0}, {})
    (0.8, 0.0)
    """
    products = [first[term] * second[term] for term in first.keys() & second]
    if len(products) > 2:
        return math.fsum(products)
    # One or two terms: IEEE addition already rounds their exact sum, as fsum.
    return sum(products, 0.0)
