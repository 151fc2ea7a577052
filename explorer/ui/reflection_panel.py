"""The reflection panel: the reader's first instinct, weights, choice, confidence, rationale
and own citations for the stage the main window shows, saved as they type.

Flow: record a first instinct *before* reading the evidence (optional); weigh the
dimensions and watch the ranking, its explanation and its sensitivity update
(``explorer.core.reflection.ranking``); choose, say how sure; write why; cite passages
selected in the source viewer (``add_citation``). Afterwards the panel says
whether the reader changed their mind and asks why.

Every change goes into the journal at once and is written to disk after a short
pause (``AUTOSAVE_MS``), atomically (``store.py``): the journal is encoded on the
GUI thread and written on the app's writer thread (``saving.BackgroundSaver``), so
typing never waits for the disk and the writes land in order; the last write, when
the window closes, is made at once so that a failure can still be asked about. A
damaged or newer-format journal opens read-only behind a banner: readable, never
written.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.anchoring import AnchorError
from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Dimension, Scenario, Stage
from explorer.core.reflection.citing import cite_span, known_gloss
from explorer.core.reflection.journal import Journal, JournalEntry, now, write_journal
from explorer.core.reflection.ranking import rank, stage_dimensions
from explorer.core.report import local_time
from explorer.core.search import plain_text
from explorer.core.store import StoreError
from explorer.ui import vocabulary
from explorer.ui.citations_box import CitationsBox
from explorer.ui.eliding_combo import ElidingComboBox
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.pack_language import localized
from explorer.ui.plain_text import arg, make_plain
from explorer.ui.ranking_box import RankingBox
from explorer.ui.saving import BackgroundSaver
from explorer.ui.theme import Appearance
from explorer.ui.wrapping_group_box import WrappingGroupBox


class ReflectionPanel(FollowsLanguage, QWidget):
    saved = Signal(str)  # the journal's path, after each write
    entryChanged = Signal(str, str)  # scenario id, stage id: an entry was created or changed
    passageRequested = Signal(str, int, int)  # source id, edition start, end: show a cited passage
    exportRequested = Signal(str, str)  # scenario id, stage id: export this entry

    AUTOSAVE_MS = 400

    def __init__(
        self,
        corpus: Corpus,
        journal: Journal,
        pack: LoadedPack | None = None,
        parent: QWidget | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # the warning banner is drawn in its colours
        self._corpus, self._journal = corpus, journal
        #: The pack as given, and as shown: choices, claims and dimension labels in the app's language.
        self._base_pack, self._pack = pack, localized(pack) if pack is not None else None
        self._scenario: Scenario | None = None
        self._stage: Stage | None = None
        self._entry: JournalEntry | None = None  # what is shown; in the journal once changed
        self._loading = False
        self._unsaved = False  # changes in the journal not yet written to disk
        #: Why the last write failed ("" after a good one): kept for the question at quit.
        self.save_error = ""
        self._saver = BackgroundSaver(self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(self.AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._build()
        self.set_journal(journal)
        self.retranslate_ui()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("journalBanner")
        self.banner.setStyleSheet(self._banner_style())  # again when the theme changes
        self.banner.setTextFormat(Qt.TextFormat.RichText)  # built here, the journal's message escaped
        self.banner.hide()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

        # 1. First instinct, before the evidence.
        self.instinct_box = WrappingGroupBox(self)
        self.instinct_combo = ElidingComboBox(self)
        self.record_instinct = QPushButton(self)
        self.instinct_label = QLabel(self)
        self.instinct_label.setWordWrap(True)
        self.instinct_label.setTextFormat(Qt.TextFormat.RichText)  # built here, choice labels escaped
        self.forget_instinct = QPushButton(self)
        # The choice on a line of its own: a long label never widens the panel past the window.
        row = QHBoxLayout()
        row.addWidget(self.record_instinct)
        row.addWidget(self.forget_instinct)
        row.addStretch(1)
        self.instinct_hint = QLabel(self)
        self.instinct_hint.setWordWrap(True)
        box = QVBoxLayout(self.instinct_box)
        box.addWidget(self.instinct_hint)
        box.addWidget(self.instinct_combo)
        box.addWidget(self.instinct_label)
        box.addLayout(row)

        # 2. What matters, and the ranking it gives.
        self.weights_box = WrappingGroupBox(self)
        self.ranking = RankingBox(self)
        self.weights = self.ranking.weights
        QVBoxLayout(self.weights_box).addWidget(self.ranking)

        # 3. The decision.
        self.decision_box = WrappingGroupBox(self)
        self.choice_combo = ElidingComboBox(self)
        self.confidence = QSlider(Qt.Orientation.Horizontal, self)
        self.confidence.setRange(1, 5)
        self.confidence.setPageStep(1)
        self.confidence.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.confidence_word = QLabel(self)
        make_plain(self.confidence_word)
        self.mind_label = QLabel(self)
        self.mind_label.setWordWrap(True)
        self.mind_label.setTextFormat(Qt.TextFormat.RichText)  # built here, choice labels escaped
        self.mind_edit = QPlainTextEdit(self)
        self.mind_edit.setTabChangesFocus(True)

        confidence_row = QHBoxLayout()
        confidence_row.addWidget(self.confidence, 1)
        confidence_row.addWidget(self.confidence_word)
        form = QFormLayout(self.decision_box)
        self.choice_caption, self.confidence_caption = QLabel(self), QLabel(self)
        self.choice_caption.setBuddy(self.choice_combo)
        self.confidence_caption.setBuddy(self.confidence)
        form.addRow(self.choice_caption, self.choice_combo)
        form.addRow(self.confidence_caption, confidence_row)
        form.addRow(self.mind_label)
        form.addRow(self.mind_edit)

        # Hindsight, once the choice is made: never before (it would decide for the reader).
        self.afterwards_box = WrappingGroupBox(self)
        self.afterwards_text = QLabel(self)
        self.afterwards_text.setTextFormat(Qt.TextFormat.PlainText)
        self.afterwards_text.setWordWrap(True)
        self.afterwards_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.afterwards_box).addWidget(self.afterwards_text)
        self.afterwards_box.hide()

        # 4. Rationale and 5. the passages cited.
        self.rationale_box = WrappingGroupBox(self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setTabChangesFocus(True)
        QVBoxLayout(self.rationale_box).addWidget(self.rationale)
        self.citations_box = WrappingGroupBox(self)
        self.citations = CitationsBox(self._corpus, self)
        QVBoxLayout(self.citations_box).addWidget(self.citations)

        self.export_button = QPushButton(self)
        self.status = QLabel(self)
        make_plain(self.status)  # names the journal and quotes errors
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.export_button)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        for group in (
            self.instinct_box,
            self.weights_box,
            self.decision_box,
            self.afterwards_box,
            self.rationale_box,
            self.citations_box,
        ):
            group.place_heading()
            layout.addWidget(group)
        self._fit_editors()
        layout.addStretch(1)
        # not ``self.scroll``: that would hide QWidget.scroll()
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.banner)
        outer.addWidget(scroll, 1)
        outer.addLayout(footer)

        self.record_instinct.clicked.connect(self._record_instinct)
        self.forget_instinct.clicked.connect(self._forget_instinct)
        self.ranking.weightsChanged.connect(self._changed)
        self.choice_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.confidence.valueChanged.connect(self._confidence_moved)
        self.mind_edit.textChanged.connect(self._changed)
        for combo in (self.instinct_combo, self.choice_combo):
            # A long choice label is elided in the closed box (its list shows it whole), so the
            # panel's minimum width does not follow the longest label of the pack.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.rationale.textChanged.connect(self._changed)
        self.citations.changed.connect(self._changed)
        self.citations.passageRequested.connect(self.passageRequested)
        self.export_button.clicked.connect(self._export)

    def retranslate_ui(self) -> None:
        """The panel's words in the language of the moment: at start and on a language change;
        and the same entry again (``set_pack``), its own words (the empty choices, the before/after
        lines) and the pack's text in the app's language."""
        self.banner.setAccessibleName(self.tr("Journal warning"))
        self._name_journal()
        if self._scenario is None:
            self.heading.setText(self.tr("<i>Open a scenario to reflect on it.</i>"))
        self.instinct_box.setTitle(self.tr("1. First instinct, before reading the evidence"))
        self.instinct_combo.setAccessibleName(self.tr("First instinct"))
        self.record_instinct.setText(self.tr("&Record first instinct"))
        self.record_instinct.setAccessibleName(self.tr("Record first instinct"))
        self.forget_instinct.setText(self.tr("Forget it"))
        self.forget_instinct.setAccessibleName(self.tr("Forget the first instinct"))
        self.instinct_hint.setText(
            self.tr(
                "Which way do you lean before opening any passage? Later you will see whether "
                "the evidence changed your mind."
            )
        )
        self.weights_box.setTitle(self.tr("2. What matters to you"))
        self.decision_box.setTitle(self.tr("3. Your decision"))
        self.choice_combo.setAccessibleName(self.tr("Your choice"))
        self.confidence.setAccessibleName(self.tr("Confidence"))
        self.mind_edit.setAccessibleName(self.tr("Why you changed your mind, or kept it"))
        self.choice_caption.setText(self.tr("&Choice:"))
        self.confidence_caption.setText(self.tr("Confi&dence:"))
        if self.afterwards_box.isHidden():  # shown, it is titled by _show_afterwards (with a date)
            self.afterwards_box.setTitle(self.tr("What happened afterwards"))
        self.afterwards_text.setAccessibleName(self.tr("What happened afterwards"))
        self.rationale_box.setTitle(self.tr("4. Your rationale"))
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why this choice? In your own words."))
        self.citations_box.setTitle(self.tr("5. Passages you cite"))
        self.export_button.setText(self.tr("E&xport this entry…"))
        self.export_button.setAccessibleName(self.tr("Export this entry"))
        self.status.setAccessibleName(self.tr("Save status"))
        if self._base_pack is not None:
            self.set_pack(self._base_pack)

    def _name_journal(self) -> None:
        """The banner of a read-only journal and the status line naming the journal."""
        self.banner.setText(
            arg(self.tr("<b>This journal is read-only.</b> %1"), html.escape(self._journal.message))
        )
        self.status.setText(arg(self.tr("Journal: %1"), vocabulary.journal_name(self._journal.name)))

    def minimumSizeHint(self) -> QSize:
        # The dock is never narrower than the content (plus its vertical scroll bar), so
        # sliders and buttons are never hidden behind a sideways scroll bar, at any zoom.
        hint = super().minimumSizeHint()
        scroll = getattr(self, "scroll_area", None)  # asked while the panel is still being built
        content = scroll.widget() if scroll is not None else None
        if scroll is None or content is None:
            return hint
        bar = scroll.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + bar), hint.height())

    # -- public API --------------------------------------------------------------------------------
    @property
    def journal(self) -> Journal:
        return self._journal

    def set_pack(self, pack: LoadedPack) -> None:
        self._base_pack, self._pack = pack, localized(pack)
        if self._scenario is not None and self._stage is not None:
            self.set_stage(self._scenario.id, self._stage.id, force=True)

    def set_journal(self, journal: Journal) -> None:
        """Show (and from now on save to) another journal; the current one is saved first.

        Saved at once, not queued: the caller may give up that file's lock next.
        """
        self.flush(final=True)
        self._journal = journal
        self.banner.setVisible(journal.read_only)
        self._name_journal()
        if self._scenario is not None and self._stage is not None:
            self.set_stage(self._scenario.id, self._stage.id, force=True)

    def set_stage(self, scenario_id: str, stage_id: str | None = None, force: bool = False) -> None:
        """Reflect on this stage (the scenario's first if None): show its entry, if there is one.

        Showing the stage already shown does nothing (the reader may be typing), unless ``force``.
        """
        if self._pack is None:
            return
        try:
            scenario = self._pack.scenario(scenario_id)
        except KeyError:
            return
        stage = next((s for s in scenario.stages if s.id == stage_id), scenario.stages[0])
        if not force and self._scenario is scenario and self._stage is stage:
            return
        self.flush()
        self._scenario, self._stage = scenario, stage
        self._entry = self._journal.entry(scenario.id, stage.id) or JournalEntry(
            scenario.id, stage.id, weights=self._recent_weights()
        )
        self._show_entry()

    def current_entry(self) -> JournalEntry | None:
        """The entry shown, if it is in the journal (the reader changed something)."""
        if self._scenario is None or self._stage is None:
            return None
        return self._journal.entry(self._scenario.id, self._stage.id)

    def add_citation(self, source_id: str, edition_start: int, edition_end: int) -> bool:
        """Cite a span of a source's reading edition in this entry ("cite in my rationale")."""
        if self._entry is None:
            self._say(self.tr("Open a scenario first, then cite passages in your rationale."))
            return False
        if self._journal.read_only:
            self._say(self.tr("This journal is read-only; the passage was not added."))
            return False
        try:
            citation = cite_span(self._corpus[source_id], edition_start, edition_end)
        except (KeyError, AnchorError) as error:
            self._say(arg(self.tr("Could not cite that selection: %1"), error))
            return False
        if self._base_pack is not None:  # kept in the journal: the pack's own (English) gloss
            citation.gloss = known_gloss(self._base_pack, citation)
        spans = [c.span for c in self._entry.citations]
        if citation.span not in spans:  # the same passage twice is one citation
            self._entry.citations.append(citation)
            spans.append(citation.span)
            self._changed()
        self.citations.set_citations(self._entry.citations, spans.index(citation.span))
        return True

    def flush(self, final: bool = False) -> None:
        """Write pending changes (also on hide, close and quit) on the writer thread.

        ``final`` (the window closes): wait for the writes under way and write here
        and now, so that ``has_unsaved`` and ``save_error`` say at once how it ended.
        """
        if not (self._unsaved or (final and self._saver.pending)):
            return
        self._autosave.stop()
        self._unsaved = False
        try:
            payload = self._journal.encoded()
        except StoreError as error:  # read-only, or data that cannot be written: kept in memory
            self._not_written(error)
            return
        path, name = self._journal.path, self._journal.name

        def ended(error: BaseException | None) -> None:
            if error is None:
                self._written(path, name)
            else:
                self._not_written(error)

        if final:
            ended(self._saver.finish(lambda: write_journal(path, payload)))
        else:
            self._saver.save(str(path), lambda: write_journal(path, payload), ended)

    def _written(self, path: Path, name: str) -> None:
        self.save_error = ""
        self._say(arg(self.tr("Saved to “%1” at %2"), name, local_time(now())))
        self.saved.emit(str(path))

    def _not_written(self, error: BaseException) -> None:
        self._unsaved = True  # kept in memory; the next change or flush tries again
        self.save_error = str(error)
        self._say(arg(self.tr("Not saved: %1"), str(error)))

    def has_unsaved(self) -> bool:
        """Whether the journal holds changes that are not on disk (a save failed)."""
        return self._unsaved

    # -- showing an entry --------------------------------------------------------------------------
    def _recent_weights(self) -> dict[str, float]:
        # A reader's priorities carry over from their most recent entry.
        entries = self._journal.entries()
        return dict(entries[0].weights) if entries else {}

    def _dimensions(self) -> list[Dimension]:
        assert self._pack is not None and self._stage is not None
        known = {d.id: d for d in self._pack.info.dimensions}
        return [
            known.get(d, Dimension(id=d, label=d, description=d))
            for d in stage_dimensions(self._stage.choices)
        ]

    def _show_entry(self) -> None:
        assert self._scenario is not None and self._stage is not None and self._entry is not None
        entry, stage = self._entry, self._stage
        self._loading = True
        title = html.escape(self._scenario.title)
        if len(self._scenario.stages) > 1:
            title += " — " + html.escape(stage.title)
        self.heading.setText(f"<b>{title}</b><br>{html.escape(stage.question)}")
        for combo, empty in (
            (self.instinct_combo, self.tr("— choose —")),
            (self.choice_combo, self.tr("— not decided —")),
        ):
            combo.clear()
            combo.addItem(empty, None)
            for choice in stage.choices:
                combo.addItem(choice.label, choice.id)
        self.choice_combo.setCurrentIndex(max(0, self.choice_combo.findData(entry.choice)))
        self.confidence.setValue(entry.confidence or 3)
        self.rationale.setPlainText(entry.rationale)
        self.mind_edit.setPlainText(entry.changed_mind)
        self.weights.set_dimensions(self._dimensions(), entry.weights, entry.assumption_factor)
        self.citations.set_citations(entry.citations)
        self._loading = False
        read_only = self._journal.read_only
        for widget in (self.instinct_box, self.weights, self.decision_box):
            widget.setEnabled(not read_only)
        self.rationale.setReadOnly(read_only)  # still selectable and scrollable
        self.citations.set_read_only(read_only)
        self._update_derived()

    def _update_derived(self) -> None:
        """Confidence word, the before/after state and the ranking: all follow the entry."""
        assert self._stage is not None and self._entry is not None
        entry = self._entry
        if entry.confidence is None:  # the slider's middle position is not an answer
            self.confidence_word.setText(self.tr("not said"))
        else:
            self.confidence_word.setText(
                f"{entry.confidence}/5 · {vocabulary.confidence_words(entry.confidence)}"
            )
        labels = {c.id: c.label for c in self._stage.choices}
        recorded = entry.first_instinct is not None
        self.instinct_combo.setVisible(not recorded)
        self.record_instinct.setVisible(not recorded)
        self.instinct_hint.setVisible(not recorded)
        self.forget_instinct.setVisible(recorded)
        self.instinct_label.setVisible(recorded)
        if recorded:
            self.instinct_label.setText(
                arg(
                    self.tr("Your first instinct (recorded %1): <b>%2</b>"),
                    html.escape(local_time(entry.first_instinct_at)),
                    html.escape(labels.get(entry.first_instinct or "", entry.first_instinct or "")),
                )
            )
        changed = entry.changed_his_mind()
        self.mind_label.setVisible(changed is not None)
        self.mind_edit.setVisible(changed is not None)
        if changed:
            self.mind_label.setText(
                arg(
                    self.tr("You changed your mind: first <b>%1</b>, now <b>%2</b>. Why?"),
                    html.escape(labels.get(entry.first_instinct or "", "")),
                    html.escape(labels.get(entry.choice or "", "")),
                )
            )
        elif changed is False:
            self.mind_label.setText(
                self.tr("You kept your first instinct. What in the evidence confirmed it?")
            )
        self.export_button.setEnabled(self.current_entry() is not None)
        self._show_afterwards(entry.choice is not None)
        ranking = rank(self._stage, entry.weights, entry.assumption_factor)
        self.ranking.show_ranking(ranking, entry.choice, {d.id: d.label for d in self._dimensions()})
        # Wrapped text changed height: the scroll area must measure its content again (it is
        # told only of resizes, and a label's new height would otherwise squeeze the sliders).
        QCoreApplication.postEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def _show_afterwards(self, chosen: bool) -> None:
        stage = self._stage
        shown = chosen and stage is not None and bool(stage.afterwards.strip())
        if shown and stage is not None:
            title = self.tr("What happened afterwards")
            if stage.as_of:
                title = arg(self.tr("What happened afterwards (after %1)"), vocabulary.date_said(stage.as_of))
            self.afterwards_box.setTitle(title)
            paragraphs = [
                " ".join(p.split()) for p in plain_text(stage.afterwards).split("\n\n") if p.strip()
            ]
            self.afterwards_text.setText("\n\n".join(paragraphs))
        else:
            self.afterwards_text.clear()  # not merely hidden: nothing of it exists before the choice
        self.afterwards_box.setVisible(shown)

    # -- changes -----------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self._loading or self._entry is None or self._stage is None or self._journal.read_only:
            return
        entry = self._entry
        entry.choice = self.choice_combo.currentData()
        entry.rationale = self.rationale.toPlainText()
        entry.changed_mind = self.mind_edit.toPlainText()
        entry.weights = {**entry.weights, **self.weights.weights()}
        entry.assumption_factor = self.weights.assumption_factor()
        assert self._scenario is not None
        labels = {c.id: c.label for c in self._stage.choices}
        entry.scenario_title, entry.stage_title = self._scenario.title, self._stage.title
        entry.choice_label = labels.get(entry.choice or "", "")
        entry.first_instinct_label = labels.get(entry.first_instinct or "", "")
        self._journal.put(entry)
        self._unsaved = True
        self._autosave.start()  # restarted by every change: one write per pause
        self._update_derived()
        self.entryChanged.emit(entry.scenario, entry.stage)

    def _confidence_moved(self, value: int) -> None:
        if not self._loading and self._entry is not None and not self._journal.read_only:
            self._entry.confidence = value
            self._changed()

    def _record_instinct(self) -> None:
        choice = self.instinct_combo.currentData()
        if self._entry is None or choice is None:
            self._say(self.tr("Pick the choice you lean towards first."))
            return
        self._entry.first_instinct, self._entry.first_instinct_at = choice, now()
        self._changed()
        self.choice_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_instinct(self) -> None:
        if self._entry is not None:
            self._entry.first_instinct, self._entry.first_instinct_at = None, ""
            self._changed()

    def _export(self) -> None:
        if self._entry is not None:
            self.flush()
            self.exportRequested.emit(self._entry.scenario, self._entry.stage)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _fit_editors(self) -> None:
        lines = self.fontMetrics().lineSpacing()
        self.mind_edit.setMaximumHeight(lines * 5)
        self.rationale.setMinimumHeight(lines * 7)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the app zoomed: editors keep their size in lines
            self._fit_editors()
        elif event.type() == QEvent.Type.PaletteChange:  # the theme changed: so does the banner
            self.banner.setStyleSheet(self._banner_style())

    def _banner_style(self) -> str:
        return self._appearance.colours().banner_style("journalBanner")

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
