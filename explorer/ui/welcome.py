"""The first-run page: what the app is for, where the documents come from, how to follow a citation."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.ui import vocabulary
from explorer.ui.i18n import FollowsLanguage

if TYPE_CHECKING:  # the first screen must not wait for the core's imports
    from explorer.core.evidence.corpus import Corpus


class WelcomePage(FollowsLanguage, QWidget):
    """A short page with the shortest path into a first scenario."""

    startRequested = Signal()
    shortcutsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._corpus: Corpus | None = None
        self._ready: tuple[str | None, int] | None = None  # what set_ready was given, if anything
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.RichText)
        # Qt's button for "go on from here": the first scenario's title and length are its
        # description, which wraps (as a push button's text, a long title in French made the
        # page wider than a 1024-pixel window, the text cut off at its right edge).
        self.start_button = QCommandLinkButton(self)
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)
        self.shortcuts_button = QPushButton(self)
        self.start_button.clicked.connect(self.startRequested)
        self.shortcuts_button.clicked.connect(self.shortcutsRequested)

        column = QWidget(self)
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.addWidget(self.intro)
        inner.addWidget(self.sources)
        inner.addWidget(self.how)
        inner.addWidget(self.start_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shortcuts_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        inner.addStretch(1)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.addWidget(column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setFocusProxy(self.start_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The page's words in the language of the moment: at start and on a language change."""
        self.intro.setText(
            "<h1>"
            + self.tr("Peace-operations dilemma explorer")
            + "</h1><p>"
            + self.tr(
                "Work through real policy dilemmas of UN and other peace operations: what to "
                "contribute, how to protect civilians, what is lost when a mission leaves. Each "
                "scenario puts a decision in front of you, with its choices, the arguments for "
                "and against, and what each choice gains or costs."
            )
            + "</p>"
        )
        self.how.setText(
            "<h2>"
            + self.tr("Follow a citation")
            + "</h2><p>"
            + self.tr(
                "Nobody has to take a scenario's word for anything. Underlined words are citations: "
                "click one, or reach it with Tab and press Enter, and the document opens beside the "
                "scenario with the exact passage highlighted. Dutch and French passages come with an "
                "English translation. Alt+Left takes you back."
            )
            + "</p>"
        )
        start = self.tr("Start with the first scenario")
        self.start_button.setText(start)
        self.start_button.setAccessibleName(start)  # its description says which (accessibleDescription)
        self.shortcuts_button.setText(self.tr("Keyboard shortcuts"))
        self.shortcuts_button.setAccessibleName(self.tr("Show the keyboard shortcuts"))
        self.set_corpus(self._corpus)
        if self._ready is None:
            self._describe_start(self.tr("Loading scenarios…"))
        else:
            self.set_ready(*self._ready)

    def set_corpus(self, corpus: Corpus | None) -> None:
        self._corpus = corpus
        heading = "<h2>" + self.tr("Where the documents come from") + "</h2>"
        if corpus is None:
            body = self.tr("Five public documents about peace operations, 2018 to 2026 (loading…).")
            self.sources.setText(f"{heading}<p>{body}</p>")
            return
        from explorer.core.evidence.corpus import kind_words  # loaded with the corpus

        labels = vocabulary.export_labels()  # the kind as the source viewer's details line says it
        items = "".join(
            f"<li><b>{escape(doc.metadata.label)}</b>: {escape(doc.metadata.title)} · "
            f"{escape(kind_words(doc.metadata.kind, labels))} · "
            f"{escape(vocabulary.language_name(doc.metadata.language))}</li>"
            for doc in corpus
        )
        lead = self.tr(
            "Every claim is tied to a passage in one of these public documents, kept exactly as "
            "received and shown in a clean reading edition:"
        )
        self.sources.setText(f"{heading}<p>{lead}</p><ul>{items}</ul>")

    def set_ready(self, first_title: str | None, minutes: int = 0) -> None:
        """Enable the start button once the pack is loaded (``None``: nothing to start)."""
        self._ready = (first_title, minutes)
        if first_title is None:
            self._describe_start(self.tr("No scenarios in this pack"))
            self.start_button.setEnabled(False)
            return
        length = self.tr("about %n minutes", "", minutes) if minutes else ""
        self._describe_start(f"{first_title} · {length}" if length else first_title)
        self.start_button.setEnabled(True)

    def _describe_start(self, description: str) -> None:
        """What the start button says under its words: the first scenario, or why there is none yet."""
        self.start_button.setDescription(description)
        self.start_button.setAccessibleDescription(description)
