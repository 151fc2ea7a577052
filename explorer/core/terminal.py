"""Text from packs, journals and file names made safe to print on a terminal.

A scenario key, a journal's name or a file name may hold control characters: an
escape sequence (``ESC [ …``, or the one-byte C1 ``CSI``) rewrites the terminal, a
carriage return overwrites the line before it, a newline forges a line of output
(``scenarios/x.yaml:1:1: ok``), a bidirectional override reorders what is shown.
Every command-line output goes through ``safe`` (plain text) or ``safe_json`` (JSON,
whose encoder already escapes C0 but leaves C1 and bidi controls raw), which show
each such character as a visible escape (``\\x1b``, ``\\u202e``) instead.
"""

from __future__ import annotations

import re

#: C0 controls (tab and newline are handled by the caller's choice), DEL, C1 controls,
#: and the Unicode format characters that reorder or hide text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_NEWLINE_OR_TAB = re.compile(r"[\t\n]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str, keep_newlines: bool = True) -> str:
    """``text`` with control characters shown as escapes; newlines and tabs kept unless
    ``keep_newlines`` is False (one record per line: a name must not start another)."""
    shown = _CONTROL.sub(_visible, text)
    return shown if keep_newlines else _NEWLINE_OR_TAB.sub(_visible, shown)


def safe_json(text: str) -> str:
    """JSON text with the controls its encoder leaves raw written as ``\\uXXXX`` (still valid
    JSON: they can only stand inside strings, where the escape means the same character)."""
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group(0)):04x}", text)
