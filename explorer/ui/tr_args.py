"""Filling a translated string's ``%1``, ``%2``… in one pass, as Qt's ``QString::arg`` does.

PySide6's ``tr`` returns a Python ``str``, which has no ``arg``; replacing the
markers one after another would also replace a ``%2`` that the first value (a
group's name, a note) happens to contain. ``arg`` substitutes every marker at
once, so people's text stays literal.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` … ``%n`` replaced by ``values``; other markers are left alone."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _MARKER.sub(value, template)
