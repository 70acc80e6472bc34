"""Cross-links cost against Pelican's own reading, on synthetic seeds.

    python bench/crosslinks.py                 # 1,000 and 10,000 seeds
    python bench/crosslinks.py --counts 500 5000

For each count, writes that many clearly synthetic seeds (``bench/synthetic.py``)
to a temporary folder, times Pelican reading them (``ArticlesGenerator.
generate_context`` with the seed reader), then times the cross-links on the
articles read: related articles, stories, editions by day with the archive
periods and section neighbours (``crosslink`` + ``archive_pages``, best of
``--repeat`` runs), first without the term-count cache, then as a rebuild
does: the cache filled by a build of all the articles but the last one.
Reading includes the tags the reader gives each seed and their mention
links (without the language model). Times are CPU seconds of
this process, so that other work on the machine does not count.
Prints the figures and the growth from the smallest count to the largest.
Acceptance: cross-links for the largest count take less time than reading,
and grow no more than about 12-fold per 10-fold.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT))

from pelican import Pelican
from pelican.generators import ArticlesGenerator
from pelican.settings import read_settings

from bench.synthetic import synthetic_corpus
from newsdigest.crosslinks.compute import Crosslinks, crosslink
from newsdigest.crosslinks.generator import archive_pages
from newsdigest.crosslinks.termcache import TermCache
from newsdigest.settings import digest_settings


def read_articles(folder: Path, count: int) -> tuple[list, float]:
    """Write ``count`` seeds, let Pelican read them; the articles and seconds."""
    seeds = folder / "seeds"
    seeds.mkdir()
    for name, text in synthetic_corpus(count).items():
        (seeds / name).write_text(text, encoding="utf-8")
    (folder / "content").mkdir()
    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(folder / "content"),
            "ARTICLE_PATHS": [str(seeds)],
            "PAGE_PATHS": [],
            "OUTPUT_PATH": str(folder / "output"),
            "THEME": str(ROOT / "theme"),
            "PLUGIN_PATHS": [str(ROOT / "plugins")],
            "PLUGINS": ["newsdigest.seeds"],
            "DIGEST_NER_ENABLED": False,
        },
    )
    Pelican(settings)  # registers the seed reader
    context = settings.copy()
    context.update(
        generated_content={},
        static_links=set(),
        static_content={},
        localsiteurl=settings["SITEURL"],
    )
    generator = ArticlesGenerator(
        context=context,
        settings=settings,
        path=settings["PATH"],
        theme=settings["THEME"],
        output_path=settings["OUTPUT_PATH"],
    )
    started = time.process_time()
    generator.generate_context()
    return generator.articles, time.process_time() - started


def cross_link(
    articles: list, digest: dict, cache: TermCache | None = None
) -> tuple[Crosslinks, float]:
    """Related articles, stories, editions and archive periods; CPU seconds."""
    started = time.process_time()
    found = crosslink(articles, digest, cache)
    for kind in ("month", "week"):
        archive_pages(found.editions, kind, digest)
    return found, time.process_time() - started


def event_of(article: Any) -> str:
    """The synthetic event an article covers (``synthetique-EVENT-N.txt``)."""
    return Path(article.seed).stem.split("-")[1]


def story_quality(articles: list, found: Crosslinks) -> tuple[float, float]:
    """Precision and recall of the stories' pairs of articles against the
    pairs of articles that cover one synthetic event."""
    events: dict[str, list[str]] = {}
    for article in articles:
        events.setdefault(event_of(article), []).append(article.url)
    truth = {
        frozenset(pair)
        for urls in events.values()
        for pair in itertools.combinations(urls, 2)
    }
    formed = {
        frozenset(pair)
        for story in found.stories
        for pair in itertools.combinations([a.url for a in story.articles], 2)
    }
    right = len(truth & formed)
    return right / (len(formed) or 1), right / (len(truth) or 1)


def measure(count: int, repeat: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-crosslinks-") as folder:
        articles, reading = read_articles(Path(folder), count)
        digest = digest_settings({})
        runs = [cross_link(articles, digest) for _ in range(repeat)]
        found, crosslinks = min(runs, key=lambda run: run[1])
        rebuilds = []
        for _ in range(repeat):
            cache = TermCache(Path(folder) / "cache")
            cross_link(articles[:-1], digest, cache)  # the build before the last seed
            rebuilds.append(cross_link(articles, digest, cache)[1])
        precision, recall = story_quality(articles, found)
        first_related = [
            event_of(article.related[0].article) == event_of(article)
            for article in articles
            if article.related
        ]
    return {
        "articles": len(articles),
        "reading": reading,
        "crosslinks": crosslinks,
        "rebuild": min(rebuilds),
        "stories": len(found.stories),
        "related": len(first_related),
        "first related right": sum(first_related) / (len(first_related) or 1),
        "story precision": precision,
        "story recall": recall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=5, help="best of N cross-links")
    arguments = parser.parse_args()
    logging.disable(logging.WARNING)
    rows = [measure(count, arguments.repeat) for count in arguments.counts]
    print("CPU seconds of this process (other work on the machine does not count)")
    print(
        f"{'seeds':>7} {'read (s)':>9} {'cross-links (s)':>16} {'ratio':>6} "
        f"{'rebuild (s)':>12} "
        f"{'stories':>8} {'with related':>13}"
    )
    for row in rows:
        print(
            f"{row['articles']:>7} {row['reading']:>9.2f} {row['crosslinks']:>16.2f} "
            f"{row['crosslinks'] / row['reading']:>6.2f} {row['rebuild']:>12.2f} "
            f"{row['stories']:>8} {row['related']:>13}"
        )
    print("Quality against the synthetic events (which articles cover one event):")
    for row in rows:
        print(
            f"{row['articles']:>7} seeds: first related article on the same event "
            f"{row['first related right']:.1%}; story pairs precision "
            f"{row['story precision']:.1%}, recall {row['story recall']:.1%}"
        )
    first, last = rows[0], rows[-1]
    print(
        f"growth {first['articles']} -> {last['articles']} seeds: "
        f"cross-links x{last['crosslinks'] / first['crosslinks']:.1f}, "
        f"reading x{last['reading'] / first['reading']:.1f}"
    )


if __name__ == "__main__":
    main()
