"""Index a built site for search with Pagefind, the same bytes on any machine.

Pagefind's command line (``pagefind --site``) numbers pages in the order the
file system lists them: on two machines (ext4 hashes names with a seed of
its own, tmpfs lists newest first) the same site gave different indexes.
So the site is indexed from a list: every ``*.html`` file, sorted by path,
is handed to the Pagefind binary in its service mode (``pagefind
--service``, the protocol of the ``pagefind`` Python package, whose own
client waits 0.1 s per page); the index files it returns are written here,
in order. (Its ``WriteFiles`` request answers before the files are all
written: an index was once cut short.) Only the pages Pagefind would index
are sent (:func:`searchable`). The binary comes in the ``pagefind[bin]``
wheel: nothing is downloaded.

The pages are indexed in shards (:mod:`.shards`), each a bundle of its own
under ``pagefind/``, one Pagefind process after another, so that memory is
bounded by one shard; ``pagefind/bundles.json`` names them for the search
page, which merges them. The project's ``pagefind.yml`` holds the options
(``force_language``...), as for the command line. It runs on the staged
site before the swap, so ``pelican content`` alone gives a working
``pagefind/`` folder; a failing run fails the build. When the build reuses
pages (:mod:`.reuse`), the bundle of a shard whose inputs (the bytes and
paths of its pages, the options, Pagefind's version) are those of the last
build's is linked from it, not made again; a bundle missing or changed in
the live site is made again.
Nothing here imports Pelican.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

import yaml

from ..settings import DEFAULTS
from ..versions import package_version
from .pagefacts import Page, PageFacts
from .reuse import PageReuse
from .shards import MANIFEST, bundle_name, manifest, split
from .staging import remove

logger = logging.getLogger(__name__)

CONFIG_FILE = "pagefind.yml"
# The options of pagefind.yml the service takes (the others are the command
# line's own: site, output_subdir, glob...).
OPTIONS = (
    "force_language",
    "root_selector",
    "exclude_selectors",
    "keep_index_url",
    "include_characters",
)
FOLDER = "pagefind"
# The file of the index that names the others (written first, linked first).
ENTRY = "pagefind-entry.json"
DEFAULT_SHARD_PAGES = DEFAULTS["DIGEST_SEARCH_SHARD_PAGES"]


class PagefindError(RuntimeError):
    """Pagefind could not index the site; the message holds its own words."""


def index_site(
    site: Path,
    project: Path,
    reuse: PageReuse | None = None,
    shard_pages: int = DEFAULT_SHARD_PAGES,
    *,
    timeout: float = 600,
    facts: Path | None = None,
) -> int:
    """Write ``site/pagefind/``, one bundle a shard of at most
    ``shard_pages`` pages (:mod:`.shards`) and the manifest naming them;
    return how many pages Pagefind indexed. With ``reuse``, the bundle of a
    shard whose inputs (:func:`index_key`) are the last build's is linked
    from it; the others are made one after another. ``facts`` is the record
    of what was read of each page (:mod:`.pagefacts`)."""
    config = read_config(project / CONFIG_FILE)
    known = PageFacts(facts)
    pages = known.pages(site, FOLDER)
    target = site / FOLDER
    remove(target)  # a build in place: no bundle of the last one stays
    names, count, made = [], 0, 0
    for run in split(searchable(pages), shard_pages):
        key = index_key(run, pages, config)
        names.append(bundle_name(key))
        folder = target / names[-1]
        if reuse is None or not reuse.link(key, f"{FOLDER}/{names[-1]}/{ENTRY}"):
            files = PagefindService(site, timeout).index(run, config)
            written = write_bundle(folder, files)
            del files  # not held while the next shard is indexed
            made += 1
            if reuse:
                reuse.note(key, written)
        languages = json.loads((folder / ENTRY).read_bytes())["languages"]
        count += sum(language["page_count"] for language in languages.values())
    target.mkdir(exist_ok=True)
    (target / MANIFEST).write_text(manifest(names), encoding="utf-8")
    known.save()
    logger.info(
        "search: %d of %d bundles made, the others linked from the last build; "
        "%d of %d pages read",
        made,
        len(names),
        known.read,
        len(pages),
    )
    return count


def write_bundle(folder: Path, files: dict[str, bytes]) -> list[str]:
    """Write one bundle's files, the entry first; return their paths."""
    written = []
    for name in sorted(files, key=lambda name: (name != ENTRY, name)):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[name])
        written.append(str(path))
    return written


def searchable(pages: dict[str, Page]) -> list[str]:
    """The pages Pagefind would index: those marked ``data-pagefind-body``
    when any is (the article pages), else all; the others are not sent.
    Text that merely names the mark only costs a page sent for nothing."""
    marked = [page for page, fact in pages.items() if fact.marked]
    return marked or list(pages)


def index_key(run: list[str], pages: dict[str, Page], config: dict[str, Any]) -> str:
    """The digest of what Pagefind is given for the pages of ``run``: its
    version, the options, each page's path and the digest of its bytes."""
    version = package_version("pagefind_bin")
    digest = hashlib.sha256(f"pagefind {version}\0".encode())
    digest.update(json.dumps(config, sort_keys=True, default=repr).encode())
    for page in run:
        digest.update(f"\0{page}\0{pages[page].digest}".encode())
    return digest.hexdigest()


def read_config(path: Path) -> dict[str, Any]:
    """The options of ``pagefind.yml`` (none if there is no such file)."""
    if not path.is_file():
        return {}
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise PagefindError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(config, dict):
        raise PagefindError(f"{path}: expected options such as 'force_language: fr'")
    unknown = sorted(set(config) - set(OPTIONS))
    if unknown:
        raise PagefindError(
            f"{path}: {', '.join(unknown)}: not an option the build passes to "
            f"Pagefind (known: {', '.join(OPTIONS)})"
        )
    return config


class PagefindService:
    """One ``pagefind --service`` process: requests in, answers out."""

    def __init__(self, site: Path, timeout: float) -> None:
        self.site = site
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None

    def index(self, pages: list[str], config: dict[str, Any]) -> dict[str, bytes]:
        """The index files (path under ``pagefind/`` -> bytes) of these pages."""
        with tempfile.TemporaryFile() as errors:
            self.process = self._start(errors)
            timer = threading.Timer(self.timeout, self.process.kill)
            timer.start()
            try:
                return self._exchange(pages, config, errors)
            finally:
                timer.cancel()
                self.process.kill()
                self.process.wait()

    def _start(self, errors: IO[bytes]) -> subprocess.Popen[bytes]:
        from pagefind.service import get_executable

        binary = get_executable()
        if binary is None:
            raise PagefindError(
                "Pagefind's binary is missing: pip install pagefind[bin]"
            )
        try:
            return subprocess.Popen(
                [str(binary), "--service"],
                cwd=self.site,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
            )
        except OSError as error:
            raise PagefindError(f"Pagefind could not run: {error}") from None

    def _exchange(
        self, pages: list[str], config: dict[str, Any], errors: IO[bytes]
    ) -> dict[str, bytes]:
        answers = self._answers(errors)
        self._send([{"type": "NewIndex", "config": config}])
        index = self._expect(answers, "NewIndex")["index_id"]
        writer = threading.Thread(
            target=self._send,
            args=([self._add(index, page) for page in pages], 2),
            daemon=True,
        )
        writer.start()
        for page in pages:
            self._expect(answers, "IndexedFile", page)
        writer.join()
        self._send([{"type": "GetFiles", "index_id": index}], len(pages) + 2)
        found = {}
        for file in self._expect(answers, "GetFiles")["files"]:
            name = PurePosixPath(file["path"])
            if name.is_absolute() or ".." in name.parts:
                raise PagefindError(
                    f"Pagefind answered a path outside its folder: {name}"
                )
            found[str(name)] = base64.b64decode(file["content"])
        return found

    def _add(self, index: int, page: str) -> Any:
        def request() -> dict[str, Any]:
            text = (self.site / page).read_text(encoding="utf-8", errors="replace")
            return {
                "type": "AddFile",
                "index_id": index,
                "file_path": page,
                "url": None,
                "file_contents": text,
            }

        return request

    def _send(self, requests: list[Any], first_id: int = 1) -> None:
        """Write requests (dicts, or functions making them) numbered from
        ``first_id``; a process that died is reported by the reader."""
        stream = self.process.stdin
        try:
            for number, request in enumerate(requests, first_id):
                payload = request() if callable(request) else request
                message = {"message_id": number, "payload": payload}
                stream.write(base64.b64encode(json.dumps(message).encode()) + b",")
            stream.flush()
        except (BrokenPipeError, ValueError):
            return

    def _answers(self, errors: IO[bytes]) -> Iterator[dict[str, Any]]:
        stream = self.process.stdout
        # The pieces of a message still arriving: joined once it is whole
        # (joining on every read made the index's last, largest message,
        # tens of megabytes at 10,000 pages, cost minutes).
        pending: list[bytes] = []
        while True:
            chunk = stream.read1(1 << 16)
            if not chunk:
                break
            if b"," not in chunk:
                pending.append(chunk)
                continue
            first, *complete, rest = chunk.split(b",")
            for message in (b"".join([*pending, first]), *complete):
                yield json.loads(base64.b64decode(message))["payload"]
            pending = [rest]
        self.process.wait()
        errors.seek(0)
        said = errors.read().decode("utf-8", "replace").strip().splitlines()[-5:]
        raise PagefindError(
            f"Pagefind stopped (exit {self.process.returncode}) on {self.site}: "
            + " / ".join(said)
        )

    @staticmethod
    def _expect(
        answers: Iterator[dict[str, Any]], kind: str, page: str = ""
    ) -> dict[str, Any]:
        answer = next(answers)
        if answer.get("type") != kind:
            where = f" on {page}" if page else ""
            raise PagefindError(
                f"Pagefind failed{where}: {answer.get('message') or answer}"
            )
        return answer
