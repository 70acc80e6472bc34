"""Load a front-matter block with YAML that cannot hang, bloat or crash the build.

PyYAML's ``SafeLoader`` runs no code, but a 370-byte block of nested
aliases ("billion laughs") expands to hundreds of megabytes, a deeply
nested list exhausts the stack, and ``date: 2023-02-30`` raises a bare
``ValueError`` while the value is built. :func:`load_front_matter` refuses
aliases, bounds depth and the number of values, and keeps dates as text
(the front matter checks them itself, with their line). Every failure is a
:class:`yaml.YAMLError` carrying the line where it happened.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import SafeConstructor

from .limits import MAX_YAML_DEPTH, MAX_YAML_NODES

TIMESTAMP = "tag:yaml.org,2002:timestamp"


class FrontMatterLoader(yaml.SafeLoader):
    """``SafeLoader`` without aliases or timestamps, bounded in depth and size."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.nodes = 0
        self.building: yaml.Mark | None = None

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        self.building = node.start_mark
        return super().construct_object(node, deep)

    def compose_node(self, parent: Any, index: Any) -> Any:
        mark = self.peek_event().start_mark
        if self.check_event(yaml.AliasEvent):
            raise ComposerError(
                None, None, "YAML aliases (*name) are not allowed here", mark
            )
        self.depth += 1
        self.nodes += 1
        if self.depth > MAX_YAML_DEPTH:
            raise ComposerError(None, None, "values nested too deeply", mark)
        if self.nodes > MAX_YAML_NODES:
            raise ComposerError(None, None, "too many values", mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


# Dates stay text, implicit ("2023-02-30") or tagged ("!!timestamp ...").
FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FrontMatterLoader.add_constructor(TIMESTAMP, SafeConstructor.construct_yaml_str)


def load_front_matter(text: str) -> Any:
    """The YAML value of a front-matter block; yaml.YAMLError when refused.

    >>> load_front_matter("date: 2023-02-30\\ntags: [a, b]")
    {'date': '2023-02-30', 'tags': ['a', 'b']}
    """
    loader = FrontMatterLoader(text)
    try:
        return loader.get_single_data()
    except (ValueError, TypeError, RecursionError) as error:
        # A value PyYAML cannot build (a binary that is not base64...).
        raise yaml.MarkedYAMLError(
            problem=str(error) or type(error).__name__, problem_mark=loader.building
        ) from None
    finally:
        loader.dispose()
