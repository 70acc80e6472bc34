"""``invoke curate SEED``: turn a seed into a Markdown post the editor edits by hand.

The post holds every field the article schema declares (``Key: value``
lines, :mod:`newsdigest.seeds.schema`), then the escaped Markdown body the
reader renders, so that it builds the very page its seed built. It is
written to ``content/<DIGEST_CURATED_PATH>/<seed's path under seeds/>.md``
(``seeds/2024/pont.txt`` -> ``content/posts/2024/pont.md``). From then on
the reader skips the seed, and the site publishes the post instead.
"""

from __future__ import annotations

from pathlib import Path

from ..seeds.model import Seed
from ..seeds.render import render_body
from ..seeds.schema import post_header, seed_metadata
from .seedfiles import SeedFolder


class CurateError(Exception):
    """The post exists already and --force was not given."""


def post_text(seed: Seed) -> str:
    """The Markdown post for a parsed seed: metadata lines, blank line, body."""
    return post_header(seed_metadata(seed)) + "\n\n" + render_body(seed)


def curate(folder: SeedFolder, seed_path: Path, force: bool = False) -> Path:
    """Write the post for the seed at ``seed_path`` and return its path."""
    target = folder.places.curated_post(seed_path)
    if target.exists() and not force:
        raise CurateError(
            f"{folder.places.name(target)} exists already: edit it, or use --force"
        )
    seed = folder.read(seed_path)
    folder.save()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(post_text(seed), encoding="utf-8")
    return target
