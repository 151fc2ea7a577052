"""Turn a composed YAML node tree into Python values, fast, for the plain documents packs are.

PyYAML's constructor handles every YAML feature through several Python calls per
value; a scenario file uses four tags (string, mapping, list, a few numbers), and at
100,000 scenarios the general path is a third of the load. ``build`` handles
exactly those tags in one small function and gives up (``Unusual``) on anything
else (aliases, merge keys, timestamps, explicit tags, complex keys), so the caller
falls back to PyYAML's constructor, whose behaviour, errors included, stays the
reference.

``yamlsource._Loader.resolve`` does the same for tag resolution, which the C parser asks of
Python for every plain scalar: a value whose first character starts no implicit
type (not a digit, sign, dot, ``~``, or the first letter of true/false/yes/no/null/
on/off) is a string, without trying the regular expressions.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import yaml

#: Texts this short are interned: ids, dimension names, evidence words and short labels
#: recur across scenarios, and a large pack then keeps one copy of each.
SHORT = 48
STR = "tag:yaml.org,2002:str"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
#: Scalar tags whose PyYAML constructors are called directly (each one small).
_SCALARS = frozenset(
    {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}
)


class Unusual(Exception):
    """The document uses a feature ``build`` leaves to PyYAML."""


def first_characters(resolver: type[yaml.resolver.BaseResolver]) -> frozenset[str]:
    """Characters that can start an implicitly typed plain scalar for ``resolver``."""
    return frozenset(key for key in resolver.yaml_implicit_resolvers if key)


def build(root: yaml.Node, construct_scalar: Callable[[yaml.Node], Any]) -> Any:
    """The Python value of ``root``; ``construct_scalar`` builds ints, floats, bools and nulls."""
    return _build(root, construct_scalar)


def _build(node: yaml.Node, scalar: Callable[[yaml.Node], Any]) -> Any:
    tag = node.tag
    if tag == STR:
        value: str = node.value
        return sys.intern(value) if len(value) <= SHORT else value
    if tag == MAP:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag != STR:
                raise Unusual  # merge keys (<<), numbers or lists as keys
            # Most values are text: built here, without a call per value (as above).
            if value_node.tag == STR:
                text: str = value_node.value
                out[sys.intern(key_node.value)] = sys.intern(text) if len(text) <= SHORT else text
            else:
                out[sys.intern(key_node.value)] = _build(value_node, scalar)
        if len(out) != len(node.value):
            raise Unusual  # a repeated key: PyYAML's path reports it, located
        return out
    if tag == SEQ:
        return [_build(item, scalar) for item in node.value]
    if tag in _SCALARS and isinstance(node, yaml.ScalarNode):
        return scalar(node)
    raise Unusual
