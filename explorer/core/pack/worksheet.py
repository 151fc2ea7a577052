"""Write or update a translation overlay for translators (``explorer translate``).

The result is the overlay itself, in the format of ``explorer.core.pack.translations``, so
there is no second file to keep in step: each entry carries the English (or the quote, for
a gloss) it translates as a comment above it. Entries already translated are kept as they
are; new keys get an empty ``text`` (``explorer validate`` reports them until filled); an
entry whose English changed keeps its old ``from`` and is marked STALE with the new hash,
so the translator checks it before taking the new hash; entries the base no longer has are
kept as comments at the end (nothing a translator wrote is dropped silently).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from explorer.core.pack import budget
from explorer.core.pack.overlay import overlay_path
from explorer.core.pack.reading import Unreadable, read_pack_file
from explorer.core.pack.translations import gloss_keys, text_hash, translatable_texts
from explorer.core.pack.yamlsource import Located, read_yaml
from explorer.core.store import default_mode, write_atomic

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True, slots=True)
class WorksheetCounts:
    """What an update did: entries kept, added (to translate), stale and set aside."""

    kept: int
    added: int
    stale: int
    removed: int


def _comment(label: str, text: str, indent: str = "  ") -> list[str]:
    lines = text.splitlines() or [""]
    out = [f"{indent}# {label}: {lines[0]}".rstrip()]
    out += [f"{indent}#   {line}".rstrip() for line in lines[1:]]
    return out


def _scalar(value: str) -> str:
    """``value`` as one YAML scalar: a block (``|``) when it has lines, quoted or plain otherwise."""
    if "\n" in value.strip("\n") and not value[:1].isspace():
        body = value if value.endswith("\n") else value + "\n"
        return "|\n" + "".join(f"      {line}\n" if line else "\n" for line in body.splitlines())
    dumped: str = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=1_000_000)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def _entry(key: str, source_hash: str, text: str) -> list[str]:
    key_text = _scalar(key)
    body = _scalar(text)
    lines = [f"  {key_text}:", f"    from: {_scalar(source_hash)}"]
    if body.startswith("|"):
        lines.append(f"    text: {body.rstrip(chr(10))}")
    else:
        lines.append(f"    text: {body}")
    return lines


def worksheet(
    expected: Mapping[str, str],
    glosses: Mapping[str, str],
    language: str,
    base_name: str,
    existing: Mapping[str, Any] | None = None,
) -> tuple[str, WorksheetCounts]:
    """The overlay text for ``language``: ``expected`` (key → base text, glosses included)."""
    old = existing if isinstance(existing, Mapping) else {}
    lines = [
        f"# {language} translation of {base_name}; keys and `from`: explorer/core/pack/translations.py",
        "# Translate each `text`: the English it translates (or, for a gloss, the quote) is in the comment",
        "# above it. Keep every [words](cite:id) link. `explorer validate` checks this file.",
        f"language: {language}",
        "texts:",
    ]
    kept = added = stale = 0
    for key, base_text in expected.items():
        lines += _comment("quote" if key in glosses else "en", base_text)
        now = text_hash(base_text)
        entry = old.get(key)
        text = entry.get("text") if isinstance(entry, Mapping) else None
        if isinstance(text, str) and text.strip():
            was = entry.get("from") if isinstance(entry, Mapping) else None
            if was != now:
                stale += 1
                lines.append(
                    f"  # STALE: the text above changed; check the translation, then write from: {now}"
                )
            else:
                kept += 1
            lines += _entry(key, str(was), text)
        else:
            added += 1
            lines += _entry(key, now, "")
    removed = [key for key in old if key not in expected]
    if removed:
        lines.append(
            "# Translated once, no longer in the base file (kept here as comments; delete when sure):"
        )
        for key in removed:
            entry = old[key]
            text = entry.get("text") if isinstance(entry, Mapping) else entry
            lines += _comment(str(key), str(text), indent="")
    counts = WorksheetCounts(kept, added, stale, len(removed))
    return "\n".join(lines) + "\n", counts


class WorksheetError(Exception):
    """Why an overlay was not written (the base or the existing overlay cannot be read)."""


def _read(path: Path, root: Path) -> Any:
    try:
        return read_yaml(read_pack_file(path, root, budget.MAX_FILE_BYTES)).data
    except (Unreadable, Located) as error:
        raise WorksheetError(f"{path}: {error}") from None


def update_overlay(
    base: Path, language: str, sources: Mapping[str, str], root: Path
) -> tuple[Path, WorksheetCounts]:
    """Write (or bring up to date) the ``language`` overlay of the pack file ``base``.

    An existing overlay that cannot be read is left alone (``WorksheetError``): rewriting
    it would lose what the translator wrote.
    """
    data = _read(base, root)
    if not isinstance(data, dict):
        raise WorksheetError(f"{base}: not a pack file (a mapping of fields)")
    glosses = gloss_keys(data, language, sources)
    expected = {**translatable_texts(data), **glosses}
    target = overlay_path(base, language)
    existing: Mapping[str, Any] | None = None
    if target.exists() or target.is_symlink():
        old = _read(target, root)
        texts = old.get("texts") if isinstance(old, dict) else None
        if not isinstance(texts, dict):
            raise WorksheetError(f"{target}: not a translation (no `texts`); move it away first")
        existing = texts
    text, counts = worksheet(expected, glosses, language, base.name, existing)
    write_atomic(target, text.encode("utf-8"), default_mode())
    return target, counts
