"""A fast reader for the plain YAML files packs are made of, giving exactly PyYAML's values.

PyYAML (``yamlsource``) first builds a node tree, a Python object and two marks per
value, so that any problem can be pointed at its line; at 100,000 scenarios building
that tree is half the load, and most files have no problem to point at. ``quick_data``
reads a file with yaml-rs (a YAML parser in Rust that builds the Python values
directly, about nine times faster) and returns the values PyYAML's safe loader would
build, or ``None`` when it cannot be sure they are the same; the caller then reads the
file with PyYAML, as before. The tree is built later only for a file with a problem to
locate (``YamlDocument.root``).

"Exactly the same values" is what the rules here are for:

- the syntax is PyYAML's: libyaml's own parser (``CParser.raw_parse``: C only, no Python
  objects) must accept the text, so a file PyYAML refuses is never read here;
- YAML 1.1 (PyYAML) and 1.2 (yaml-rs) type some plain scalars apart (``yes``, ``0o17``,
  ``1e3``, ``1:30``): a file with a value that the two could have read differently goes to
  PyYAML (``_agrees``);
- what yaml-rs reads where PyYAML refuses or does something else (several documents, tags,
  complex keys, line breaks of YAML 1.1 only) goes to PyYAML, as does any file yaml-rs
  fails on, for PyYAML's located message.

Every budget stays PyYAML's: a file with anchors and aliases is refused here, and neither it
nor one with a very long number is sent here by ``yamlsource.read_yaml``, which walks their
nodes (``budget.check_nodes``); the size, depth and link limits are checked on the raw
text before either reader runs.
``tests/core/test_fastyaml.py`` compares the two readers on generated documents.
"""

from __future__ import annotations

import re
import sys
from typing import Any, NamedTuple

import yaml

from explorer.core.pack.yamlbuild import SHORT as _SHORT

try:  # The fast path is optional: without yaml-rs every file is read by PyYAML.
    import yaml_rs
except ImportError:  # pragma: no cover - yaml-rs is a dependency; a stripped install still loads
    yaml_rs = None  # type: ignore[assignment]

_CParser: Any = getattr(getattr(yaml, "_yaml", None), "CParser", None)
_RAW_PARSE = _CParser is not None and hasattr(_CParser, "raw_parse")
_RESOLVERS = yaml.SafeLoader.yaml_implicit_resolvers
_intern = sys.intern
#: The characters PyYAML's typed plain values start with (digits, signs, ``.``, ``~``, ``<``,
#: ``=`` and the first letters of yes/no/true/false/on/off/null in their spellings).
_TYPED_FIRST = frozenset(first for first in _RESOLVERS if first)
#: yaml-rs reads a block scalar of blank lines (``|`` then an empty line) as a line break,
#: PyYAML as empty text: a text of white space only is checked too.
_CHECKED_FIRST = _TYPED_FIRST | frozenset(" \t\r\n")
#: The letters among them: a text starting with one and longer than ``false`` is text to both
#: readers (``_typed_by_pyyaml_only`` says so first; checked before the call, as most are).
_WORD_FIRST = frozenset(first for first in _CHECKED_FIRST if first.isalpha())

#: The file's bytes in classes, so that the patterns below are found by plain substring
#: searches in C: ``D`` white space or an indicator a scalar can follow (``:``, ``[``, ``{``,
#: ``,``); ``S`` a sign; ``Z`` a ``0`` or ``_``; ``W`` another digit or a letter; ``!`` and ``?``
#: themselves; anything else (non-ASCII included) ``.``.
_CLASSES = bytes(
    ord(
        "D"
        if chr(b) in " \t\r\n:[{,"
        else "S"
        if chr(b) in "-+"
        else "Z"
        if chr(b) in "0_"
        else "W"
        if chr(b).isascii() and chr(b).isalnum()
        else chr(b)
        if chr(b) in "!?"
        else "."
    )
    for b in range(256)
)
#: Whole numbers yaml-rs and PyYAML may read apart: ``0`` or ``_`` then a digit, letter or
#: underscore, at the start of a value or after its sign (``DZZ``, ``DZW``, ``DSZZ``, ``DSZW``:
#: ``007``, ``08``, ``0o17``, ``0x1f``, ``_1``, which yaml-rs reads as 1; also ``_word``,
#: needlessly). Without any, every integer in the file was written in decimal digits, which
#: both read alike. Written to start at the rare ``Z`` and look behind from there: a search
#: that starts at ``D`` (a third of the bytes) stops everywhere, measured ten times slower.
_INT_DOUBT = re.compile(rb"Z[ZW](?:(?<=DZ[ZW])|(?<=DSZ[ZW]))")
#: The same spelling at the start of a value: what ``_plain_int_doubt`` asks of each plain one.
_INT_DOUBT_VALUE = re.compile(r"[-+]?[0_][0-9A-Za-z_]")
#: Line breaks in YAML 1.1 (libyaml) but ordinary characters in YAML 1.2.
_OLD_BREAKS = ("\x85", "\u2028", "\u2029")
#: ``---`` or ``...`` at the start of a line, or a ``%`` directive: a document boundary.
_DOCUMENT_MARKER = re.compile(r"\n(?:(?:---|\.\.\.)(?=[ \t\r\n]|\Z)|%)")
#: Texts that yaml-rs, like PyYAML, reads as a number, a boolean or null when they are written
#: plain: a string that looks like one was quoted, and is a string for both.
_TYPED_BY_BOTH = re.compile(
    r"-?(?:0|[1-9][0-9]{0,17})|-?[0-9]+\.[0-9]+|true|True|TRUE|false|False|FALSE|null|Null|NULL|~"
)


#: Distinct doubtful texts checked against the whole text before a file goes to PyYAML.
_MAX_DOUBTS = 16
#: What ``str.strip()`` removes (every character ``str.isspace`` accepts), to tell without a
#: call whether a text could be at most three characters once stripped (``short_texts``).
_SPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


class _Differs(Exception):
    """A value the two readers could have read differently."""


class QuickRead(NamedTuple):
    """A file's values as PyYAML builds them, and what the one walk over them noticed on the way."""

    data: dict[str, Any]
    #: Every text value (not a key) that may be at most three characters long once white
    #: space is stripped: the only ones that can be empty or a stand-in such as ``...`` or
    #: ``n/a`` (``checks.placeholder_findings``), gathered here so that no second walk over
    #: the values and no search of the text is needed to know that a file has none.
    short_texts: list[str]


def quick_data(raw: bytes, text: str) -> Any:
    """The values of the YAML document ``text`` as PyYAML's safe loader builds them, or ``None``.

    ``raw`` is the file's bytes, ``text`` the same decoded.

    ``None`` means "read it with PyYAML": the file is not plain enough to be sure, or it
    has a mistake that PyYAML will locate.
    """
    read = quick_read(raw, text)
    return None if read is None else read.data


def quick_read(raw: bytes, text: str) -> QuickRead | None:
    """``quick_data``'s values with the short texts among them (``QuickRead``), or ``None``."""
    if yaml_rs is None or not _RAW_PARSE or not _plain_enough(text):
        return None
    if "&" in text and "*" in text:
        return None  # anchors and aliases: PyYAML's, whose nodes ``budget.check_nodes`` measures
    classes = raw.translate(_CLASSES)
    if _tag_or_complex_key(classes):
        return None
    try:
        _CParser(text).raw_parse()  # libyaml's parser, as PyYAML's loader runs it
    except yaml.YAMLError:
        return None
    try:
        # Dates stay text: yaml-rs reads a quoted "2026-12-01" as a date too, PyYAML only a plain one.
        data = yaml_rs.loads(
            text, parse_datetime=False, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # a parse error, or a Rust panic (which is not an Exception)
        return None
    if not isinstance(data, dict):
        return None  # several documents, or not a mapping: PyYAML's path says what is wrong
    doubts: list[str] = []
    short: list[str] = []
    try:
        has_int = _agrees(data, doubts, short)
    except _Differs:
        return None
    if has_int and _INT_DOUBT.search(classes) and _plain_int_doubt(text):
        return None
    # Each doubt costs a few searches of the whole text: a file with many (a hostile one
    # with thousands of quoted numbers) goes to PyYAML instead, which keeps this linear.
    distinct = set(doubts)
    if len(distinct) > _MAX_DOUBTS or any(not _quoted_everywhere(doubt, text) for doubt in distinct):
        return None
    return QuickRead(data, short)


def _plain_int_doubt(text: str) -> bool:
    """True if a plain value of ``text`` starts as ``_INT_DOUBT`` says one may (``08``, ``-0o17``).

    The byte classes cannot tell a ``4,000`` inside a quoted text (common in quotes, and
    harmless) from a plain ``000`` in a flow list; libyaml's events, which PyYAML's own reading
    would build, can: only a plain scalar (``implicit[0]``) is typed, so only one of those
    can be a number the two readers read apart. A Python object per event costs about a
    tenth of reading the file with PyYAML, and only files the classes flag pay it.
    """
    parser = _CParser(text)
    try:
        while True:
            event = parser.get_event()
            if event is None or type(event) is yaml.StreamEndEvent:
                return False
            if type(event) is yaml.ScalarEvent and event.implicit[0] and _INT_DOUBT_VALUE.match(event.value):
                return True
    except yaml.YAMLError:  # not expected: libyaml parsed the text already
        return True


def _tag_or_complex_key(classes: bytes) -> bool:
    """True if a tag (``!x``, ``!!str``) or a complex key (``? key``) follows a separator or indicator.

    That is ``D!``, ``D?D`` or a final ``D?`` in the classes. ``!`` and ``?`` are rare, so a
    search for the one byte (which runs at memory speed) clears nearly every file before the
    search for the pair.
    """
    if b"!" in classes and b"D!" in classes:
        return True
    return b"?" in classes and (b"D?D" in classes or classes.endswith(b"D?"))


def _plain_enough(text: str) -> bool:
    """False for a file using what the fast reader reads differently (see the module doc)."""
    if text[:1] in ("%", "!", "?", ".") or (
        text.startswith("---") and text[3:4] not in (" ", "\t", "\r", "\n")
    ):
        return False  # a directive, a tag or complex key, ``...`` or an odd first line
    # One ``---`` opening the document is fine; another one, or ``...``, is a second document.
    # (One search from the line break, which the regex finds quickly: faster than three ``in``.)
    if _DOCUMENT_MARKER.search(text):
        return False
    return not any(mark in text for mark in _OLD_BREAKS)


def _agrees(value: Any, doubts: list[str], short: list[str]) -> bool:
    """Raise ``_Differs`` unless PyYAML reads ``value``'s source the same; True if it holds an int.

    Texts that PyYAML would read as something else if they were written plain (``2026-12-01``,
    ``yes``) are added to ``doubts``: they agree only if they were quoted. Short texts are
    interned on the way (a large pack then keeps one copy of each id and recurring word), and
    text values that may be at most three characters once stripped go to ``short``
    (``QuickRead.short_texts``).
    """
    kind = type(value)
    if kind is dict or kind is list:
        has_int = False
        keyed = kind is dict
        for place, item in value.items() if keyed else enumerate(value):
            if keyed:
                if type(place) is not str:
                    raise _Differs
                first = place[:1]
                if (
                    first in _CHECKED_FIRST
                    and (len(place) <= 5 or first not in _WORD_FIRST)
                    and _typed_by_pyyaml_only(place)
                ):
                    doubts.append(place)
            # Most values are text: the first character clears nearly all of them, without a call.
            if type(item) is str:
                first = item[:1]
                if (
                    first in _CHECKED_FIRST
                    and (len(item) <= 5 or first not in _WORD_FIRST)
                    and _typed_by_pyyaml_only(item)
                ):
                    doubts.append(item)
                if len(item) <= _SHORT:  # one copy of each id and word, as ``yamlbuild`` keeps
                    value[place] = item = _intern(item)
                    if len(item) <= 3:
                        short.append(item)
                        continue
                if item[0] in _SPACE or item[-1] in _SPACE:
                    short.append(item)
            elif type(item) is int or _agrees(item, doubts, short):
                has_int = True
        return has_int
    if kind is str:
        if value[:1] in _CHECKED_FIRST and _typed_by_pyyaml_only(value):
            doubts.append(value)
        if len(value) <= 3 or value[0] in _SPACE or value[-1] in _SPACE:
            short.append(value)
        return False
    if kind is int:
        return True
    if kind is bool or value is None:
        return False  # true/false and null as 1.2 writes them are the same in 1.1
    raise _Differs  # floats: the two disagree on some spellings


def _typed_by_pyyaml_only(text: str) -> bool:
    """True if ``text``, written plain, is a typed value to PyYAML but would be text to yaml-rs.

    Called for a text starting with one of ``_CHECKED_FIRST`` (an empty text is null to both
    when plain, so one that was read as text was quoted). Raises ``_Differs`` for white
    space only: yaml-rs reads a block scalar of blank lines as a line break, PyYAML as "".
    """
    first = text[0]
    if first in " \t\r\n":
        if text.isspace():
            raise _Differs
        return False
    # The same shortcut as ``yamlsource._Loader.resolve``: a typed word that starts with a
    # letter is at most five letters long (``false``).
    if len(text) > 5 and first.isalpha():
        return False
    if not any(pattern.match(text) for _, pattern in _RESOLVERS[first]):
        return False
    return _TYPED_BY_BOTH.fullmatch(text) is None


def _quoted_everywhere(doubt: str, text: str) -> bool:
    """True if every place ``doubt`` stands in ``text`` is inside quotes of its own.

    Then no plain scalar of the file is ``doubt`` (a plain scalar never starts with a quote),
    so the value was quoted, and PyYAML reads it as the same text.
    """
    return text.count(doubt) == text.count(f'"{doubt}"') + text.count(f"'{doubt}'")
