"""The digest's sections, as the editor declares them in the taxonomy file.

``content/taxonomy.yaml`` holds, under the top-level key ``sections:``, a small
list of sections, each with the outlets' sections that file under it, and one
marked ``default: true`` for everything else::

    sections:
      - name: International
        outlet_sections: [Monde, World, Russie, Gaza]
      - name: Actualité
        default: true

An article's digest section comes from its outlet's section (the breadcrumb
as printed), never from a folder name. Mistakes raise ``TaxonomyError`` with
the file, the line and what to fix. Nothing here imports Pelican.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..safefiles import BadFileError, read_config_text
from ..tagging.taxonomy import MAX_TAXONOMY_BYTES, TaxonomyError
from ..tagging.text import fold

SECTION_KEYS = ("name", "outlet_sections", "default")
# The sections of a taxonomy file that declares none.
FALLBACK_DEFAULT = "Actualité"


@dataclass(frozen=True)
class DigestSections:
    """The digest's sections in the editor's order, and where each outlet
    section (folded) files."""

    names: tuple[str, ...] = (FALLBACK_DEFAULT,)
    default: str = FALLBACK_DEFAULT
    outlets: dict[str, str] = field(default_factory=dict)

    def section_for(self, candidates: Iterable[str | None]) -> str:
        """The section of the first candidate the file knows, else the default.

        >>> sections = parse_sections(
        ...     "sections:\\n- name: Sports\\n  outlet_sections: [Football]\\n"
        ...     "- name: Actualité\\n  default: true\\n")
        >>> sections.section_for(["Football"]), sections.section_for(["seeds"])
        ('Sports', 'Actualité')
        >>> sections.section_for([None, "sports"])
        'Sports'
        """
        for candidate in candidates:
            if candidate:
                found = self.outlets.get(fold(str(candidate)))
                if found:
                    return found
        return self.default


def load_sections(path: str | Path) -> DigestSections:
    """The sections of a taxonomy file; a missing key gives one section, the
    fallback default, and so does a file the tag loader refuses and reports
    (missing, not a regular file, not UTF-8: read as it reads it)."""
    path = Path(path)
    try:
        text = read_config_text(path, MAX_TAXONOMY_BYTES)
    except BadFileError:
        return DigestSections()
    return parse_sections(text, str(path))


def parse_sections(text: str, name: str = "taxonomy.yaml") -> DigestSections:
    """Check the ``sections:`` key of a taxonomy's text and build the sections.

    >>> parse_sections("sections:\\n- name: Sports\\n")
    Traceback (most recent call last):
    ...
    newsdigest.tagging.taxonomy.TaxonomyError: taxonomy.yaml, line 1: sections: \
mark one section with 'default: true' (it takes every other article)
    """
    try:
        root = yaml.compose(text)
    except (yaml.YAMLError, RecursionError):
        return DigestSections()  # the tag loader reports the broken file
    key, node = _top_key(root, "sections")
    if node is None:
        return DigestSections()
    if not isinstance(node, SequenceNode):
        raise _error(name, node, "sections: expected a list of sections")
    names: list[str] = []
    outlets: dict[str, str] = {}
    lines: dict[str, int] = {}
    default = None
    for item in node.value:
        fields = _fields(name, item)
        section = _text(name, fields.get("name"), item, "name")
        if section in lines:
            raise _error(name, item, f"section {section!r} is listed twice")
        lines[section] = item.start_mark.line + 1
        for spelling in (section, *_list(name, fields.get("outlet_sections"))):
            folded = fold(spelling)
            if outlets.get(folded, section) != section:
                raise _error(
                    name,
                    item,
                    f"{spelling!r} already files under {outlets[folded]!r} "
                    f"(line {lines[outlets[folded]]})",
                )
            outlets[folded] = section
        names.append(section)
        if _flag(name, fields.get("default")):
            if default is not None:
                raise _error(name, item, f"{default!r} is already the default section")
            default = section
    if default is None:
        raise _error(
            name,
            key,
            "sections: mark one section with 'default: true' "
            "(it takes every other article)",
        )
    return DigestSections(tuple(names), default, outlets)


def _top_key(root: Node | None, key: str) -> tuple[Node | None, Node | None]:
    """The key node and value node of a top-level key, or two Nones."""
    if isinstance(root, MappingNode):
        for pair in root.value:
            if pair[0].value == key:
                return pair
    return None, None


def _error(name: str, node: Node, problem: str) -> TaxonomyError:
    return TaxonomyError(name, node.start_mark.line + 1, problem)


def _fields(name: str, node: Node) -> dict[str, Node]:
    if not isinstance(node, MappingNode):
        raise _error(name, node, "a section must be a mapping with a name")
    fields = {}
    for key, value in node.value:
        if key.value not in SECTION_KEYS:
            raise _error(
                name,
                key,
                f"unknown key {key.value!r} (known: {', '.join(SECTION_KEYS)})",
            )
        fields[key.value] = value
    return fields


def _text(name: str, node: Node | None, parent: Node, key: str) -> str:
    if not isinstance(node, ScalarNode) or not node.value.strip():
        raise _error(name, node or parent, f"{key}: expected text")
    return node.value.strip()


def _list(name: str, node: Node | None) -> list[str]:
    if node is None:
        return []
    if not isinstance(node, SequenceNode):
        raise _error(name, node, "outlet_sections: expected a list")
    return [_text(name, item, node, "outlet_sections") for item in node.value]


def _flag(name: str, node: Node | None) -> bool:
    if node is None:
        return False
    if not isinstance(node, ScalarNode) or node.value not in ("true", "false"):
        raise _error(name, node, "default: expected true or false")
    return node.value == "true"
