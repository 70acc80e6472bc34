"""The reader's accuracy on the dev corpus, read back from built pages and JSON-LD.

Thresholds are issue 10's acceptance bar on the 70 dev pastes;
``python bench/accuracy.py`` prints the table.
"""

from __future__ import annotations

import pytest

from bench.accuracy import CORPUS, build_corpus, report

BAR = {
    "title": 0.98,
    "source": 0.98,
    "lede": 0.95,
    "authors": 0.95,
    "date": 0.97,
    "caption": 0.95,
    "credit": 0.95,
    "first sentence": 1.0,
    "last sentence": 1.0,
    "no furniture": 1.0,
    "no junk author": 1.0,
}


@pytest.fixture(scope="module")
def tallies():
    return report(build_corpus(CORPUS), ("page", "JSON-LD"), CORPUS, misses=False)


@pytest.mark.parametrize("field", sorted(BAR))
def test_field_meets_the_bar_on_page_and_in_jsonld(tallies, field):
    for tally in tallies[field]:
        assert tally.total > 0
        assert tally.hits / tally.total >= BAR[field], tally.misses
