"""Filling translated messages: ``%1``, ``%2`` … replaced in one pass, as ``QString.arg`` does.

PySide6's ``tr`` returns a Python ``str`` without ``arg``; chained ``replace`` calls
would also replace a ``%2`` that the first argument (a file name, a journal's
name) happened to contain. ``fill`` looks at the template only.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *arguments: object) -> str:
    """``template`` with ``%1`` … ``%9`` replaced by ``arguments``, each placeholder once."""
    values = [str(argument) for argument in arguments]

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACE.sub(value, template)
