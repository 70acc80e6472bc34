"""``invoke curate SEED``: turn a seed into a Markdown post the editor edits by hand.

The post holds what the reader understood (``Key: value`` metadata, then the
escaped Markdown body, the same the reader renders) and is written to
``content/<DIGEST_CURATED_PATH>/<seed name>.md``. From then on the reader
skips the seed, since a curated post with its name exists, and the site
publishes the post instead.
"""

from __future__ import annotations

from pathlib import Path

from ..seeds.decode import decode_seed
from ..seeds.model import Seed
from ..seeds.parse import ParseOptions, parse_seed
from ..seeds.plugin import seed_metadata
from ..seeds.render import render_body, render_document


class CurateError(Exception):
    """The post exists already and --force was not given."""


def curated_path(seed_path: Path, curated_dir: Path) -> Path:
    """Where the post for a seed goes: same name, ``.md``.

    >>> str(curated_path(Path("seeds/a-b.txt"), Path("content/posts")))
    'content/posts/a-b.md'
    """
    return curated_dir / f"{seed_path.stem}.md"


def post_text(seed: Seed, name: str) -> str:
    """The Markdown post for a parsed seed: metadata lines, blank line, body."""
    return render_document(seed_metadata(seed, name), render_body(seed))


def curate(
    seed_path: Path,
    name: str,
    curated_dir: Path,
    options: ParseOptions,
    force: bool = False,
) -> Path:
    """Write the post for ``seed_path`` (shown as ``name``) and return its path."""
    target = curated_path(seed_path, curated_dir)
    if target.exists() and not force:
        raise CurateError(f"{target} exists already: edit it, or use --force")
    text, _encoding = decode_seed(seed_path.read_bytes(), name)
    seed = parse_seed(text, name, options)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(post_text(seed, name), encoding="utf-8")
    return target
