"""Which files of a pack are translated into which language (``explorer report translations``).

One row per translatable file (``pack.yaml``, each valid scenario, and the roles file when
given), one status per language: complete, stale (translated, but the English changed since
for some texts), incomplete (texts missing or unusable), or missing (no overlay at all).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from explorer.core.pack.loader import PACK_FILE, LoadedPack
from explorer.core.pack.pack_translation import Coverage


@dataclass(frozen=True, slots=True)
class TranslationRow:
    """One base file and its coverage per language (``None``: no overlay in that language)."""

    file: str
    scenario: str
    coverage: dict[str, Coverage | None]


def status(coverage: Coverage | None) -> str:
    """One word or two for a report cell."""
    if coverage is None:
        return "missing"
    if coverage.complete:
        return "complete"
    parts = []
    if coverage.missing:
        parts.append(f"{coverage.missing} of {coverage.expected} untranslated")
    if coverage.stale:
        parts.append(f"{coverage.stale} stale")
    if coverage.errors and not coverage.missing:
        parts.append(f"{coverage.errors} errors")
    return ", ".join(parts)


def translation_rows(
    pack: LoadedPack, roles: tuple[str, Mapping[str, Coverage]] | None = None
) -> tuple[list[str], list[TranslationRow]]:
    """The languages found and one row per file; ``roles`` is (file name, coverage by language)."""
    languages = set(pack.translations)
    if roles is not None:
        languages |= set(roles[1])
    ordered = sorted(languages)

    def row(file: str, scenario: str, lookup: Mapping[str, Coverage | None]) -> TranslationRow:
        return TranslationRow(file, scenario, {language: lookup.get(language) for language in ordered})

    def per_language(name: str) -> dict[str, Coverage | None]:
        return {
            language: translation.coverage.get(name) for language, translation in pack.translations.items()
        }

    rows = [row(PACK_FILE, "", per_language(PACK_FILE))]
    for scenario in pack.scenarios:
        name = pack.files[scenario.id].name
        rows.append(row(name, scenario.id, per_language(name)))
    if roles is not None:
        rows.append(row(roles[0], "", dict(roles[1])))
    return ordered, rows


def format_translations(languages: list[str], rows: list[TranslationRow]) -> str:
    """A plain-text table and one total line per language."""
    if not languages:
        return "No translations yet: `explorer translate PACK --language nl` starts one\n"
    width = max(len(row.file) for row in rows)
    cells = {language: [status(row.coverage[language]) for row in rows] for language in languages}
    widths = {
        language: max(len(language), *(len(cell) for cell in cells[language])) for language in languages
    }
    lines = [
        "  ".join([f"{'file':<{width}}", *(f"{language:<{widths[language]}}" for language in languages)])
    ]
    for n, row in enumerate(rows):
        lines.append(
            "  ".join(
                [
                    f"{row.file:<{width}}",
                    *(f"{cells[language][n]:<{widths[language]}}" for language in languages),
                ]
            )
        )
    lines.append("")
    for language in languages:
        found = [row.coverage[language] for row in rows]
        complete = sum(1 for c in found if c is not None and c.complete)
        stale = sum(1 for c in found if c is not None and c.stale)
        missing = sum(1 for c in found if c is None)
        lines.append(
            f"{language}: {complete} of {len(rows)} files complete, {stale} with stale texts, "
            f"{missing} not translated"
        )
    return "\n".join(line.rstrip() for line in lines) + "\n"


def translations_data(languages: list[str], rows: list[TranslationRow]) -> dict[str, Any]:
    """The same, for ``--json``."""

    def cell(coverage: Coverage | None) -> dict[str, Any]:
        if coverage is None:
            return {"status": "missing"}
        return {
            "status": "complete" if coverage.complete else "incomplete",
            "texts": coverage.expected,
            "untranslated": coverage.missing,
            "stale": coverage.stale,
            "errors": coverage.errors,
        }

    return {
        "languages": languages,
        "files": [
            {
                "file": row.file,
                "scenario": row.scenario,
                "languages": {language: cell(row.coverage[language]) for language in languages},
            }
            for row in rows
        ],
    }
