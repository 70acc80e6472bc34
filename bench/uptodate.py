"""The up-to-date check's parts, timed one by one on a site already built.

    python bench/scale.py --counts 10000 --builds ours --keep /tmp/k10
    python bench/uptodate.py /tmp/k10/n10000/ours

Reads the site's ``benchconf.py`` (as ``bench/scale.py`` writes it) and
times, ``--repeat`` times: the settings' digest (made once per Pelican
object), the digest of the files the build reads (code, theme, content, the
seeds' bytes, the ledger), reading the record, checking the recorded output
entries with ``lstat``, and listing the whole output as a build does after
its swap. Prints the median of each. Not a test: figures only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from pelican.settings import read_settings

from newsdigest.build.inputs import output_kept
from newsdigest.build.session import BUILD_RECORD
from newsdigest.build.uptodate import UpToDate, given_digest, read_record
from newsdigest.seeds.reuse import CODE
from newsdigest.settings import digest_settings
from newsdigest.tagging.setup import project_path


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``action`` over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a folder holding benchconf.py")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = read_settings(str(args.site / "benchconf.py"))
    cache = project_path(settings, digest_settings(settings)["DIGEST_CACHE_PATH"])
    output = Path(settings["OUTPUT_PATH"])
    folders = [CODE, Path(settings["THEME"]), Path(settings["PATH"])]
    given = given_digest(settings)
    check = UpToDate(settings, given, output, cache / BUILD_RECORD, folders)
    record = read_record(cache / BUILD_RECORD)
    if record is None:
        sys.exit(f"{cache / BUILD_RECORD}: no record (build the site first)")
    seeds = sum(1 for _ in (args.site / "seeds").glob("*.txt"))
    print(f"{seeds} seeds, {len(record.output.names)} entries in {output}")
    parts = {
        "settings' digest (once per Pelican object)": lambda: given_digest(settings),
        "files the build reads": check.files,
        "reading the record": lambda: read_record(cache / BUILD_RECORD),
        "output entries checked (lstat)": lambda: output_kept(output, record.output),
        "output listed (after a build)": check.output_manifest,
    }
    for name, action in parts.items():
        print(f"{name:45} {timed(action, args.repeat):7.3f} s")


if __name__ == "__main__":
    main()
