"""The editor's taxonomy (``content/taxonomy.yaml``): canonical tags, aliases,
kinds, descriptions, a blocklist and tags that always apply on a pattern.

``load_taxonomy(path)`` reads and checks the file once; any mistake raises
:class:`TaxonomyError` naming the file, the line and the key, so that the
build can report it instead of a traceback. A missing file is such a
mistake: the blocklist would silently stop applying (an empty file is an
empty taxonomy). The file is read as the editor may have saved it (UTF-8,
UTF-16 with a byte-order mark; another encoding is named with its line),
never opened if it is not a regular file (a pipe would hang the build).
Patterns are searched with a time limit (:mod:`.patterns`). Nothing here
imports Pelican.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..safefiles import BadFileError, read_config_text
from .patterns import TimedPattern
from .text import fold

KINDS: dict[str, str] = {
    "personne": "Personne",
    "pays": "Pays",
    "lieu": "Lieu",
    "organisation": "Organisation",
    "thème": "Thème",
}
# "sections" (the digest's sections) is read by newsdigest.site.sections.
TOP_KEYS = ("tags", "blocklist", "sections")
TAG_KEYS = ("name", "kind", "aliases", "description", "pattern")
MAX_TAXONOMY_BYTES = 20_000_000


class TaxonomyError(ValueError):
    """A taxonomy file the build cannot use: file, line and what to fix."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class TaxonomyTag:
    """One tag the editor curated."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    pattern: TimedPattern | None = None


@dataclass(frozen=True)
class Taxonomy:
    """The whole file: curated tags and blocked names (folded)."""

    tags: tuple[TaxonomyTag, ...] = ()
    blocklist: frozenset[str] = frozenset()


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read and check a taxonomy file (it must exist; it may be empty)."""
    path = Path(path)
    if not path.exists():
        raise TaxonomyError(
            str(path),
            0,
            "no such file (DIGEST_TAXONOMY): create it (an empty file is an empty "
            "taxonomy) or set DIGEST_TAXONOMY to yours",
        )
    try:
        text = read_config_text(path, MAX_TAXONOMY_BYTES)
    except BadFileError as error:
        raise TaxonomyError(str(path), error.line, error.problem) from None
    return parse_taxonomy(text, str(path))


def parse_taxonomy(text: str, name: str = "taxonomy.yaml") -> Taxonomy:
    """Check a taxonomy's text and build it.

    >>> parse_taxonomy("tags:\\n  - name: Russie\\n    kind: pays\\n").tags[0].kind
    'pays'
    >>> parse_taxonomy("tags:\\n  - name: Russie\\n    kind: pais\\n")
    Traceback (most recent call last):
    ...
    newsdigest.tagging.taxonomy.TaxonomyError: taxonomy.yaml, line 3: kind: 'pais' \
is not one of personne, pays, lieu, organisation, thème
    """
    try:
        root = yaml.compose(text)
    except RecursionError:
        raise TaxonomyError(name, 0, "nested too deeply to be a taxonomy") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise TaxonomyError(name, line, f"not valid YAML ({error})") from None
    if root is None:
        return Taxonomy()
    checker = _Checker(name)
    top = checker.mapping(root, TOP_KEYS, "the file")
    tags = [checker.tag(node) for node in checker.sequence(top.get("tags"), "tags")]
    checker.unique(tags)
    blocked = checker.strings(top.get("blocklist"), "blocklist")
    return Taxonomy(tags=tuple(tags), blocklist=frozenset(fold(b) for b in blocked))


class _Checker:
    """Walks the YAML nodes, turning each into a value or a TaxonomyError."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: dict[str, int] = {}

    def fail(self, node: Node, problem: str) -> TaxonomyError:
        return TaxonomyError(self.name, node.start_mark.line + 1, problem)

    def mapping(self, node: Node, keys: tuple[str, ...], what: str) -> dict[str, Node]:
        if not isinstance(node, MappingNode):
            raise self.fail(
                node, f"{what} must be a mapping with keys {', '.join(keys)}"
            )
        values: dict[str, Node] = {}
        for key, value in node.value:
            if key.value not in keys:
                raise self.fail(
                    key, f"unknown key {key.value!r} (known: {', '.join(keys)})"
                )
            values[key.value] = value
        return values

    def sequence(self, node: Node | None, key: str) -> list[Node]:
        if node is None or (isinstance(node, ScalarNode) and node.value == ""):
            return []
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{key}: expected a list")
        return list(node.value)

    def string(self, node: Node | None, key: str, required: bool = False) -> str:
        if node is None or (isinstance(node, ScalarNode) and not node.value.strip()):
            if required and node is not None:
                raise self.fail(node, f"{key}: missing")
            return ""
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"{key}: expected text")
        return node.value.strip()

    def strings(self, node: Node | None, key: str) -> list[str]:
        return [self.string(item, key, True) for item in self.sequence(node, key)]

    def tag(self, node: Node) -> TaxonomyTag:
        fields = self.mapping(node, TAG_KEYS, "a tag")
        if "name" not in fields:
            raise self.fail(node, "a tag needs a name")
        name = self.string(fields["name"], "name", required=True)
        kind_node = fields.get("kind")
        kind = self.string(kind_node, "kind") or "thème"
        if kind not in KINDS:
            raise self.fail(
                kind_node, f"kind: {kind!r} is not one of {', '.join(KINDS)}"
            )
        pattern = None
        if "pattern" in fields:
            source = self.string(fields["pattern"], "pattern", required=True)
            line = fields["pattern"].start_mark.line + 1
            try:
                pattern = TimedPattern(source, self.name, line)
            except ValueError as error:
                raise self.fail(fields["pattern"], f"pattern: {error}") from None
        tag = TaxonomyTag(
            name=name,
            kind=kind,
            aliases=tuple(self.strings(fields.get("aliases"), "aliases")),
            description=self.string(fields.get("description"), "description"),
            pattern=pattern,
        )
        self.lines[name] = node.start_mark.line + 1
        return tag

    def unique(self, tags: list[TaxonomyTag]) -> None:
        """No name or alias may stand for two tags."""
        seen: dict[str, str] = {}
        for tag in tags:
            for name in (tag.name, *tag.aliases):
                other = seen.setdefault(fold(name), tag.name)
                if other != tag.name:
                    raise TaxonomyError(
                        self.name,
                        self.lines[tag.name],
                        f"{name!r} already names the tag {other!r} "
                        f"(line {self.lines[other]})",
                    )
