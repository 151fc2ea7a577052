"""Every schema mistake in a file, not only the first.

msgspec stops at the first error. Once a file has failed, it is walked again here:
each struct's fields, each list item and each entry of a map (such as ``evidence``)
are validated on their own, so five mistakes are five problems. A map entry's path
names its key (``evidence[art100-letter].quote``), so the author's file can be
searched for it and the error lands on the field's own line.
"""

from __future__ import annotations

import difflib
import typing
from dataclasses import dataclass
from typing import Any

import msgspec

#: Enough for any real file; a file with more mistakes is reported in part.
MAX_ERRORS = 50


@dataclass(frozen=True, slots=True)
class SchemaError:
    #: Where, as ``evidence[art100-letter].quote`` or ``stages[0].choices[1]``.
    path: str
    #: msgspec's message with its own ``- at `$…``` suffix, relative to ``path``.
    error: msgspec.ValidationError


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _struct(annotation: Any) -> type[msgspec.Struct] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct) else None


def schema_errors(data: Any, struct_type: type[msgspec.Struct]) -> list[SchemaError]:
    """Each independent schema error in ``data``, in document order."""
    found: list[SchemaError] = []
    _walk(data, struct_type, "", found)
    return found[:MAX_ERRORS]


def _walk(value: Any, annotation: Any, path: str, found: list[SchemaError]) -> None:
    if len(found) >= MAX_ERRORS:
        return
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *metas = typing.get_args(annotation)
        if typing.get_origin(inner) in (list, dict) and isinstance(value, (list, dict)):
            # A list or map with limits (``budget``: at most so many entries): over them is
            # the one mistake; within them, its entries are walked like any other's.
            limits = [m.max_length for m in metas if isinstance(m, msgspec.Meta) and m.max_length is not None]
            if any(len(value) > limit for limit in limits):
                _leaf(value, annotation, path, found)
                return
            annotation = inner
    struct = _struct(annotation)
    origin = typing.get_origin(annotation)
    if struct is not None and isinstance(value, dict):
        fields = {f.encode_name: f for f in msgspec.structs.fields(struct)}
        unknown = [key for key in value if key not in fields]
        for key, item in value.items():
            field = fields.get(key)
            if field is None:
                found.append(
                    SchemaError(path, msgspec.ValidationError(f"Object contains unknown field `{key}`"))
                )
            else:
                _walk(item, field.type, _join(path, key), found)
        for name, field in fields.items():
            # A misspelt field (``tradeofs``) is one mistake: its "did you mean" says it all.
            misspelt = difflib.get_close_matches(name, [str(key) for key in unknown], n=1)
            if name not in value and field.required and not misspelt:
                found.append(
                    SchemaError(path, msgspec.ValidationError(f"Object missing required field `{name}`"))
                )
    elif origin is list and isinstance(value, list):
        (item_type,) = typing.get_args(annotation) or (Any,)
        for index, item in enumerate(value):
            _walk(item, item_type, f"{path}[{index}]", found)
    elif origin is dict and isinstance(value, dict):
        key_type, item_type = typing.get_args(annotation) or (Any, Any)
        for key, item in value.items():
            try:
                msgspec.convert(key, key_type)
            except msgspec.ValidationError as error:
                found.append(SchemaError(path, error))
                continue
            _walk(item, item_type, f"{path}[{key}]", found)
    else:
        _leaf(value, annotation, path, found)


def _leaf(value: Any, annotation: Any, path: str, found: list[SchemaError]) -> None:
    try:
        msgspec.convert(value, annotation)
    except msgspec.ValidationError as error:
        found.append(SchemaError(path, error))
