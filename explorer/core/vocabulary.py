"""The words shown in more than one place, in English, and the labels an export prints.

The core returns keys (``Evidence``, a ``Step`` value, a language code); the interface
turns them into words through ``explorer.ui.vocabulary``, which marks the same English
for translation (Qt's ``lupdate``), so these stay the one English definition.

Exports (journal and debrief, Markdown, HTML, PDF) are written by the core, which knows
no Qt and no language. They print their shared words from an ``ExportLabels``: English by
default (the command line), translated when the interface passes
``explorer.ui.vocabulary.export_labels()``. To make an export follow another language,
build an ``ExportLabels`` with that language's words; every field has its English default,
so a caller can replace only some of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from explorer.core.pack.model import Evidence

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """``%1``…``%9`` in ``text`` replaced by ``values`` in one pass, as Qt's ``arg`` does.

    One pass: a ``%2`` inside a value (a pack title, a reader's words) stays literal.
    A placeholder with no value is left as it is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def counted(count: int, singular: str, plural: str = "") -> str:
    """``count`` and its noun in English, singular for exactly one ("1 scenario", "2 scenarios").

    For the command line's English; the interface counts through Qt's plural forms.
    """
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def untranslated(context: str, text: str) -> str:
    """The English of an export word, as is: the command line's translation."""
    del context
    return text


#: Beside a gloss: the words after it are the app's translation, not the source's.
TRANSLATION = "Translation (not in the source)"

#: Written out, not ``calendar.month_name``: that follows the C library's locale, which Qt sets
#: from the system's (``setlocale`` in ``QCoreApplication``), so it would be Dutch on a Dutch desktop.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: How a trade-off's evidence status reads after its mark (``EVIDENCE_MARKS``).
EVIDENCE: Mapping[Evidence, str] = MappingProxyType(
    {
        Evidence.STATED: "stated in the cited documents",
        Evidence.INFERRED: "inferred from the cited passages",
        Evidence.ASSUMPTION: "facilitator assumption",
    }
)

#: Languages of the sources and quotes, by ISO 639-1 code.
LANGUAGES: Mapping[str, str] = MappingProxyType(
    {"nl": "Dutch", "fr": "French", "en": "English", "de": "German"}
)

#: A reader's confidence in a choice, 1 to 5.
CONFIDENCE: Mapping[int, str] = MappingProxyType(
    {1: "a guess", 2: "unsure", 3: "fairly sure", 4: "sure", 5: "certain"}
)

#: The steps of a workshop, by ``Step`` value (``explorer.core.workshop.session``).
STEPS: Mapping[str, str] = MappingProxyType(
    {
        "lobby": "Welcome",
        "roles": "Roles",
        "context": "Context",
        "choices": "Choices",
        "evidence": "Evidence",
        "first-vote": "First vote (blind)",
        "discussion": "Discussion",
        "second-vote": "Second vote",
        "results": "Results",
        "end": "End",
    }
)


@dataclass(frozen=True)
class ExportLabels:
    """The shared words an export prints. English by default; the interface passes its own.

    ``explorer.ui.vocabulary.export_labels()`` fills it in the interface language.
    """

    #: The language these words are in (ISO 639-1): an HTML export's ``<html lang>``, so that
    #: screen readers and hyphenation read it as what it is.
    lang: str = "en"
    translation: str = TRANSLATION
    evidence: Mapping[Evidence, str] = field(default_factory=lambda: EVIDENCE)
    languages: Mapping[str, str] = field(default_factory=lambda: LANGUAGES)
    confidence: Mapping[int, str] = field(default_factory=lambda: CONFIDENCE)
    steps: Mapping[str, str] = field(default_factory=lambda: STEPS)
    #: The months' names, January first, as a date is written in running text ("23 maart 2018").
    months: Sequence[str] = MONTHS
    #: ``(context, English) -> words``: every other word of an export goes through it, written
    #: as ``labels.translate("Export", "…")`` with two literals so that ``lupdate`` finds it.
    #: Not compared: two labels are equal when they print the same shared words.
    translate: Callable[[str, str], str] = field(default=untranslated, compare=False)

    def language(self, code: str) -> str:
        """A language's name, or ``""`` for a code this vocabulary does not know."""
        return self.languages.get(code, "")


ENGLISH = ExportLabels()
