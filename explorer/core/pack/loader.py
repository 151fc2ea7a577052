"""Load and validate a scenario pack; never raise on bad content.

``load_pack`` returns the scenarios that are valid together with every problem
found, each located as ``file:line:col`` with the path inside the document, so
one broken file never hides the rest of the pack.
"""

from __future__ import annotations

import difflib
import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from explorer.core.evidence.anchoring import Anchor
from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.pack_sources import load_pack_sources
from explorer.core.pack import budget
from explorer.core.pack.checks import Finding, Resolved, check_scenario
from explorer.core.pack.gloss_consistency import GlossRegister
from explorer.core.pack.model import DATE_PATTERN, ID_PATTERN, Citation, PackInfo, Scenario
from explorer.core.pack.pack_translation import BASE_LANGUAGE, OverlayReader, PackTranslation
from explorer.core.pack.problem import Problem, Severity
from explorer.core.pack.reading import Unreadable, read_pack_file
from explorer.core.pack.schema_errors import SchemaError, schema_errors
from explorer.core.pack.timeline import check_about, check_dates, check_replay
from explorer.core.pack.yamlsource import Located, YamlDocument, read_yaml
from explorer.core.paths import bundled_pack_dir

PACK_FILE = "pack.yaml"
#: Problems reported per file; past this, one line says how many more there are
#: (locating each costs a little, and nobody reads the ten-thousandth).
MAX_PROBLEMS_PER_FILE = 100


class LoadCancelled(Exception):
    """The load was abandoned because the caller asked (the window closed)."""


_MSGSPEC_PATH = re.compile(r" - at `(\$[^`]*)`$")
_UNKNOWN_FIELD = re.compile(r"Object contains unknown field `([^`]*)`")
_MISSING_FIELD = re.compile(r"Object missing required field `([^`]*)`")


@dataclass
class LoadedPack:
    directory: Path
    info: PackInfo
    scenarios: list[Scenario] = field(default_factory=list)
    files: dict[str, Path] = field(default_factory=dict)
    #: (scenario id, citation id) → where the quote stands in its source.
    anchors: dict[tuple[str, str], Anchor] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: The sources this pack cites from: the bundled ones and the pack's own (``sources/<id>/``).
    corpus: Corpus | None = None
    #: Lookups built on first use (by id, by source): a pack of 100,000 scenarios must
    #: answer a citation click without a walk through all of them.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    #: language → the pack's texts in it, from the overlays in ``translations/`` (none: empty).
    translations: dict[str, PackTranslation] = field(default_factory=dict)
    #: The language this pack's texts are in (``in_language`` gives it in another).
    language: str = BASE_LANGUAGE
    #: What is wrong with the translations (errors and stale warnings, located): apart from
    #: ``problems``, since a translation that is behind or broken never stops the pack (its
    #: English shows instead); ``explorer validate`` and the problems panel list both.
    translation_problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def scenario(self, scenario_id: str) -> Scenario:
        by_id: dict[str, Scenario] | None = self.derived.get("by-id")
        if by_id is None or len(by_id) != len(self.scenarios):
            by_id = self.derived["by-id"] = {s.id: s for s in self.scenarios}
        return by_id[scenario_id]

    def dimension_label(self, dimension_id: str) -> str:
        for dimension in self.info.dimensions:
            if dimension.id == dimension_id:
                return dimension.label
        return dimension_id

    def citation(self, scenario_id: str, citation_id: str) -> tuple[Citation, Anchor]:
        return self.scenario(scenario_id).evidence[citation_id], self.anchors[(scenario_id, citation_id)]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _field_names(struct_type: type[msgspec.Struct], document_path: str) -> list[str]:
    """Field names of the struct found at a msgspec path (for 'did you mean')."""
    current: Any = struct_type
    for name in re.findall(r"\.([A-Za-z_]\w*)", document_path):
        hints = msgspec.structs.fields(current) if isinstance(current, type) else ()
        match = next((f for f in hints if f.name == name), None)
        if match is None:
            return []
        current = _struct_in(match.type)
    return [f.name for f in msgspec.structs.fields(current)] if isinstance(current, type) else []


def _struct_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        found = _struct_in(argument)
        if found is not None:
            return found
    return None


def _schema_problem(
    error: msgspec.ValidationError,
    document: YamlDocument,
    struct_type: type[msgspec.Struct],
    file: str,
    at: str = "",
) -> Problem:
    """One schema error, located; ``at`` is where the part that failed stands (``schema_errors``)."""
    text = str(error)
    match = _MSGSPEC_PATH.search(text)
    inner = match.group(1).removeprefix("$") if match else ""
    msgspec_path = "$" + (("." + at if at else "") + inner)
    message = text[: match.start()] if match else text
    path = msgspec_path.removeprefix("$").removeprefix(".")
    unknown = _UNKNOWN_FIELD.match(message)
    missing = _MISSING_FIELD.match(message)
    if unknown:
        name = unknown.group(1)
        known = _field_names(struct_type, msgspec_path)
        close = difflib.get_close_matches(name, known, n=1)
        hint = (
            f"; did you mean `{close[0]}`?" if close else f" (allowed: {', '.join(known)})" if known else ""
        )
        full = f"{path}.{name}" if path else name
        line, column = document.locate(full, key=True)
        return Problem(file, line, column, f"unknown field `{name}`{hint}", full)
    if missing:
        line, column = document.locate(path)
        return Problem(file, line, column, f"missing required field `{missing.group(1)}`", path)
    if repr(DATE_PATTERN) in message:  # `as_of` or `about`: say the format, not the regex
        message = 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, in quotes (e.g. "2013-10")'
        if path == "evidence[...].about":  # msgspec does not name the mapping key: find the entry
            path = _bad_about(document.data) or path
    line, column = document.locate(path)
    message = message.replace("Expected `", "expected `").replace("Object", "a mapping")
    if "matching regex" in message and repr(ID_PATTERN) in message:
        message = "an id must be lower-case letters, digits and hyphens, starting with a letter or digit"
    elif " length <= " in message:
        message += "; shorten it (the limits are listed in docs/authoring.md)"
    return Problem(file, line, column, message, path)


def _bad_about(data: dict[str, Any]) -> str | None:
    """The path of the first evidence entry whose ``about`` is not a date as ``as_of`` writes it."""
    evidence = data.get("evidence")
    for citation_id, entry in evidence.items() if isinstance(evidence, dict) else ():
        about = entry.get("about") if isinstance(entry, dict) else None
        if about is not None and not (isinstance(about, str) and re.match(DATE_PATTERN, about)):
            return f"evidence[{citation_id}].about"
    return None


def _parse(
    path: Path, struct_type: type[msgspec.Struct], pack_dir: Path, file: str = ""
) -> tuple[Any, YamlDocument | None, list[Problem]]:
    file = file or _display(path)
    try:
        document = read_yaml(read_pack_file(path, pack_dir, budget.MAX_FILE_BYTES))
    except Unreadable as error:
        return None, None, [Problem(file, 1, 1, str(error))]
    except Located as error:
        return None, None, [Problem(file, error.line, error.column, error.message)]
    if not isinstance(document.data, dict):
        kind = type(document.data).__name__
        what = "a scenario" if struct_type is Scenario else "pack.yaml"
        return None, document, [Problem(file, 1, 1, f"{what} must be a mapping of fields, not a {kind}")]
    try:
        return msgspec.convert(document.data, struct_type), document, []
    except msgspec.ValidationError as error:
        # Walked again part by part, so every mistake in the file is reported at once.
        found = schema_errors(document.data, struct_type) or [SchemaError("", error)]
        problems = [
            _schema_problem(e.error, document, struct_type, file, e.path)
            for e in found[:MAX_PROBLEMS_PER_FILE]
        ]
        if len(found) > MAX_PROBLEMS_PER_FILE:
            rest = len(found) - MAX_PROBLEMS_PER_FILE
            more = f"and {rest:,} more problems in this file; fix the ones above first"
            problems.append(Problem(file, problems[-1].line, problems[-1].column, more))
        return None, document, problems


def _located(findings: Iterable[Finding], document: YamlDocument, file: str) -> list[Problem]:
    problems: list[Problem] = []
    findings = list(findings)
    for finding in findings[:MAX_PROBLEMS_PER_FILE]:
        if finding.needle:
            line, column = document.locate_text(finding.path, finding.needle)
        else:
            line, column = document.locate(finding.path, key=finding.at_key)
        problems.append(Problem(file, line, column, finding.message, finding.path, finding.severity))
    if len(findings) > MAX_PROBLEMS_PER_FILE:
        more = findings[MAX_PROBLEMS_PER_FILE:]
        severity: Severity = "error" if any(f.severity == "error" for f in more) else "warning"
        last = problems[-1]
        message = f"and {len(more):,} more problems in this file; fix the ones above first"
        problems.append(Problem(file, last.line, last.column, message, severity=severity))
    return problems


def _load_info(directory: Path, problems: list[Problem], overlays: OverlayReader) -> PackInfo:
    path = directory / PACK_FILE
    if path.exists() or path.is_symlink():
        info, document, found = _parse(path, PackInfo, directory)
        problems += found
        if isinstance(info, PackInfo) and document is not None:
            if overlays.languages:
                for language, translated_info in overlays.read(path, document.data, info).items():
                    overlays.translations[language].info = translated_info
            return info
    else:
        problems.append(
            Problem(
                _display(path), 1, 1, "no pack.yaml; using the bundled pack's dimensions", severity="warning"
            )
        )
    bundled = bundled_pack_dir() / PACK_FILE
    if bundled != path and bundled.is_file():
        info, _, _ = _parse(bundled, PackInfo, bundled.parent)
        if isinstance(info, PackInfo):
            return info
    return PackInfo(
        id="unnamed", title=directory.name, version="0", description="(no pack.yaml)", dimensions=[]
    )


def _with_pack_sources(directory: Path, corpus: Corpus, problems: list[Problem]) -> Corpus:
    """The bundled sources and the pack's own; each unusable one is a problem."""
    bundled = corpus.bundled()
    documents, found = load_pack_sources(directory, bundled)
    problems += [Problem(_display(p.file), p.line, 1, p.message) for p in found]
    return bundled.with_pack_sources(documents)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a pack loads.

    A load allocates tens of thousands of long-lived objects (YAML nodes, structs)
    and no garbage cycles; the collector would rescan the growing heap again and
    again for nothing (measured: about a fifth of the load time at 300 scenarios).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # The objects the load made are nearly all in use for as long as the pack is: they go
        # straight to the oldest generation (``freeze`` then ``unfreeze``, which moves them
        # without looking at them). Otherwise the first collection once the collector is back
        # scans every one of them, as young objects, for nothing (measured: 0.1 s of CPU per
        # 10,000 scenarios). They stay collectable: the full collections look at them as at
        # any old object. (Nothing else in the app uses ``gc.freeze``, which ``unfreeze`` would undo.)
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def load_pack(
    directory: Path, corpus: Corpus, strict: bool = False, *, cancelled: Callable[[], bool] | None = None
) -> LoadedPack:
    """Every valid scenario in ``directory`` and every problem found, located.

    ``strict`` adds the advisory checks of ``explorer validate --strict``: stages dated
    before a source they cite (``explorer.core.pack.timeline``). ``cancelled`` is asked
    between files; once it answers true the load stops with ``LoadCancelled`` (a window
    closing during the load of a huge pack).
    """
    with _collector_paused():
        return _load_pack(directory, corpus, strict, cancelled or (lambda: False))


def _scenario_files(directory: Path, problems: list[Problem]) -> list[Path]:
    # Names, not paths, are listed and sorted: in one folder the order is the same, and at
    # 100,000 files comparing strings in C instead of paths in Python saves seconds.
    try:
        with os.scandir(directory) as entries:
            names = sorted(
                (
                    entry.name
                    for entry in entries
                    if entry.name != PACK_FILE and os.path.splitext(entry.name)[1] in {".yaml", ".yml"}
                ),
                key=os.path.normcase,  # as paths compare: case-folded on Windows
            )
    except OSError:
        names = []
    files = [directory / name for name in names]
    if len(files) > budget.MAX_SCENARIOS:
        problems.append(
            Problem(
                _display(directory),
                1,
                1,
                f"{len(files):,} scenario files; a pack holds at most {budget.MAX_SCENARIOS:,}, "
                f"so only the first {budget.MAX_SCENARIOS:,} (by name) were read; split the pack",
            )
        )
        del files[budget.MAX_SCENARIOS :]
    return files


def _load_pack(directory: Path, corpus: Corpus, strict: bool, cancelled: Callable[[], bool]) -> LoadedPack:
    problems: list[Problem] = []
    if not directory.is_dir():
        problems.append(Problem(_display(directory), 1, 1, "not a directory"))
        info = PackInfo(id="missing", title=directory.name, version="0", description="-", dimensions=[])
        return LoadedPack(directory, info, problems=problems, corpus=corpus.bundled())
    # Shown names are worked out once for the folder, not once per file (a path lookup each).
    shown = _display(directory)
    corpus = _with_pack_sources(directory, corpus, problems)
    overlays = OverlayReader(directory, corpus, shown)
    info = _load_info(directory, problems, overlays)
    pack = LoadedPack(directory, info, problems=problems, corpus=corpus, translations=overlays.translations)
    dimension_ids = {d.id for d in info.dimensions}
    files = _scenario_files(directory, problems)
    # How a file of the folder is shown: the folder's shown name joined as ``Path`` joins it,
    # worked out once (a ``Path`` per file costs a second at 100,000 files).
    shown_prefix = str(Path(shown) / "_")[:-1]
    # Scenarios often quote the same passage: each distinct quote is anchored once.
    resolved: Resolved = {}
    glosses = GlossRegister()
    for path in files:
        if cancelled():
            raise LoadCancelled(str(directory))
        file = shown_prefix + path.name
        scenario, document, found = _parse(path, Scenario, directory, file)
        problems += found
        if not isinstance(scenario, Scenario) or document is None:
            continue
        if scenario.id in pack.files:
            line, column = document.locate("id")
            other = _display(pack.files[scenario.id])
            problems.append(
                Problem(file, line, column, f"duplicate scenario id `{scenario.id}` (also in {other})", "id")
            )
            continue
        findings, anchors = check_scenario(
            scenario,
            document.data,
            dimension_ids,
            corpus,
            resolved,
            raw=document.raw or None,
            short_texts=document.short_texts,
        )
        findings += check_about(scenario, corpus)
        findings += check_replay(scenario)
        findings += glosses.check(scenario, file)
        if strict:
            findings += check_dates(scenario, corpus)
        located = _located(findings, document, file)
        problems += located
        if any(p.severity == "error" for p in located):
            continue
        pack.scenarios.append(scenario)
        pack.files[scenario.id] = path
        for citation_id, anchor in anchors.items():
            pack.anchors[(scenario.id, citation_id)] = anchor
        if overlays.languages:
            for language, translated_scenario in overlays.read(path, document.data, scenario).items():
                overlays.translations[language].scenarios[scenario.id] = translated_scenario
    if overlays.languages:
        pack.translation_problems = overlays.finish([PACK_FILE, *(path.name for path in files)])
    if not files:
        problems.append(Problem(_display(directory), 1, 1, "no scenario files (*.yaml) in this directory"))
    problems.sort(key=lambda p: (p.file, p.line, p.column))
    return pack


def scenario_schema() -> dict[str, Any]:
    """JSON Schema of a scenario file, for authors' editors."""
    schema: dict[str, Any] = msgspec.json.decode(
        # ECMAScript regexes (JSON Schema) have no ``\Z``; their ``$`` means the same.
        msgspec.json.encode(msgspec.json.schema(Scenario)).replace(b"\\\\Z", b"$")
    )
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Peace-operations explorer scenario"
    return schema
