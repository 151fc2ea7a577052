"""The words the interface shows in more than one place, translated: defined once, here.

The core returns keys (``Evidence``, ``Step``, a language code, a ``Verdict``); these
functions turn them into words in the interface language. The English is the core's
(``explorer.core.vocabulary``); each word is marked here with ``QT_TRANSLATE_NOOP`` in the
context ``Vocabulary`` so that ``lupdate`` offers it once to translators, and a test checks
that the two English lists agree. Every call translates anew, so text rendered after a
language change is in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from explorer.core.evidence.review import Verdict
from explorer.core.evidence.source_date import date_words
from explorer.core.pack.model import Evidence
from explorer.core.reflection.journal import DEFAULT_NAME
from explorer.core.reflection.matrix import EVIDENCE_MARKS
from explorer.core.vocabulary import ExportLabels
from explorer.core.workshop.room_view import RoomView
from explorer.core.workshop.session import Step
from explorer.ui.i18n import QT_TRANSLATE_NOOP
from explorer.ui.pack_language import app_language
from explorer.ui.plain_text import arg

CONTEXT = "Vocabulary"

TRANSLATION = QT_TRANSLATE_NOOP("Vocabulary", "Translation (not in the source)")

#: The name of the journal the app starts for every reader (shown in the journal's panels).
DEFAULT_JOURNAL = QT_TRANSLATE_NOOP("Vocabulary", "My journal")


def journal_name(name: str) -> str:
    """A journal's name as shown: the app's own default one in the interface language (its file
    keeps the core's English name, so it is found again whatever the language)."""
    return QCoreApplication.translate(CONTEXT, DEFAULT_JOURNAL) if name == DEFAULT_NAME else name


#: After the evidence mark, in a sentence: "● stated in the cited documents".
EVIDENCE = {
    Evidence.STATED: QT_TRANSLATE_NOOP("Vocabulary", "stated in the cited documents"),
    Evidence.INFERRED: QT_TRANSLATE_NOOP("Vocabulary", "inferred from the cited passages"),
    Evidence.ASSUMPTION: QT_TRANSLATE_NOOP("Vocabulary", "facilitator assumption"),
}
#: Beside the mark where room is short: "● stated".
EVIDENCE_SHORT = {
    Evidence.STATED: QT_TRANSLATE_NOOP("Vocabulary", "stated"),
    Evidence.INFERRED: QT_TRANSLATE_NOOP("Vocabulary", "inferred"),
    Evidence.ASSUMPTION: QT_TRANSLATE_NOOP("Vocabulary", "facilitator assumption"),
}

LANGUAGES = {
    "nl": QT_TRANSLATE_NOOP("Vocabulary", "Dutch"),
    "fr": QT_TRANSLATE_NOOP("Vocabulary", "French"),
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "de": QT_TRANSLATE_NOOP("Vocabulary", "German"),
}

CONFIDENCE = {
    1: QT_TRANSLATE_NOOP("Vocabulary", "a guess"),
    2: QT_TRANSLATE_NOOP("Vocabulary", "unsure"),
    3: QT_TRANSLATE_NOOP("Vocabulary", "fairly sure"),
    4: QT_TRANSLATE_NOOP("Vocabulary", "sure"),
    5: QT_TRANSLATE_NOOP("Vocabulary", "certain"),
}

STEPS = {
    Step.LOBBY: QT_TRANSLATE_NOOP("Vocabulary", "Welcome"),
    Step.ROLES: QT_TRANSLATE_NOOP("Vocabulary", "Roles"),
    Step.CONTEXT: QT_TRANSLATE_NOOP("Vocabulary", "Context"),
    Step.CHOICES: QT_TRANSLATE_NOOP("Vocabulary", "Choices"),
    Step.EVIDENCE: QT_TRANSLATE_NOOP("Vocabulary", "Evidence"),
    Step.FIRST_VOTE: QT_TRANSLATE_NOOP("Vocabulary", "First vote (blind)"),
    Step.DISCUSSION: QT_TRANSLATE_NOOP("Vocabulary", "Discussion"),
    Step.SECOND_VOTE: QT_TRANSLATE_NOOP("Vocabulary", "Second vote"),
    Step.RESULTS: QT_TRANSLATE_NOOP("Vocabulary", "Results"),
    Step.END: QT_TRANSLATE_NOOP("Vocabulary", "End"),
}

VERDICTS = {
    Verdict.CONFIRMED: QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    Verdict.SHOULD_BE_INFERRED: QT_TRANSLATE_NOOP("Vocabulary", "should be inferred"),
    Verdict.UNSUPPORTED: QT_TRANSLATE_NOOP("Vocabulary", "unsupported by the passage"),
    Verdict.GLOSS_PROBLEM: QT_TRANSLATE_NOOP("Vocabulary", "gloss problem"),
    Verdict.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "other problem"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translation_label() -> str:
    """ "Translation (not in the source)": beside every gloss, so nobody takes it for the source."""
    return _t(TRANSLATION)


def gloss_line(gloss: str) -> str:
    """ "Translation (not in the source): …", one line."""
    return arg(QCoreApplication.translate("Vocabulary", "%1: %2"), translation_label(), gloss)


def evidence_words(evidence: Evidence) -> str:
    return _t(EVIDENCE[evidence])


def evidence_short(evidence: Evidence) -> str:
    return _t(EVIDENCE_SHORT[evidence])


def evidence_legend() -> str:
    """ "● stated in the cited documents · ◐ inferred … · ○ facilitator assumption"."""
    return " · ".join(f"{EVIDENCE_MARKS[e]} {evidence_words(e)}" for e in Evidence)


def language_name(code: str) -> str:
    """A language's name in the interface language; an unknown code as it is."""
    return _t(LANGUAGES[code]) if code in LANGUAGES else code


def confidence_words(level: int) -> str:
    return _t(CONFIDENCE[level]) if level in CONFIDENCE else ""


def step_name(step: Step) -> str:
    return _t(STEPS[step])


def verdict_words(verdict: Verdict) -> str:
    return _t(VERDICTS[verdict])


def room_step(view: RoomView) -> str:
    """Where the room is, as the presenter's top line says it ("Context 2 of 5", "Results")."""
    if view.kind not in Step.__members__.values():
        return ""
    step = Step(view.kind)
    if view.pages and step is Step.ROLES:
        return arg(QCoreApplication.translate("Vocabulary", "Role %1 of %2"), view.page, view.pages)
    if view.pages and step is Step.CONTEXT:
        return arg(QCoreApplication.translate("Vocabulary", "Context %1 of %2"), view.page, view.pages)
    if view.pages and step is Step.EVIDENCE:
        return arg(QCoreApplication.translate("Vocabulary", "Evidence %1 of %2"), view.page, view.pages)
    return step_name(step)


def room_progress(view: RoomView) -> str:
    """Which scenario of the agenda the room is at ("Scenario 2 of 3"), or ``""`` outside it."""
    if not view.items:
        return ""
    return arg(QCoreApplication.translate("Vocabulary", "Scenario %1 of %2"), view.item, view.items)


def room_subheading(view: RoomView) -> str:
    """The line under the heading: the pack's (decision maker, role's actor), else the step's own."""
    if view.subheading:
        return view.subheading
    if view.kind == Step.LOBBY.value:
        return QCoreApplication.translate("Vocabulary", "Workshop")
    if view.kind == Step.END.value:
        return QCoreApplication.translate("Vocabulary", "Thank you")
    return ""


def month_names() -> tuple[str, ...]:
    """January to December in the interface language, as a date writes them ("23 maart 2018")."""
    locale = QLocale(app_language())
    return tuple(locale.monthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13))


def date_said(text: str) -> str:
    """A date as a pack or metadata writes it ("2013-11", "after 2020") in the interface's words
    ("novembre 2013", "na 2020"); see ``explorer.core.evidence.source_date.date_words``."""
    return date_words(text, export_labels())


def export_labels() -> ExportLabels:
    """The shared words of an export (journal, debrief) in the interface language."""
    return ExportLabels(
        lang=app_language(),
        translation=translation_label(),
        evidence={e: evidence_words(e) for e in Evidence},
        languages={code: language_name(code) for code in LANGUAGES},
        confidence={level: confidence_words(level) for level in CONFIDENCE},
        steps={step.value: step_name(step) for step in Step},
        months=month_names(),
        translate=QCoreApplication.translate,  # thread-safe: exports are written on a worker
    )
