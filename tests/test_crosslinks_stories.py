"""Stories (pure: no Pelican, no site)."""

from __future__ import annotations

import pytest

from newsdigest.crosslinks.related import Doc, EntityIndex, Options, all_links
from newsdigest.crosslinks.stories import find_stories

SAME = {"pont": 0.6, "carton": 0.8}
OTHER = {"balle": 1.0}


def stories(rows, window=4.0, similarity=0.35) -> list[tuple[list[str], list[str]]]:
    docs = [Doc(key, day, entities, vector) for key, day, entities, vector in rows]
    index = EntityIndex(docs, 200)
    links = all_links(index, Options(min_score=0.1))
    return [
        ([docs[i].key for i in story.members], list(story.entities))
        for story in find_stories(index, links, window, similarity)
    ]


def test_two_sources_same_event_make_one_story():
    rows = [
        ("gazette", 1.0, ("Zorblanc", "Quux", "France"), SAME),
        ("courrier", 1.2, ("Zorblanc", "Quux"), SAME),
        ("plimbourg", 1.1, ("Plimbourg", "France"), OTHER),
    ]
    assert stories(rows) == [(["gazette", "courrier"], ["Quux", "Zorblanc"])]


def test_a_story_of_one_article_is_no_story():
    assert stories([("seul", 1.0, ("Zorblanc",), SAME)]) == []


@pytest.mark.parametrize(
    ("second_day", "second_vector", "formed"),
    [
        (4.0, SAME, True),  # 3 days later: within the window
        (6.0, SAME, False),  # 5 days later: too far apart
        (2.0, OTHER, False),  # same entities, unrelated text
    ],
)
def test_close_dates_and_similar_text_are_both_needed(
    second_day, second_vector, formed
):
    rows = [
        ("first", 1.0, ("Zorblanc", "Quux"), SAME),
        ("second", second_day, ("Zorblanc", "Quux"), second_vector),
    ]
    assert bool(stories(rows)) is formed


def test_only_a_common_entity_shared_is_no_story():
    """Similar texts sharing only an entity that is not among the rarest of
    each article do not make a story."""
    rows = [
        ("a", 1.0, ("France", "Zorblanc", "Quux", "Flumène"), SAME),
        ("b", 1.0, ("France", "Plimbourg", "Vrillac", "Tromène"), SAME),
    ]
    assert stories(rows) == []


def test_followed_over_days_by_one_source_links_through():
    rows = [
        ("day1", 1.0, ("Snorvik", "Phare"), SAME),
        ("day3", 3.0, ("Snorvik", "Phare"), SAME),
        ("day6", 6.0, ("Snorvik", "Phare"), SAME),
        ("other", 2.0, ("Glorbex",), OTHER),
    ]
    assert stories(rows) == [(["day1", "day3", "day6"], ["Phare", "Snorvik"])]


def test_stories_are_the_same_whatever_the_input_order():
    rows = [
        ("b", 1.0, ("Zorblanc", "Quux"), SAME),
        ("a", 1.0, ("Zorblanc", "Quux"), SAME),
        ("d", 9.0, ("Snorvik",), OTHER),
        ("c", 9.5, ("Snorvik",), OTHER),
    ]
    expected = [(["a", "b"], ["Quux", "Zorblanc"]), (["d", "c"], ["Snorvik"])]
    assert stories(rows) == expected
    assert stories(list(reversed(rows))) == expected


def test_story_pages_never_share_a_slug():
    import datetime as dt
    from types import SimpleNamespace

    from newsdigest.crosslinks.compute import story_page

    def article(source: str) -> SimpleNamespace:
        return SimpleNamespace(
            date=dt.datetime(2031, 4, 2, 9, 30),
            slug="zorblanc-inaugure-son-pont",
            title="Zorblanc inaugure son pont",
            source=source,
            tags=[],
        )

    digest = {"DIGEST_STORY_URL": "histoire/{slug}/"}
    taken: set[str] = set()
    pages = [
        story_page([article("A"), article("B")], [], digest, taken),
        story_page([article("C"), article("C")], [], digest, taken),
    ]
    assert [(p.url, p.save_as, p.label) for p in pages] == [
        (
            "histoire/2031-04-02-zorblanc-inaugure-son-pont/",
            "histoire/2031-04-02-zorblanc-inaugure-son-pont/index.html",
            "La même actualité vue par A et B",
        ),
        (
            "histoire/2031-04-02-zorblanc-inaugure-son-pont-1/",
            "histoire/2031-04-02-zorblanc-inaugure-son-pont-1/index.html",
            "La même actualité suivie par C",
        ),
    ]
