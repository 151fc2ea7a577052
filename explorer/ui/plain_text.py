"""Pack and user text on screen as text, never as markup.

Wherever a label, tooltip or message box is left on ``AutoText``, Qt guesses
from the first line whether a string is HTML (``Qt.mightBeRichText``). A pack
string such as ``<img src="/dev/zero">Protection of civilians`` would then be
laid out as rich text, and Qt would read the "image" from disk without end (the
app aborts with ``std::bad_alloc``). So every place that shows pack or user text
uses one of these helpers instead of hoping the text holds no ``<``:

- ``label`` / ``make_plain``: a ``QLabel`` fixed to ``PlainText``;
- ``tooltip``: a string Qt shows literally as a tooltip (also for item models'
  ``ToolTipRole`` and the ``title`` of links in rendered Markdown);
- ``mnemonic_free``: text for buttons, tabs and actions, where ``&`` marks a shortcut;
- ``window_title``: text for window titles, where ``[*]`` marks unsaved changes;
- ``status_line``: one bounded line for the status bar;
- ``arg``: ``%1``… filled in one pass, so a ``%2`` inside pack text stays literal, and a
  value with direction marks isolated, so a right-to-left override in a pack string
  cannot reverse the app's words after it;
- ``as_literal``: any text for a place that guesses between plain and rich;
- ``show_message``: a ``QMessageBox`` whose text is shown as typed;
- ``source_with_time``: a source's label with the time a citation describes, if it says one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

#: A tooltip is read at a glance; beyond this it is cut (and a megabyte would stall layout).
TOOLTIP_LIMIT = 1500
#: A message box with more than this is cut: the rest would not fit on a screen anyway.
MESSAGE_LIMIT = 4000
#: The status bar has one line.
STATUS_LIMIT = 300

_PLACEHOLDER = re.compile(r"%(\d{1,2})")
#: Explicit direction marks, embeddings, overrides and isolates (Unicode bidi controls).
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ISOLATE_OPENERS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
_POP_ISOLATE = "\u2069"  # PDI


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally, line breaks kept.

    Text Qt would take for plain is returned as it is (Qt shows it as typed);
    text it would take for HTML is escaped inside a paragraph that keeps its
    white space, so what the reader sees is the same characters either way.
    """
    return as_literal(_cut(text, TOOLTIP_LIMIT))


def as_literal(text: str) -> str:
    """``text`` for a place that guesses plain or rich (``AutoText``), shown as typed either way."""
    if not GuiQt.mightBeRichText(text):
        return text
    from html import escape  # here: this module is imported before the first paint, and rarely needs it

    return f"<p style='white-space:pre-wrap'>{escape(text, quote=False)}</p>"


def make_plain(*labels: QLabel) -> None:
    """Fix each label to plain text: whatever it is given later shows as typed."""
    for each in labels:
        each.setTextFormat(Qt.TextFormat.PlainText)


def label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A ``QLabel`` that shows ``text`` (and any text set later) as typed, never as markup."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    widget.setText(text)
    return widget


def mnemonic_free(text: str) -> str:
    """Text for a button, tab, group box or action: a pack's ``&`` is shown, not made a shortcut."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """Text for a window title: a pack's ``[*]`` is shown, not taken for the "unsaved" mark."""
    return text.replace("[*]", "[*][*]")


def status_line(text: str, limit: int = STATUS_LIMIT) -> str:
    """One line of at most ``limit`` characters, for the status bar (which draws plain text)."""
    return _cut(" ".join(text.split()), limit)


def isolate(text: str) -> str:
    """``text`` as a bidi isolate if it holds direction controls, so they end where it ends.

    A pop (PDI) with no opener of its own in ``text`` is dropped (it would close the
    isolate early); every isolate ``text`` opens is closed. Embeddings and overrides
    inside end at the closing PDI (Unicode's bidi algorithm, which Qt follows).
    """
    if not _BIDI_CONTROLS.search(text):
        return text
    depth, kept = 0, []
    for character in text:
        if character in _ISOLATE_OPENERS:
            depth += 1
        elif character == _POP_ISOLATE:
            if depth == 0:
                continue
            depth -= 1
        kept.append(character)
    return "\u2068" + "".join(kept) + _POP_ISOLATE * (depth + 1)


def arg(template: str, *values: object) -> str:
    """``QString.arg`` in one pass: ``%1`` … ``%n`` become ``values``; markers inside them stay.

    Values with direction controls are isolated (``isolate``); others are inserted as they are.
    """

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return isolate(str(values[number - 1])) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def source_with_time(source_label: str, about: str) -> str:
    """``Buitelaar & Van Willigen 2021, about 2013``: where a citation's source is named, the time
    its passage describes (``Citation.about``) goes with it, so a later source is not read as news;
    said as the interface says dates ("about November 2013" for 2013-11)."""
    if not about:
        return source_label
    from explorer.ui.vocabulary import date_said  # here: vocabulary itself builds on this module

    return arg(QCoreApplication.translate("PlainText", "%1, about %2"), source_label, date_said(about))


#: Qt's own message boxes, by icon (tests replace these to answer them).
_BOXES = {
    QMessageBox.Icon.Information: "information",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Critical: "critical",
}


def show_message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """Qt's modal message box of that kind, its text shown as typed (it may quote a pack,
    a file name or an error): ``as_literal`` escapes it if Qt would take it for HTML."""
    ask = getattr(QMessageBox, _BOXES.get(icon, "information"))
    shown = (parent, window_title(title), as_literal(_cut(text, MESSAGE_LIMIT)))
    if buttons == QMessageBox.StandardButton.Ok and default == QMessageBox.StandardButton.NoButton:
        answer = ask(*shown)
    else:
        answer = ask(*shown, buttons, default)
    return answer if isinstance(answer, QMessageBox.StandardButton) else QMessageBox.StandardButton.NoButton
