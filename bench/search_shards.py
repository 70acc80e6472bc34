"""Pagefind alone on a built site, its pages in shards of several sizes.

    nice -n 10 python3 bench/search_shards.py OUTPUT --caps 250 500 1000 2000

``OUTPUT`` is a site already built (``bench/scale.py --keep DIR`` leaves
one in ``DIR/n10000/ours/output``). For each cap (``DIGEST_SEARCH_SHARD_PAGES``),
ascending, the searchable pages are split as the build splits them
(``build/shards.py``) and each shard is indexed by its own Pagefind process
(``build/pagefind.py``), one after the other; the bundles are not written.
Printed: the shards (how many, the largest), the time of all (a cold
build's share), of the newest (what adding an article of the day makes
again) and of the largest, and the largest Pagefind process's peak
resident memory (``ru_maxrss`` of the children: caps run ascending, so each
line's figure is its own). The keys of all shards (every page read and
hashed, as a build with no record of the pages does) are timed once. Not
a test: figures only.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from newsdigest.build.pagefacts import PageFacts
from newsdigest.build.pagefind import (
    CONFIG_FILE,
    FOLDER,
    PagefindService,
    index_key,
    read_config,
    searchable,
)
from newsdigest.build.shards import split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--caps", type=int, nargs="+", default=[250, 500, 1000, 2000])
    args = parser.parse_args()
    site = args.site.resolve()
    config = read_config(ROOT / CONFIG_FILE)
    started = time.perf_counter()
    pages = PageFacts(None).pages(site, FOLDER)
    chosen = searchable(pages)
    for run in split(chosen, max(args.caps)):
        index_key(run, pages, config)
    print(f"{len(chosen):,} pages; keys of all: {time.perf_counter() - started:.2f} s")
    print(
        f"{'cap':>6}{'shards':>8}{'largest':>9}{'all s':>8}{'newest s':>10}"
        f"{'largest s':>11}{'peak MiB':>10}"
    )
    for cap in sorted(args.caps):
        runs = split(chosen, cap)
        times = []
        for run in runs:
            started = time.perf_counter()
            PagefindService(site, 600).index(run, config)
            times.append(time.perf_counter() - started)
        largest = max(range(len(runs)), key=lambda n: len(runs[n]))
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(
            f"{cap:>6}{len(runs):>8}{len(runs[largest]):>9}{sum(times):>8.2f}"
            f"{times[-1]:>10.2f}{times[largest]:>11.2f}{peak:>10.0f}"
        )


if __name__ == "__main__":
    main()
