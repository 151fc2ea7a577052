"""What a pack may make the app do: every limit in one place, each checked in linear time.

A pack comes from anyone (e-mail, a USB stick), so everything it can make the app
spend (memory after YAML aliases expand, characters per field, nesting, scenarios,
citations, links, digits of a number, Markdown the renderer must parse) has a
budget. Each breach is a ``Located`` error that says what to shorten, found by a
scan that costs no more than reading the file, before the slow work (schema
conversion, anchoring, Markdown rendering) starts.

The limits sit far above the bundled pack's largest values (noted beside each, as
measured on the eleven bundled scenarios) and are documented in ``docs/authoring.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

#: One scenario file. Bundled largest: 95 KB.
MAX_FILE_BYTES = 2_000_000
#: Characters of text a document stands for once YAML aliases are expanded (2× the file cap).
MAX_EXPANDED_CHARS = 4_000_000
#: Values a document stands for once aliases are expanded. Bundled largest: about 3,000.
MAX_EXPANDED_NODES = 200_000
#: Nesting of mappings and lists. Bundled deepest: 8.
MAX_DEPTH = 64
#: Digits of a whole number (Python refuses to read more than 4,300). Bundled longest: 3.
MAX_NUMBER_DIGITS = 18
#: Scenario files in one pack; the benchmark pack has exactly this many. Bundled: 11.
MAX_SCENARIOS = 100_000
#: Languages a pack is translated into (``translations/<language>/``). Bundled: 2.
MAX_LANGUAGES = 30
#: ``[text](target)`` links in one scenario file. Bundled most: 60.
MAX_LINKS_PER_FILE = 2_000

#: Characters of an id. Bundled longest: 34.
MAX_ID_CHARS = 100
#: Characters of a one-line text: a title, label, claim, quote or gloss. Bundled longest: 371.
MAX_TEXT_CHARS = 4_000
#: Characters of a Markdown field (context, description, notes). Bundled longest: 3,291.
MAX_MARKDOWN_CHARS = 16_000
#: ``[`` in one Markdown field: Python-Markdown's link parser costs (brackets × length),
#: so this and the length above bound a render to about a quarter second. Bundled most: 25.
MAX_MARKDOWN_BRACKETS = 100
#: Columns of indentation in a Markdown line (nested lists recurse in the renderer,
#: four columns a level). Bundled deepest: 2.
MAX_MARKDOWN_INDENT = 40
#: ``>`` quote markers opening one Markdown line (each one a recursion). Bundled most: 0.
MAX_MARKDOWN_QUOTES = 10

#: Entries of a list or mapping inside a scenario. Bundled most: citations 103, others ≤ 10.
MAX_CITATIONS = 1_000
MAX_ITEMS = 100

_INT_TAG = "tag:yaml.org,2002:int"
_LINK = "]("
_QUOTES = re.compile(rf"^[ \t]*(?:>[ \t]*){{{MAX_MARKDOWN_QUOTES + 1},}}", re.MULTILINE)


class BudgetExceeded(Exception):
    """A limit breached at ``line``:``column`` (1-based), with what to change."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.line = line
        self.column = column
        self.message = message


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_links(text: str) -> None:
    """At most ``MAX_LINKS_PER_FILE`` links in a file: counted in C over the raw text."""
    if text.count(_LINK) <= MAX_LINKS_PER_FILE:
        return
    at = -1
    for _ in range(MAX_LINKS_PER_FILE + 1):
        at = text.find(_LINK, at + 1)
    line, column = _line_col(text, at)
    raise BudgetExceeded(
        line,
        column,
        f"more than {MAX_LINKS_PER_FILE:,} links in one file (this is link {MAX_LINKS_PER_FILE + 1:,}); "
        "split the scenario or cite less often",
    )


@dataclass(slots=True)
class _Size:
    nodes: int = 0
    chars: int = 0


def check_nodes(root: yaml.Node) -> None:
    """Depth, number digits and the size the document expands to, in one pass over its nodes.

    An alias is the same node object as its anchor, so each distinct node's
    expanded size is computed once and reused: linear in the file, however far
    the aliases would multiply it.
    """
    sizes: dict[int, _Size] = {}
    open_nodes: set[int] = set()  # being measured: meeting one again means it contains itself
    # (node, depth, children done?) – an explicit stack: no recursion, whatever the depth.
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if key in sizes and not done:
            continue  # an alias of a node already measured
        if key in open_nodes and not done:
            _breach(node, "a value that contains itself through a YAML alias; remove the `*alias` inside it")
        if isinstance(node, yaml.ScalarNode):
            if node.tag == _INT_TAG and sum(ch.isdigit() for ch in node.value[:64]) > MAX_NUMBER_DIGITS:
                _breach(node, f"a number with more than {MAX_NUMBER_DIGITS} digits; write a smaller number")
            sizes[key] = _Size(1, len(node.value))
            continue
        children = _children(node)
        if not done:
            if depth > MAX_DEPTH:
                _breach(node, f"nesting deeper than {MAX_DEPTH} levels; this is not a scenario file")
            open_nodes.add(key)
            stack.append((node, depth, True))
            stack.extend((child, depth + 1, False) for child in children if id(child) not in sizes)
            continue
        size = _Size(1, 0)
        for child in children:
            child_size = sizes[id(child)]
            size.nodes += child_size.nodes
            size.chars += child_size.chars
        sizes[key] = size
        open_nodes.discard(key)
        if size.nodes > MAX_EXPANDED_NODES:
            _breach(
                node,
                f"this value expands to {size.nodes:,} values through YAML aliases "
                f"(more than {MAX_EXPANDED_NODES:,}); write the values out instead of repeating `*aliases`",
            )
        if size.chars > MAX_EXPANDED_CHARS:
            _breach(
                node,
                f"this value expands to {size.chars:,} characters through YAML aliases "
                f"(more than {MAX_EXPANDED_CHARS:,}); write the text out instead of repeating `*aliases`",
            )


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _breach(node: yaml.Node, message: str) -> None:
    mark = node.start_mark
    raise BudgetExceeded(mark.line + 1, mark.column + 1, message)


def markdown_problem(text: str) -> tuple[str, str] | None:
    """Why the renderer must not be given ``text``, and the piece of it to point at; or ``None``.

    The schema already caps the length; this counts what makes Python-Markdown slow
    (unclosed ``[`` scanning to the end) or deeply recursive (nested lists and quotes).
    """
    if len(text) > MAX_MARKDOWN_CHARS:
        return f"Markdown longer than {MAX_MARKDOWN_CHARS:,} characters; shorten it", ""
    brackets = text.count("[")
    if brackets > MAX_MARKDOWN_BRACKETS:
        return (
            f"{brackets:,} `[` in one Markdown text (at most {MAX_MARKDOWN_BRACKETS}); "
            "split the text or use fewer links",
            "",
        )
    # More than 40 columns of indentation takes at least 11 blanks (a tab is at most four
    # columns): a text without 11 at the start of a line skips the walk through its lines.
    deepest = max(text.splitlines(), key=_indent, default="") if _may_be_deep(text) else ""
    if deepest and _indent(deepest) > MAX_MARKDOWN_INDENT:
        return (
            f"a line indented {_indent(deepest)} columns (at most {MAX_MARKDOWN_INDENT}, "
            "about ten levels of nested lists); flatten the list",
            deepest.strip()[:40],
        )
    quoted = _QUOTES.search(text)
    if quoted:
        return (
            f"more than {MAX_MARKDOWN_QUOTES} nested `>` quotes; flatten the quotation",
            quoted.group().strip()[:40],
        )
    return None


#: Where ``str.splitlines`` starts a line, then the blanks ``MAX_MARKDOWN_INDENT`` columns take at least.
_DEEP_LINE = re.compile(f"[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029][ \t]{{{MAX_MARKDOWN_INDENT // 4 + 1}}}")


def _may_be_deep(text: str) -> bool:
    """False when no line of ``text`` can be indented more than ``MAX_MARKDOWN_INDENT`` columns."""
    # The first line has no line break before it: it too needs as many blanks at its start.
    blanks = MAX_MARKDOWN_INDENT // 4 + 1
    first_deep = not text[:blanks].strip(" \t") and len(text) >= blanks
    return _DEEP_LINE.search(text) is not None or (
        first_deep and _indent(text[: MAX_MARKDOWN_INDENT + 1]) > MAX_MARKDOWN_INDENT
    )


def _indent(line: str) -> int:
    return len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))
