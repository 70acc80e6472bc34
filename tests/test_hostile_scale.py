"""Many bad seeds at once cost only themselves: 30 bad seeds, one of each
kind of ``bench/badseeds.py``, beside 30 good synthetic ones. Every good seed
is published as a build of the good ones alone publishes it; every bad one
is named, with its reason, in the list a strict build gives (the console
shows the first few warnings and counts the rest, as Pelican does); no good
one is. The timing at 1,000 seeds (300 bad) is ``bench/hostile.py``'s.
"""

from __future__ import annotations

import pytest
from conftest import build

from bench.badseeds import BAD_KINDS, bad_seeds, place_seeds
from bench.synthetic import synthetic_corpus
from newsdigest.build.problems import StrictBuildError

GOOD = synthetic_corpus(30, seed=7)


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    return build(tmp_path_factory.mktemp("good"), GOOD)


def test_thirty_bad_seeds_leave_thirty_good_ones_published(tmp_path, alone):
    bad = place_seeds(tmp_path / "seeds", bad_seeds(1))
    assert len(bad) == len(BAD_KINDS) == 30
    site = build(tmp_path, GOOD)
    assert set(alone.article_paths()) <= set(site.article_paths())
    for page in alone.article_paths():
        for part in ("h1", ".article-body"):
            assert site.soup(page).select_one(part) == alone.soup(page).select_one(part)


def test_a_strict_build_names_every_bad_seed_and_no_good_one(tmp_path):
    bad = place_seeds(tmp_path / "seeds", bad_seeds(1))
    with pytest.raises(StrictBuildError) as failure:
        build(tmp_path, GOOD, {"DIGEST_STRICT": True})
    messages = [problem.message for problem in failure.value.problems]
    unnamed = [name for name in bad if not any(f"seeds/{name}" in m for m in messages)]
    assert unnamed == []
    assert [m for m in messages if any(f"seeds/{name}" in m for name in GOOD)] == []
    assert not (tmp_path / "output").exists()


CATALOGUE = {
    "30 bad seeds of 30 kinds beside 30 good ones": (
        test_thirty_bad_seeds_leave_thirty_good_ones_published
    ),
}
