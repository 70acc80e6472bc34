"""Related articles and text vectors (pure: no Pelican, no site)."""

from __future__ import annotations

import heapq
import itertools
import math
import random
from collections import Counter

import pytest

from newsdigest.crosslinks import related as related_module
from newsdigest.crosslinks.related import (
    Doc,
    EntityIndex,
    Link,
    Options,
    all_links,
    closeness,
    contenders,
    reason,
    related,
)
from newsdigest.crosslinks.vectors import MAX_TERMS, build_vectors, cosine, term_counts

OPTIONS = Options(max_related=4, min_score=1.0, window_days=30, max_postings=200)


def docs_from(rows: list[tuple[str, float, tuple[str, ...], str]]) -> list[Doc]:
    vectors = build_vectors([term_counts(text) for _, _, _, text in rows])
    return [
        Doc(key, day, entities, vector)
        for (key, day, entities, _), vector in zip(rows, vectors, strict=True)
    ]


def related_keys(docs: list[Doc], options: Options = OPTIONS) -> dict[str, list[str]]:
    index = EntityIndex(docs, options.max_postings)
    return {
        docs[i].key: [docs[link.target].key for link in related(links, options)]
        for i, links in enumerate(all_links(index, options))
    }


def test_two_pastes_of_one_event_are_related_and_france_alone_is_not():
    docs = docs_from(
        [
            ("a", 0, ("Zorblanc", "Quux", "France"), "pont carton zorblanc colle"),
            ("b", 0.3, ("Zorblanc", "Quux"), "zorblanc pont carton ruban"),
            ("c", 1, ("Plimbourg", "France"), "festival cerfs volants plimbourg"),
            ("d", 2, ("Glorbex", "France"), "spirales cuivre glorbex comptes"),
            ("e", 3, ("Quimbre", "France"), "horloges musee quimbre aiguilles"),
        ]
    )
    assert related_keys(docs) == {"a": ["b"], "b": ["a"], "c": [], "d": [], "e": []}


def test_reason_names_the_rarest_shared_entities_first():
    docs = docs_from(
        [
            ("a", 0, ("France", "Zorblanc", "Quux"), "pont"),
            ("b", 0, ("Quux", "France", "Zorblanc"), "pont"),
            ("c", 0, ("France", "Vrillac"), "balle"),
        ]
    )
    index = EntityIndex(docs, 200)
    (link, *_) = all_links(index, OPTIONS)[0]
    assert (
        reason(index.shared(0, link.target)) == "Également sur Quux, Zorblanc, France"
    )


def test_an_entity_on_every_page_weighs_almost_nothing():
    docs = docs_from([(str(i), i, ("France",), "mot") for i in range(99)])
    index = EntityIndex(docs, 200)
    assert index.rarity["France"] == pytest.approx(math.log(100 / 99) / math.log(100))
    assert index.rarity["France"] < 0.003


def test_never_the_article_itself_and_ties_by_key():
    docs = docs_from(
        [
            ("m", 0, ("Zorblanc", "Quux"), "pont carton"),
            ("z", 0, ("Zorblanc", "Quux"), "pont carton"),
            ("b", 0, ("Zorblanc", "Quux"), "pont carton"),
            ("k", 0, ("Zorblanc", "Quux"), "pont carton"),
        ]
    )
    assert related_keys(docs, Options(max_related=2, min_score=0.1)) == {
        "m": ["b", "k"],
        "z": ["b", "k"],
        "b": ["k", "m"],
        "k": ["b", "m"],
    }


def test_threshold_not_a_forced_list():
    docs = docs_from(
        [("a", 0, ("Zorblanc",), "pont carton"), ("b", 0, ("Zorblanc",), "balle")]
    )
    index = EntityIndex(docs, 200)
    (link,) = all_links(index, OPTIONS)[0]
    assert link.score == pytest.approx(index.rarity["Zorblanc"])
    assert related([link], Options(min_score=link.score + 0.01)) == []
    assert related([link], Options(min_score=link.score)) == [link]


def test_closer_in_time_ranks_first():
    docs = docs_from(
        [
            ("now", 100, ("Zorblanc", "Quux"), "pont"),
            ("old", 10, ("Zorblanc", "Quux"), "pont"),
            ("new", 99, ("Zorblanc", "Quux"), "pont"),
        ]
    )
    assert related_keys(docs, Options(min_score=0.1))["now"] == ["new", "old"]
    assert closeness(0, 30) == 1.0
    assert closeness(90, 30) == pytest.approx(0.625)


def test_vectors_and_cosine():
    one, two, three = build_vectors(
        [
            term_counts("Le pont de carton de Zorblanc"),
            term_counts("Zorblanc et son pont de carton"),
            term_counts("Un festival de cerfs-volants"),
        ]
    )
    assert cosine(one, two) == pytest.approx(1.0)
    assert cosine(one, three) == 0.0
    assert sum(weight * weight for weight in one.values()) == pytest.approx(1.0)


def test_work_is_bounded_per_article_for_a_very_common_entity(monkeypatch):
    """Without timing: each article compares at most ``max_compared`` others
    and gathers at most ``max_postings`` candidates per entity, whatever N."""
    calls = []
    real_cosine = related_module.cosine

    def counting(first, second):
        calls.append(1)
        return real_cosine(first, second)

    monkeypatch.setattr(related_module, "cosine", counting)
    options = Options(max_postings=50, max_compared=10)
    for count in (200, 2000):
        calls.clear()
        docs = [
            Doc(f"{i:05d}", i / 10, ("France", f"lieu{i // 3}"), {"mot": 1.0})
            for i in range(count)
        ]
        index = EntityIndex(docs, options.max_postings)
        candidates = [len(index.candidates(i)) for i in range(count)]
        assert max(candidates) <= options.max_postings + 2
        all_links(index, options)
        # at most once per pair: (i, j) and (j, i) share one cosine
        assert count * options.max_compared / 2 <= len(calls)
        assert len(calls) <= count * options.max_compared


def test_common_entity_relates_nearest_in_time():
    docs = [Doc(f"{i:03d}", float(i), ("France",), {}) for i in range(100)]
    index = EntityIndex(docs, max_postings=10)
    assert sorted(index.neighbours("France", 50)) == list(range(45, 55))
    assert sorted(index.neighbours("France", 0)) == list(range(10))
    assert sorted(index.neighbours("France", 99)) == list(range(90, 100))


def reference_vectors(counts: list[Counter[str]]) -> list[dict[str, float]]:
    """The vectors as first written (a heap of the heaviest terms), to check
    that the faster code gives the very same floats."""
    total = len(counts)
    frequency: Counter[str] = Counter()
    for count in counts:
        frequency.update(count.keys())
    idf = {term: math.log((total + 1) / df) for term, df in frequency.items()}
    vectors = []
    for count in counts:
        weights = [
            (-(1.0 + math.log(tf)) * idf[term], term) for term, tf in count.items()
        ]
        kept = [(-w, term) for w, term in heapq.nsmallest(MAX_TERMS, weights)]
        norm = math.sqrt(sum(weight * weight for weight, _ in kept)) or 1.0
        vectors.append({term: weight / norm for weight, term in kept})
    return vectors


def invented_texts(seed: int, count: int) -> list[str]:
    chosen = random.Random(seed)
    words = [f"{a}{b}{c}" for a in "blorz" for b in "aeiou" for c in "mnprst"]
    return [
        " ".join(chosen.choices(words, k=chosen.randint(0, 300))) for _ in range(count)
    ]


@pytest.mark.parametrize("seed", range(5))
def test_vectors_and_cosines_are_the_very_floats_of_the_first_code(seed):
    counts = [term_counts(text) for text in invented_texts(seed, 60)]
    vectors = build_vectors(counts)
    assert vectors == reference_vectors(counts)
    assert [list(v) for v in vectors] == [list(v) for v in reference_vectors(counts)]
    for first, second in itertools.product(vectors[:12], repeat=2):
        exact = math.fsum(first[t] * second[t] for t in first.keys() & second)
        assert cosine(first, second) == exact == cosine(second, first)


def reference_links(index: EntityIndex, i: int, options: Options) -> list[Link]:
    """Article ``i``'s links as first written: every candidate weighed."""
    day, rank = index.day, index.rank
    weights: dict[int, float] = {}
    for entity in index.docs[i].entities:
        for j in index.neighbours(entity, i):
            weights[j] = weights.get(j, 0.0) + index.rarity[entity]
    weights.pop(i, None)
    weighed = [
        (-w * closeness(abs(day[j] - day[i]), options.window_days), rank[j], j)
        for j, w in weights.items()
    ]
    links = []
    for _, _, j in heapq.nsmallest(options.max_compared, weighed):
        days = abs(day[j] - day[i])
        similarity = cosine(index.docs[i].vector, index.docs[j].vector)
        score = (weights[j] + similarity) * closeness(days, options.window_days)
        links.append(Link(j, score, similarity, days))
    links.sort(key=lambda link: (-link.score, rank[link.target]))
    return links


@pytest.mark.parametrize("seed", range(5))
def test_links_are_those_of_every_candidate_weighed(seed):
    chosen = random.Random(seed)
    names = [f"Entité {n}" for n in range(12)]
    texts = invented_texts(seed, 150)
    docs = docs_from(
        [
            (
                f"k{n:03d}",
                chosen.choice([0.0, 1.0, 2.5, chosen.uniform(0, 90)]),
                tuple(chosen.sample(names, chosen.randint(1, 5))),
                text,
            )
            for n, text in enumerate(texts)
        ]
    )
    options = Options(max_postings=40, max_compared=6)
    index = EntityIndex(docs, options.max_postings)
    assert all_links(index, options) == [
        reference_links(index, i, options) for i in range(len(docs))
    ]


def test_contenders_keep_every_possible_best():
    weights = {1: 4.0, 2: 3.0, 3: 1.0, 4: 1.5, 5: 1.6}
    assert dict(contenders(weights, 2)) == {1: 4.0, 2: 3.0, 4: 1.5, 5: 1.6}
    assert dict(contenders(weights, 5)) == weights
