"""A pack in another language: its overlays read while the pack loads, and the pack shown in one.

The loader hands every valid base file to ``OverlayReader`` with its parsed data; the reader
checks each file's overlay per language and keeps the translated model (``Scenario``,
``PackInfo``) ready, so switching the app's language costs a list lookup, and the load
cache stores the translations with the pack. A pack without a ``translations`` folder costs
one ``is_dir``.

``in_language`` gives the pack as a reader of one language sees it: translated texts where
an overlay has them, the English base elsewhere, and each quote's gloss for that reader
(none for a quote in their own language).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from explorer.core.evidence.anchoring import AnchorError, resolve
from explorer.core.pack import budget, overlay
from explorer.core.pack.gloss_consistency import GlossRegister
from explorer.core.pack.model import PackInfo, Scenario
from explorer.core.pack.problem import Problem
from explorer.core.pack.translations import TRANSLATIONS_DIR, SourceLanguages

if TYPE_CHECKING:
    from explorer.core.evidence.corpus import Corpus
    from explorer.core.pack.loader import LoadedPack

#: The language a pack's base files are written in.
BASE_LANGUAGE = "en"
_Model = TypeVar("_Model", bound=msgspec.Struct)
#: Where a pack in another language keeps its base (in ``LoadedPack.derived``).
_BASE = "base-pack"


@dataclass(frozen=True, slots=True)
class Coverage:
    """How far one overlay covers its base file: texts the base has, and the overlay's gaps."""

    expected: int
    missing: int
    stale: int
    errors: int

    @property
    def complete(self) -> bool:
        return not self.missing and not self.stale and not self.errors


@dataclass
class PackTranslation:
    """Everything of a pack in one language: translated models and coverage per base file."""

    language: str
    #: scenario id → the scenario in this language (only scenarios with an overlay).
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    info: PackInfo | None = None
    #: base file name → coverage of its overlay (a file without one is absent).
    coverage: dict[str, Coverage] = field(default_factory=dict)


def source_languages(corpus: Corpus) -> SourceLanguages:
    """Source id → the language it is written in; and each quote's own language, from the
    block of the reading edition it is anchored in (a French abstract in a Dutch article)."""
    documents = {document.id: document for document in corpus}
    seen: dict[tuple[str, str, str, str], str] = {}

    def quote_language(citation: Mapping[str, Any]) -> str:
        parts = tuple(citation.get(k) for k in ("source", "quote", "prefix", "suffix"))
        source, quote, before, after = (p if isinstance(p, str) else "" for p in parts)
        key = (source, quote, before, after)
        if key not in seen:
            document = documents.get(source)
            try:
                anchor = resolve(document, quote, before, after, suggest=False) if document else None
            except AnchorError:
                anchor = None  # the loader reports it; here the source's language stands
            seen[key] = anchor.lang if anchor is not None else ""
        return seen[key]

    by_source = {source: document.metadata.language for source, document in documents.items()}
    return SourceLanguages(by_source, quote_language)


def translated(
    model: _Model,
    base: Mapping[str, Any],
    texts: Mapping[str, str],
    language: str,
    sources: Mapping[str, str],
) -> _Model:
    """``model`` with ``texts`` written in and its glosses for a ``language`` reader."""
    data = overlay.apply(base, texts)
    overlay.clear_glosses(data, base, language, sources)
    return msgspec.convert(data, type(model))


class OverlayReader:
    """Reads, checks and applies the overlays of one folder of base files, as they load."""

    def __init__(self, folder: Path, corpus: Corpus, shown: str, root: Path | None = None) -> None:
        self.folder = folder
        self.root = root or folder
        self.shown = shown
        self.languages = overlay.languages(folder)
        #: What is wrong with the overlays read so far (and with the translations folder itself).
        self.problems: list[Problem] = []
        if len(self.languages) > budget.MAX_LANGUAGES:
            message = (
                f"{len(self.languages)} translation languages; at most {budget.MAX_LANGUAGES} are read "
                f"(the first by name): remove the folders of languages nobody translates"
            )
            self.problems.append(Problem(str(Path(shown) / TRANSLATIONS_DIR), 1, 1, message))
            del self.languages[budget.MAX_LANGUAGES :]
        self.sources = source_languages(corpus) if self.languages else {}
        self.translations = {language: PackTranslation(language) for language in self.languages}
        # One register per language: Dutch glosses are compared with Dutch ones, never with the
        # English of the base files (the loader's own register) nor with the French.
        self._glosses = {language: GlossRegister() for language in self.languages}
        # One listing per language, so a file without a translation costs a set lookup.
        self._names = {language: overlay.file_names(folder, language) for language in self.languages}

    def read(self, path: Path, base: Mapping[str, Any], model: _Model) -> dict[str, _Model]:
        """``model`` in every language that translates ``path`` (problems kept for ``finish``)."""
        found: dict[str, _Model] = {}
        problems = self.problems
        for language in self.languages:
            if path.name not in self._names[language]:
                continue
            where = overlay.overlay_path(path, language)
            shown = str(Path(self.shown) / TRANSLATIONS_DIR / language / path.name)
            read, located = overlay.check_overlay(
                where, base, language, self.sources, self.root, shown, self._glosses[language]
            )
            problems += located
            if read is None:
                continue
            expected = len(read.texts) + len(read.missing)
            self.translations[language].coverage[path.name] = Coverage(
                expected, len(read.missing), len(read.stale), read.errors
            )
            try:
                found[language] = translated(model, base, read.texts, language, self.sources)
            except msgspec.ValidationError as error:  # the checks above should leave nothing for this
                problems.append(Problem(shown, 1, 1, f"the translation cannot be applied: {error}"))
        return found

    def finish(self, base_names: Iterable[str]) -> list[Problem]:
        """Every problem of the overlays in file order, and a warning for each overlay whose base
        file is not in the folder (renamed or removed)."""
        names = set(base_names)
        problems = self.problems
        for language in self.languages:
            for name in sorted(self._names[language] - names):
                if name.endswith((".yaml", ".yml")):
                    shown = str(Path(self.shown) / TRANSLATIONS_DIR / language / name)
                    message = f"translates `{name}`, which is not in the pack (renamed or removed?)"
                    problems.append(Problem(shown, 1, 1, message, severity="warning"))
        problems.sort(key=lambda p: (p.file, p.line, p.column))
        return problems


def in_language(pack: LoadedPack, language: str) -> LoadedPack:
    """``pack`` as a ``language`` reader sees it: the base pack when it has no such translation.

    Works from the base or from any language of it (a view holding the Dutch pack asks for the
    English one after a language switch), and makes each language once per loaded pack.
    """
    base: LoadedPack = pack.derived.get(_BASE, pack)
    translation = base.translations.get(language)
    if translation is None or language == base.language:
        return base
    key = f"{_BASE}:{language}"
    shown: LoadedPack | None = base.derived.get(key)
    if shown is None:
        scenarios = [translation.scenarios.get(s.id, s) for s in base.scenarios]
        info = translation.info or base.info
        shown = dataclasses.replace(
            base, scenarios=scenarios, info=info, derived={_BASE: base}, language=language
        )
        base.derived[key] = shown
    return shown
