"""Read one translation overlay and check it against the base file it translates.

The format is ``explorer.core.pack.translations``'s: ``language`` and ``texts``, one entry
(``from``, ``text``) per key. An overlay comes from anyone, like a pack file, so it is read
the same way (a regular file only, bounded, aliases and size checked) and every mistake is
located at its line. An entry that breaks a rule is not used (the base text shows instead);
a stale entry (its ``from`` no longer the base text's hash) is used and reported.

What an overlay gives is a plain map key → text. ``apply`` writes it into a copy of the base
(parsed as plain data), and the caller converts that back into its model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explorer.core.pack import budget
from explorer.core.pack.checks import placeholder_findings
from explorer.core.pack.gloss_consistency import GlossRegister
from explorer.core.pack.problem import Problem, Severity
from explorer.core.pack.reading import Unreadable, read_pack_file
from explorer.core.pack.translations import (
    TRANSLATIONS_DIR,
    gloss_keys,
    quoted_citations,
    text_hash,
    translatable_texts,
)
from explorer.core.pack.yamlsource import Located, YamlDocument, read_yaml

#: A language folder's name: ``nl``, ``fr``, ``pt-br``.
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?\Z")
_CITE_LINK = re.compile(r"\]\(cite:([^)\s]*)\)")
#: Keys whose text is Markdown (rendered, and cited with ``[words](cite:id)``).
_MARKDOWN_ENDINGS = ("context", "afterwards", "facilitator_notes", "brief")
#: Lists whose items are found by ``id`` in a key; the other lists by position.
_BY_ID = frozenset({"stages", "choices", "dimensions", "roles"})
#: Problems reported per overlay; past this, one line says how many more there are.
MAX_PROBLEMS = 100
#: How a translation *behind* its base is reported: a text missing or not yet translated, or
#: stale. A warning, not an error: the English shows in its place, so no reader meets a
#: broken page, and an author who adds or rewords English does not fail ``explorer validate``
#: (nor a CI job) until every translator has caught up; ``--strict`` makes them fail, for a
#: release that must be complete. What is *wrong* (an extra key, another language, changed
#: ``cite:`` ids, a gloss no reader needs, a malformed entry, a file beyond the budgets) is an error.
BEHIND: Severity = "warning"


@dataclass
class Overlay:
    """The usable texts of one overlay, and how far it covers its base."""

    language: str
    path: Path
    #: key → translated text: the entries that passed every check (stale ones included).
    texts: dict[str, str] = field(default_factory=dict)
    #: Keys the base has and the overlay lacks (or has unusable), and keys whose base changed.
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    errors: int = 0

    @property
    def complete(self) -> bool:
        return not self.missing and not self.stale and not self.errors


def languages(folder: Path) -> list[str]:
    """The languages with a translation folder beside the files of ``folder`` (cheap when none)."""
    root = folder / TRANSLATIONS_DIR
    if not root.is_dir():
        return []
    try:
        return sorted(p.name for p in root.iterdir() if LANGUAGE_PATTERN.match(p.name) and p.is_dir())
    except OSError:  # a folder we may not list: as good as none (the base files still load)
        return []


def file_names(folder: Path, language: str) -> set[str]:
    """The names in one language folder (empty if it cannot be listed)."""
    try:
        return {p.name for p in (folder / TRANSLATIONS_DIR / language).iterdir()}
    except OSError:
        return set()


def overlay_path(base: Path, language: str) -> Path:
    return base.parent / TRANSLATIONS_DIR / language / base.name


def is_markdown(key: str) -> bool:
    last = key.rsplit(".", 1)[-1]
    # A choice's description is Markdown; a dimension's or the pack's is one line.
    return last in _MARKDOWN_ENDINGS or (last == "description" and ".choices." in key)


def cited(text: str) -> set[str]:
    return set(_CITE_LINK.findall(text))


class _Report:
    """Problems of one overlay, located in its file, capped at ``MAX_PROBLEMS``."""

    def __init__(self, file: str, document: YamlDocument | None = None) -> None:
        self.file = file
        self.document = document
        self.problems: list[Problem] = []
        self.dropped = 0

    def add(self, path: str, message: str, severity: Severity = "error", key: bool = False) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        line, column = self.document.locate(path, key=key) if self.document else (1, 1)
        self.problems.append(Problem(self.file, line, column, message, path, severity))

    def finish(self) -> list[Problem]:
        if self.dropped:
            last = self.problems[-1]
            more = f"and {self.dropped:,} more problems in this translation; fix the ones above first"
            self.problems.append(Problem(self.file, last.line, last.column, more))
        return self.problems


def check_overlay(
    path: Path,
    base: Mapping[str, Any],
    language: str,
    source_languages: Mapping[str, str],
    root: Path,
    file: str = "",
    glosses: GlossRegister | None = None,
) -> tuple[Overlay | None, list[Problem]]:
    """The overlay at ``path`` checked against ``base`` (the parsed base file), and its problems.

    ``None`` when nothing of it can be used (unreadable, not an overlay, another language).
    ``root`` is the folder a link may point into (the pack's, or the resources').
    ``glosses`` holds the glosses of this language read so far in the pack: each gloss of this
    overlay is compared with them (one passage, one translation) and put on record.
    """
    report = _Report(file or str(path))
    try:
        document = read_yaml(read_pack_file(path, root, budget.MAX_FILE_BYTES))
    except Unreadable as error:
        report.add("", str(error))
        return None, report.finish()
    except Located as error:
        report.problems.append(Problem(report.file, error.line, error.column, error.message))
        return None, report.finish()
    report.document = document
    data = document.data
    if not isinstance(data, dict) or not isinstance(data.get("texts"), dict):
        report.add("", "a translation must be a mapping with `language` and `texts` (key: from, text)")
        return None, report.finish()
    for name in data:
        if name not in ("language", "texts"):
            report.add(
                str(name), f"unknown field `{name}` (a translation has `language` and `texts`)", key=True
            )
    if data.get("language") != language:
        report.add(
            "language",
            f"`language: {data.get('language')}` in the folder `{language}`; "
            f"write `language: {language}` or move the file",
        )
        return None, report.finish()
    overlay = Overlay(language, path)
    _check_texts(data["texts"], base, overlay, source_languages, report)
    if glosses is not None:
        _check_glosses(overlay, base, glosses, report)
    overlay.errors = sum(1 for p in report.problems if p.severity == "error") + report.dropped
    return overlay, report.finish()


def _check_texts(
    texts: dict[Any, Any],
    base: Mapping[str, Any],
    overlay: Overlay,
    source_languages: Mapping[str, str],
    report: _Report,
) -> None:
    language = overlay.language
    wanted = translatable_texts(base)
    glosses = gloss_keys(base, language, source_languages)
    wanted.update(glosses)
    # Glosses of quotes already in the reader's language: named apart, the commonest mistake.
    all_glosses = gloss_keys(base, "", {})
    for key, entry in texts.items():
        at = f"texts[{key}]"
        if key not in wanted:
            if key in all_glosses:
                message = f"`{key}`: this quote is in {language} already; a {language} reader needs no gloss"
            else:
                message = f"`{key}` is not a text of the base file; remove it (or check the spelling)"
            report.add(at, message, key=True)
            continue
        text = _entry_text(entry, key, at, report)
        if text is None:
            continue
        base_text = wanted[key]
        if not _fits(key, text, at, report) or not _same_citations(key, text, base_text, at, report):
            continue
        overlay.texts[key] = text
        if entry.get("from") != text_hash(base_text):
            overlay.stale.append(key)
            what = "quote" if key in glosses else "English text"
            report.add(
                f"{at}.from",
                f"stale: the {what} of `{key}` changed since it was translated "
                f"(now `from: {text_hash(base_text)}`); check the translation and update `from`",
                BEHIND,
            )
    for key in wanted:
        if key not in overlay.texts:
            overlay.missing.append(key)
            if key not in texts:
                message = f"`{key}` is missing; translate it (`explorer translate` adds it)"
                report.add("texts", message, BEHIND, key=True)


def _check_glosses(
    overlay: Overlay, base: Mapping[str, Any], glosses: GlossRegister, report: _Report
) -> None:
    """A warning at each usable gloss that renders a passage otherwise than this language's
    earlier gloss of it (the English glosses are another register: another language)."""
    for key, citation in quoted_citations(base):
        text = overlay.texts.get(key)
        source = citation.get("source")
        if text is None or not isinstance(source, str):
            continue
        label = f"`{key}`"
        message = glosses.compare(source, citation["quote"], text, report.file, label)
        if message is not None:
            report.add(f"texts[{key}].text", message, "warning")


def _entry_text(entry: Any, key: str, at: str, report: _Report) -> str | None:
    if not isinstance(entry, dict):
        report.add(at, f"`{key}` must be a mapping with `from` and `text`")
        return None
    for name in entry:
        if name not in ("from", "text"):
            report.add(f"{at}.{name}", f"unknown field `{name}` in `{key}` (allowed: from, text)", key=True)
    source_hash = entry.get("from")
    if not isinstance(source_hash, str):
        report.add(f"{at}.from", f"`{key}` needs `from`: the hash of the text it translates, in quotes")
        return None
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        where = f"{at}.text" if "text" in entry else at
        report.add(where, f"`{key}` is not translated yet (empty `text`)", BEHIND)
        return None
    for finding in placeholder_findings(text):  # the pack's own rule: no TODO, TBD, "…" alone
        report.add(f"{at}.text", f"`{key}`: {finding.message.replace('real text', 'translation')}")
        return None
    return text


def _fits(key: str, text: str, at: str, report: _Report) -> bool:
    limit = budget.MAX_MARKDOWN_CHARS if is_markdown(key) else budget.MAX_TEXT_CHARS
    if len(text) > limit:
        report.add(f"{at}.text", f"`{key}` is longer than {limit:,} characters; shorten it")
        return False
    found = budget.markdown_problem(text) if is_markdown(key) else None
    if found:
        report.add(f"{at}.text", f"`{key}`: {found[0]}")
        return False
    return True


def _same_citations(key: str, text: str, base_text: str, at: str, report: _Report) -> bool:
    theirs, ours = cited(base_text), cited(text)
    if theirs == ours:
        return True
    lost = ", ".join(f"cite:{c}" for c in sorted(theirs - ours))
    added = ", ".join(f"cite:{c}" for c in sorted(ours - theirs))
    parts = ([f"lacks {lost}"] if lost else []) + ([f"adds {added}"] if added else [])
    report.add(
        f"{at}.text",
        f"`{key}` {' and '.join(parts)}; a translation cites exactly the passages its base text cites",
    )
    return False


def apply(base: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """A copy of ``base`` (plain data) with each keyed text replaced; unknown keys are skipped."""
    copy: dict[str, Any] = _copy(base)
    for key, text in texts.items():
        _put(copy, key.split("."), text)
    return copy


def _copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


def _put(node: Any, steps: list[str], text: str) -> None:
    parent = ""
    for step in steps[:-1]:
        if isinstance(node, dict):
            node = node.get(step)
        elif isinstance(node, list) and parent in _BY_ID:
            node = next((item for item in node if isinstance(item, dict) and item.get("id") == step), None)
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            return
        parent = step
    last = steps[-1]
    if isinstance(node, dict) and last in node:
        node[last] = text
    elif isinstance(node, dict) and last == "gloss":
        node[last] = text  # a gloss the base had no need of (an English quote)
    elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = text


def clear_glosses(
    data: dict[str, Any], base: Mapping[str, Any], language: str, sources: Mapping[str, str]
) -> None:
    """Drop the base's (English) gloss of every quote a ``language`` reader reads as written."""
    needed = gloss_keys(base, language, sources)
    for key in gloss_keys(base, "", {}):
        if key not in needed:
            _put(data, key.split("."), "")
