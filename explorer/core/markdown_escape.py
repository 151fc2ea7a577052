"""Text of people and packs inside exported Markdown: shown as written, never as markup.

One escaper for every Markdown export (the journal report, the workshop debrief):
a name, a rationale or a quoted passage may hold ``![x](http://…)``, ``[x](javascript:…)``,
raw HTML, table pipes or a line starting with ``#``; each comes out as the literal
text in any CommonMark or GitHub renderer, because every ASCII punctuation mark that
can start inline markup is backslash-escaped (CommonMark lets any ASCII punctuation
be escaped) and line starts that would open a block (heading, list, quote, rule) are
escaped too. Other punctuation stays as typed, so the file still reads as text.
"""

from __future__ import annotations

import re

#: Punctuation that can open inline markup: emphasis, code, links and images (``[``),
#: tables, strikethrough, escapes themselves.
_INLINE = re.compile(r"([\\`*_\[\]|~])")
#: Raw HTML and autolinks start with ``<`` and a letter, ``/``, ``!`` or ``?``; entities with
#: ``&name;``. Written as entities, which every renderer (Python-Markdown too) shows literally.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
#: A line start that opens a block: ordered list (``1.``/``1)``), after inline escaping.
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
#: Characters that would open a block at the start of a line even when alone.
_BLOCK_START = ("#", "+", "-", "=", ">")


def escape_inline(text: str, line_start: bool = False) -> str:
    """One line of literal text (line breaks become spaces), safe inside a line; with
    ``line_start``, also safe at the start of one (where ``#``, ``-``, ``1.`` open blocks)."""
    return _escape_line(" ".join(text.splitlines()).strip(), line_start)


def escape_text(text: str) -> str:
    """Literal text of several lines (paragraphs kept), safe as a block of its own.

    Leading spaces are dropped, since four would make an indented code block.
    """
    return "\n".join(_escape_line(line.strip(), True) for line in text.strip().splitlines())


def _escape_line(line: str, line_start: bool) -> str:
    escaped = _INLINE.sub(r"\\\1", line)
    escaped = _ENTITY_START.sub("&amp;", escaped)
    escaped = _TAG_START.sub("&lt;", escaped)
    if line_start:
        escaped = _ORDERED.sub(r"\1\\\2", escaped)
        if escaped.startswith(_BLOCK_START):
            escaped = "\\" + escaped
    return escaped
