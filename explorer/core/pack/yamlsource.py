"""Read a YAML file an author wrote, safely, keeping where every value came from.

Whatever the file holds (not YAML, not UTF-8, empty, enormous, deeply nested,
an alias bomb) the result is either the parsed data or a ``Located`` error with
a line and column; never an exception or a hang. The node tree is kept so that
a later error about ``stages[0].choices[2].tradeoffs[1].dimension`` can be
pointed at the exact line of the file. A plain file (most of them) is read by
``fastyaml`` without the tree, which is then composed only if a problem in the file
needs locating (``YamlDocument.root``); every budget check below runs either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from explorer.core.pack import budget, fastyaml, yamlbuild

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TYPED_START = yamlbuild.first_characters(_BaseLoader)
_SCALAR, _MAPPING, _SEQUENCE = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The fast loader, refusing duplicate keys (YAML silently keeps the last)."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        # Called by the C parser for every node. Most scalars are text that starts with a
        # character no implicit type starts with, or with a letter and longer than ``false``
        # (the typed words are true/false/yes/no/on/off/null in their spellings; numbers
        # start with a digit, a sign or a dot): no regular expression is tried for those.
        if kind is _SCALAR:
            if not implicit[0] or (
                value and (value[0] not in _TYPED_START or (len(value) > 5 and value[0].isalpha()))
            ):
                return yamlbuild.STR
        elif kind is _MAPPING:
            return yamlbuild.MAP
        elif kind is _SEQUENCE:
            return yamlbuild.SEQ
        tag: str = super().resolve(kind, value, implicit)
        return tag

    # The C parser calls these two around every node, for path resolvers, which the safe
    # loader has none of: doing nothing is what PyYAML's versions do then, a little faster.
    def descend_resolver(self, _node: Any, _index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def construct_fast(self, root: yaml.Node) -> Any:
        """The document's value: ``yamlbuild`` for plain documents, PyYAML for the rest."""
        try:
            return yamlbuild.build(root, self.construct_object)
        except yamlbuild.Unusual:
            return self.construct_document(root)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        # Cheap in the common case: a dict shorter than its key list means a repeat.
        if len(mapping) != len(node.value):
            _refuse_duplicate_keys(node)
        return mapping


def _refuse_duplicate_keys(node: yaml.MappingNode) -> None:
    first_seen: dict[str, yaml.Node] = {}
    start, end = node.start_mark.index, node.end_mark.index
    for key_node, _ in node.value:
        # Keys merged in from an anchor (``<<: *base``) live elsewhere and may be overridden.
        if not (start <= key_node.start_mark.index <= end) or not isinstance(key_node, yaml.ScalarNode):
            continue
        if key_node.value in first_seen:
            first = first_seen[key_node.value].start_mark.line + 1
            raise Located(
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
                f"duplicate key `{key_node.value}` (first on line {first}); "
                "YAML would silently keep only the last one",
            )
        first_seen[key_node.value] = key_node


MAX_BYTES = budget.MAX_FILE_BYTES
MAX_DEPTH = budget.MAX_DEPTH

#: What a YAML parser's complaint usually means for a scenario author.
_HINTS = (
    (
        "while scanning a quoted scalar",
        "a quoted text starts here but is never closed; add the closing quote",
    ),
    (
        "mapping values are not allowed",
        "a colon followed by a space inside plain text; put the text in quotes",
    ),
    ("did not find expected key", "check this line's indentation: it must line up with the fields around it"),
    ("expected <block end>", "check this line's indentation: it must line up with the fields around it"),
    ("cannot start any token", "YAML does not allow tabs or this character here; indent with spaces"),
    ("found undefined alias", "a `*name` alias without a matching `&name` anchor"),
)

_LONG_NUMBER = re.compile(rf"\d{{{budget.MAX_NUMBER_DIGITS + 1}}}")
#: A file's bytes with every ASCII digit and every byte of a non-ASCII character (which may
#: be a Unicode digit) turned into ``0``, the rest into a space: a run of digits in the
#: text is then a run of ``0`` at least as long, found by a C-speed translate and search.
_DIGIT_LIKE = bytes(0x30 if (0x30 <= b <= 0x39 or b >= 0x80) else 0x20 for b in range(256))
_DIGIT_RUN = b"0" * (budget.MAX_NUMBER_DIGITS + 1)
_BRACKETS = re.compile(rb"[^\[\]{}]+")
#: ``- - - - x`` nests a list per dash on one line, with no brackets or indentation to see.
_DEEP_DASHES = re.compile(rb"^[ \t]*(?:-[ \t]+){%d}" % (MAX_DEPTH + 1), re.MULTILINE)
#: Two dashes with only blanks between them, which ``_DEEP_DASHES`` needs: a file without any
#: skips it. (A regex from the ``-``: faster than two substring searches, and it also sees
#: ``-  -``, with two blanks, which the searches ``- -`` and ``-\t`` let through.)
_DASH_PAIR = re.compile(rb"-[ \t]+-")
_DEEP_INDENT = re.compile(rb"^ {%d}" % (MAX_DEPTH * 8 + 1), re.MULTILINE)
#: ``.name``, ``[0]``, ``['key']`` and ``[key]`` (a map entry named by its key, as in ``evidence[a-b]``).
_PATH_TOKEN = re.compile(r"\.([^.\[]+)|\[(\d+)\]|\['([^']*)'\]|\[([^\]]+)\]")


class Located(Exception):
    """A problem at a place in a file (1-based line and column)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.line = line
        self.column = column
        self.message = message


@dataclass(slots=True)
class YamlDocument:
    data: Any
    #: The node tree, with every value's line; ``None`` when ``fastyaml`` read the file,
    #: until ``root`` is first asked for (a problem to locate).
    composed: yaml.Node | None
    text: str
    #: The text's lines, split once on the first ``locate_text`` (a file with many
    #: findings would otherwise split it once per finding).
    lines: list[str] | None = None
    #: The file's bytes as read (for searches that run faster on bytes than on the text).
    raw: bytes = b""
    #: The text values that may be at most three characters once stripped, gathered by
    #: ``fastyaml`` while it read the file (``QuickRead.short_texts``); ``None`` for a file
    #: PyYAML read, where nobody gathered them.
    short_texts: list[str] | None = None

    @property
    def root(self) -> yaml.Node:
        """The node tree, composed by PyYAML on first use for a file read by ``fastyaml``."""
        if self.composed is None:
            self.composed = _compose(self.text)
        return self.composed

    def locate_text(self, path: str, needle: str) -> tuple[int, int]:
        """Line and column of ``needle`` inside the (multi-line) value at ``path``.

        Used for a mistake inside Markdown, such as a ``cite:`` link to nothing,
        so the author lands on the line of the link, not the start of the block.
        """
        line, column = self.locate(path)
        if self.lines is None:
            self.lines = self.text.splitlines()
        lines = self.lines
        for number in range(line - 1, len(lines)):
            at = lines[number].find(needle)
            if at >= 0:
                return number + 1, at + 1
            if number > line + 400:
                break
        return line, column

    def locate(self, path: str, key: bool = False) -> tuple[int, int]:
        """Line and column of the value at ``path`` (``stages[0].title``).

        With ``key=True`` the last step names a mapping key and its key is
        located (for "unknown field" errors). A path that goes further than the
        file does (a missing field) stops at the deepest node that exists.
        """
        node: yaml.Node = self.root
        tokens = list(_tokens(path))
        for position, token in enumerate(tokens):
            last = position == len(tokens) - 1
            if isinstance(node, yaml.MappingNode) and isinstance(token, str):
                for key_node, value_node in node.value:
                    if key_node.value == token:
                        node = key_node if (last and key) else value_node
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(token, int) and token < len(node.value):
                node = node.value[token]
            else:
                break
        mark = node.start_mark
        return mark.line + 1, mark.column + 1


def _tokens(path: str) -> list[str | int]:
    path = path.removeprefix("$")
    if path and not path.startswith((".", "[")):
        path = "." + path
    out: list[str | int] = []
    for name, index, quoted, key in _PATH_TOKEN.findall(path):
        if index:
            out.append(int(index))
        else:
            out.append(name or quoted or key)
    return out


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _wide_encoding(raw: bytes) -> str:
    """``UTF-16``/``UTF-32`` when ``raw`` looks like text saved in one of them, else ``""``."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    # Without a byte-order mark: ASCII text in UTF-16 puts a NUL beside every character.
    head = raw[: min(400, len(raw) - len(raw) % 2)]
    if len(head) >= 8:
        if head[1::2].count(0) * 10 >= len(head) * 4 and head[0::2].count(0) == 0:
            return "UTF-16"
        if head[0::2].count(0) * 10 >= len(head) * 4 and head[1::2].count(0) == 0:
            return "UTF-16"
    return ""


def _check_depth(raw: bytes) -> None:
    # Brackets only: a C-speed filter leaves a short string even for big files. Nesting
    # can be no deeper than the number of opening brackets, so most files skip the walk.
    depth = deepest = 0
    openers = raw.count(b"[") + raw.count(b"{")
    for char in _BRACKETS.sub(b"", raw) if openers > MAX_DEPTH else b"":
        depth += 1 if char in b"[{" else -1
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            break
    if deepest > MAX_DEPTH:
        raise Located(1, 1, f"nesting deeper than {MAX_DEPTH} levels; this is not a scenario file")
    # The regexes run only where a plain substring test says they could match.
    dashes = _DEEP_DASHES.search(raw) if _DASH_PAIR.search(raw) else None
    if dashes:
        line = raw.count(b"\n", 0, dashes.start()) + 1
        raise Located(line, 1, f"nesting deeper than {MAX_DEPTH} levels; this is not a scenario file")
    deep = _DEEP_INDENT.search(raw) if b" " * (MAX_DEPTH * 8 + 1) in raw else None
    if deep:
        line = raw.count(b"\n", 0, deep.start()) + 1
        limit = MAX_DEPTH * 8
        raise Located(line, 1, f"indentation of more than {limit} spaces; this is not a scenario file")


def _indentation_hint(text: str, line: int, column: int) -> str:
    """A field indented deeper than the field above it reads to YAML as more of that field's text.

    The parser then complains about "a colon in plain text" on the deeper line; the
    mistake is the indentation, so say that, naming both lines.
    """
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    key = here[: column - 1]
    if not re.fullmatch(r" *[^\s:#'\"]+", key):
        return ""  # the colon is inside the text itself: a quoting mistake
    above = next(
        (n for n in range(line - 2, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")),
        None,
    )
    if above is None or not re.match(r" *[^\s:#'\"-][^:]*: +\S", lines[above]):
        return ""
    deeper, shallower = len(here) - len(here.lstrip(" ")), len(lines[above]) - len(lines[above].lstrip(" "))
    if deeper <= shallower:
        return ""
    return (
        f"check the indentation: `{key.strip()}` is indented by {deeper} spaces and the field on line "
        f"{above + 1} by {shallower}; fields of one entry must line up (one of the two is off)"
    )


def _may_hold_long_number(raw: bytes, text: str) -> bool:
    """True if ``text`` has a run of more digits than a number may have (``_LONG_NUMBER``).

    The regex runs at Python's per-character pace; the byte filter in front of it answers
    for nearly every file at C speed and never says no where the regex would say yes.
    """
    return _DIGIT_RUN in raw.translate(_DIGIT_LIKE) and _LONG_NUMBER.search(text) is not None


def _only_blanks_and_comments(text: str) -> bool:
    """True if every line of ``text`` is blank or a ``#`` comment (an empty YAML file)."""
    # The first character that is not white space decides for nearly every file: it
    # stands on a line of its own that is neither blank nor a comment unless it is ``#``.
    first = text.lstrip()[:1]
    if first != "#":
        return not first
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def read_yaml(raw: bytes) -> YamlDocument:
    """Parse one YAML document from ``raw`` bytes, or raise ``Located``."""
    if len(raw) > MAX_BYTES:
        raise Located(1, 1, f"the file is {len(raw):,} bytes; a scenario file should be well under 1 MB")
    encoding = _wide_encoding(raw)
    if encoding:
        raise Located(
            1,
            1,
            f"the file is saved as {encoding}; save it as UTF-8 (the editor's “Save as” or “Encoding” menu)",
        )
    if b"\x00" in raw:
        line, column = _line_col_of_byte(raw, raw.index(b"\x00"))
        raise Located(line, column, "the file contains NUL bytes; it is binary, not YAML")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_col_of_byte(raw, error.start)
        raise Located(
            line, column, f"not valid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if _only_blanks_and_comments(text):
        raise Located(1, 1, "the file is empty")
    _check_depth(raw)
    try:
        budget.check_links(text)
    except budget.BudgetExceeded as error:
        raise Located(error.line, error.column, error.message) from None
    # The walk below costs a little per value, so it runs only on a file that could need it:
    # one with anchors and aliases (an alias bomb) or a very long number. Every other file
    # may be read by the fast reader, which builds no node tree.
    aliases = "&" in text and "*" in text
    if not aliases and not _may_hold_long_number(raw, text):
        quick = fastyaml.quick_read(raw, text)
        if quick is not None:
            return YamlDocument(quick.data, None, text, raw=raw, short_texts=quick.short_texts)
    return _read_with_nodes(raw, text, aliases)


def _read_with_nodes(raw: bytes, text: str, aliases: bool) -> YamlDocument:
    """PyYAML's reading of ``text``: the node tree, budgets walked, then the values."""
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise Located(1, 1, "the file is empty")
        if aliases or _may_hold_long_number(raw, text):
            budget.check_nodes(root)
        # With aliases, PyYAML shares one value between its uses; ``build`` would copy it.
        data = loader.construct_document(root) if aliases else loader.construct_fast(root)
    except yaml.MarkedYAMLError as error:
        # "while scanning a quoted scalar" and the like: the scalar's start is where
        # the author's mistake is, not the end of the file where the parser gave up.
        scanning = (error.context or "").startswith("while scanning")
        mark = (error.context_mark if scanning else None) or error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = error.problem or "YAML syntax error"
        context = f" ({error.context})" if error.context else ""
        complaint = f"{what}{context}"
        hint = _indentation_hint(text, line, column) if "mapping values" in complaint else ""
        hint = hint or next((h for key, h in _HINTS if key in complaint), "")
        message = f"YAML syntax error: {hint} [{complaint}]" if hint else f"YAML syntax error: {complaint}"
        raise Located(line, column, message) from None
    except yaml.YAMLError as error:
        raise Located(1, 1, f"YAML error: {error}") from None
    except budget.BudgetExceeded as error:
        raise Located(error.line, error.column, error.message) from None
    except RecursionError:
        raise Located(1, 1, "the document is nested too deeply") from None
    except ValueError as error:  # a value Python cannot hold (the checks above should catch it first)
        raise Located(1, 1, f"a value cannot be read: {error}") from None
    finally:
        loader.dispose()
    return YamlDocument(data, root, text, raw=raw)


def _compose(text: str) -> yaml.Node:
    """The node tree of a file ``fastyaml`` read (libyaml accepted it then), for locating a problem."""
    loader = _Loader(text)
    try:
        root: yaml.Node | None = loader.get_single_node()
    except yaml.YAMLError:  # not expected: the fast reader took only what libyaml parses
        root = None
    finally:
        loader.dispose()
    return root if root is not None else yaml.ScalarNode(yamlbuild.STR, "", _START, _START)


_START = yaml.Mark("", 0, 0, 0, None, 0)
