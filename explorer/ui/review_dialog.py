"""Review mode: a second reader goes through a pack's claims one by one and records a verdict on each.

Each claim is shown with its status, the written reasoning of an inference, and
every cited passage in its setting (a few sentences of the reading edition
around the quote, the quote in bold) with its gloss marked as a translation. The
reviewer picks a verdict (Ctrl+1…Ctrl+5), may write a note, and records it
(Ctrl+Return), which signs it with their name and moves on. Previous and next
are Ctrl+PgUp and Ctrl+PgDown. The verdicts are saved in the background, one
write at a time, to the pack's ``review.json``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.evidence.context import in_context
from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.review import (
    ItemKind,
    Review,
    ReviewItem,
    ReviewRecord,
    ReviewState,
    Verdict,
    review_items,
    save_snapshot,
)
from explorer.core.pack.loader import LoadedPack
from explorer.core.pack.model import Choice, Evidence
from explorer.core.reflection.matrix import EVIDENCE_MARKS, effect_symbol
from explorer.ui import vocabulary, window_layout
from explorer.ui.claim_html import arg, verdict_words
from explorer.ui.i18n import FollowsLanguage
from explorer.ui.markdown_render import CITE_SCHEME
from explorer.ui.pack_language import localized
from explorer.ui.safe_documents import SafeTextBrowser
from explorer.ui.settings import REVIEWER_NAME, Settings
from explorer.ui.tasks import Task, run_task, wait_for_all
from explorer.ui.theme import THEME_EVENTS, Appearance

ALL, NEEDING_REVIEW, OPEN_FINDINGS = range(3)


class ReviewDialog(FollowsLanguage, QDialog):
    citationActivated = Signal(str, str)  # scenario id, citation id: show it in the source viewer
    verdictRecorded = Signal()

    def __init__(
        self,
        pack: LoadedPack,
        corpus: Corpus,
        review: Review,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        appearance: Appearance,
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance  # the claim is drawn in its colours
        self.setObjectName("review-mode")
        self._pack, self._corpus, self.review, self._settings = pack, corpus, review, settings
        self._items = list(review_items(pack.scenarios))
        #: The claims the filter keeps, by index in ``_items``: all of them, as the filter starts.
        self._shown: list[int] = list(range(len(self._items)))
        self._at = 0
        self._saving: Task | None = None
        self._save_again = False
        self.last_error: BaseException | None = None

        self.filter = QComboBox(self)
        self.filter.addItems(["", "", ""])  # ALL, NEEDING_REVIEW, OPEN_FINDINGS: named in retranslate_ui
        self.filter_label = filter_label = QLabel(self)
        filter_label.setBuddy(self.filter)
        self.position = QLabel(self)
        self.position.setTextFormat(Qt.TextFormat.PlainText)

        self.claim = SafeTextBrowser(self)  # follows no link itself, loads nothing

        self.verdict_box = QGroupBox(self)
        self.verdicts = QButtonGroup(self)
        # Three to a row: five in one row made the dialog wider than a 1024-pixel screen.
        verdict_grid = QGridLayout(self.verdict_box)
        for number in range(1, len(Verdict) + 1):  # a button and a key (Ctrl+1 …) a verdict
            button = QRadioButton(self)
            self.verdicts.addButton(button, number - 1)
            verdict_grid.addWidget(button, (number - 1) // 3, (number - 1) % 3)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, b=button: b.isEnabled() and b.setChecked(True))
            self.addAction(action)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.reviewer = QLineEdit(settings.get(REVIEWER_NAME), self)
        form = QFormLayout()
        self.note_caption, self.reviewer_caption = QLabel(self), QLabel(self)
        self.note_caption.setBuddy(self.note)
        self.reviewer_caption.setBuddy(self.reviewer)
        form.addRow(self.note_caption, self.note)
        form.addRow(self.reviewer_caption, self.reviewer)

        self.previous_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.record_button = QPushButton(self)
        # The keys are the dialog's actions (they work from any field); the buttons keep mnemonics.
        for keys, slot in (
            (("Ctrl+PgUp",), lambda: self.step(-1)),
            (("Ctrl+PgDown",), lambda: self.step(+1)),
            (("Ctrl+Return", "Ctrl+Enter"), self.record),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)
        self.record_button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.position)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.claim, 1)
        layout.addWidget(self.verdict_box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

        self.filter.currentIndexChanged.connect(lambda _i: self._refilter(keep=False))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.record_button.clicked.connect(self.record)
        self.claim.anchorClicked.connect(self._follow)
        window_layout.open_fitted(self, (900, 700))  # all of it, the Record button too, at 1024x700
        self.retranslate_ui()  # and shows the first claim
        self.claim.setFocus()

    def retranslate_ui(self) -> None:
        """The dialog's words, and the claim with where it stands (``show_current``: in the app's
        language around the English), in the language of the moment: at start and on a language
        change."""
        self.setWindowTitle(self.tr("Review the pack's claims"))
        for index, text in enumerate(
            (
                self.tr("All claims"),
                self.tr("Needing review (unreviewed or stale)"),
                self.tr("Open findings (verdicts other than confirmed)"),
            )
        ):
            self.filter.setItemText(index, text)
        self.filter.setAccessibleName(self.tr("Which claims to go through"))
        self.filter_label.setText(self.tr("&Show:"))
        self.position.setAccessibleName(self.tr("Position in the review"))
        self.claim.setAccessibleName(self.tr("Claim under review, its passages in context"))
        self.verdict_box.setTitle(self.tr("Verdict (Ctrl+1 … Ctrl+5; record with Ctrl+Return)"))
        labels = {
            Verdict.CONFIRMED: self.tr("&Confirmed"),
            Verdict.SHOULD_BE_INFERRED: self.tr("Should be &inferred"),
            Verdict.UNSUPPORTED: self.tr("&Unsupported"),
            Verdict.GLOSS_PROBLEM: self.tr("&Gloss problem"),
            Verdict.OTHER: self.tr("O&ther"),
        }
        for number, verdict in enumerate(Verdict, 1):
            button = self.verdicts.button(number - 1)
            button.setText(labels[verdict])
            button.setToolTip(arg(self.tr("Ctrl+%1"), str(number)))
            button.setAccessibleName(arg(self.tr("Verdict: %1"), verdict_words(verdict)))
        self.note.setAccessibleName(self.tr("Note on the verdict"))
        self.note.setPlaceholderText(self.tr("What is wrong, or what would fix it (optional)."))
        self.reviewer.setAccessibleName(self.tr("Your name, signed on each verdict"))
        self.note_caption.setText(self.tr("N&ote:"))
        self.reviewer_caption.setText(self.tr("Your &name:"))
        self.previous_button.setText(self.tr("&Previous"))
        self.previous_button.setToolTip(self.tr("Previous claim (Ctrl+PgUp)"))
        self.next_button.setText(self.tr("&Next"))
        self.next_button.setToolTip(self.tr("Next claim (Ctrl+PgDown)"))
        self.record_button.setText(self.tr("&Record verdict and go on"))
        self.record_button.setToolTip(
            self.tr("Sign the verdict with your name and go to the next claim (Ctrl+Return)")
        )
        for push, name in (
            (self.previous_button, self.tr("Previous claim")),
            (self.next_button, self.tr("Next claim")),
            (self.record_button, self.tr("Record the verdict and go to the next claim")),
        ):
            push.setAccessibleName(name)
        self.status.setAccessibleName(self.tr("Review status"))
        self.show_current()

    # -- which item ----------------------------------------------------------------------------------
    @property
    def current(self) -> ReviewItem | None:
        return self._items[self._shown[self._at]] if self._shown else None

    def _wanted(self, state: ReviewState, record: ReviewRecord | None) -> bool:
        mode = self.filter.currentIndex()
        if mode == NEEDING_REVIEW:
            return state is not ReviewState.REVIEWED
        if mode == OPEN_FINDINGS:
            return (
                state is ReviewState.REVIEWED
                and record is not None
                and record.verdict is not Verdict.CONFIRMED
            )
        return True

    def _refilter(self, keep: bool) -> None:
        current = self._shown[self._at] if keep and self._shown else None
        states = self.review.states(self._items)
        self._shown = [i for i, (_item, state, record) in enumerate(states) if self._wanted(state, record)]
        if current is not None:
            # Stay at the same place in the pack even if the item itself left the filter.
            self._at = next(
                (n for n, i in enumerate(self._shown) if i >= current), max(0, len(self._shown) - 1)
            )
        else:
            self._at = 0
        self.show_current()

    def step(self, by: int) -> None:
        if self._shown:
            self._at = max(0, min(len(self._shown) - 1, self._at + by))
            self.show_current()

    def go_to(self, location_key: str) -> bool:
        """Show the item at ``scenario/stage/choice/tradeoffs[N]`` (all claims shown)."""
        for index, item in enumerate(self._items):
            if item.location.key == location_key:
                if self.filter.currentIndex() != ALL:
                    self.filter.setCurrentIndex(ALL)
                self._at = self._shown.index(index)
                self.show_current()
                return True
        return False

    # -- showing -------------------------------------------------------------------------------------
    def show_current(self) -> None:
        item = self.current
        total = len(self._items)
        if item is None:
            self.position.setText(self.tr("Nothing to review here."))
            nothing = self.tr("No claim matches this choice of claims.")
            self.claim.setHtml(f"<p><i>{escape(nothing)}</i></p>")
            for widget in (self.verdict_box, self.note, self.record_button):
                widget.setEnabled(False)
            return
        for widget in (self.verdict_box, self.note, self.record_button):
            widget.setEnabled(True)
        self.position.setText(
            arg(
                self.tr("Claim %1 of %2 shown (%3 in the pack)"),
                str(self._at + 1),
                str(len(self._shown)),
                str(total),
            )
        )
        self.previous_button.setEnabled(self._at > 0)
        self.next_button.setEnabled(self._at < len(self._shown) - 1)
        state, record = self.review.lookup(item)
        self.verdicts.setExclusive(False)
        for button in self.verdicts.buttons():
            button.setChecked(False)
        self.verdicts.setExclusive(True)
        # "Should be inferred" only makes sense of a claim marked stated.
        self.verdicts.button(list(Verdict).index(Verdict.SHOULD_BE_INFERRED)).setEnabled(
            item.evidence is Evidence.STATED
        )
        if record is not None:
            self.verdicts.button(list(Verdict).index(record.verdict)).setChecked(True)
        self.note.setPlainText(record.note if record is not None else "")
        self.claim.setHtml(self.item_html(item, state))
        self.claim.verticalScrollBar().setValue(0)

    def item_html(self, item: ReviewItem, state: ReviewState) -> str:
        c = self._appearance.colours()
        muted = c.muted_text.name()
        scenario = item.scenario
        # A verdict judges the pack as written (its hash is of the English); the reader's
        # language shows around it: where it is, the dimension, a rendering, the glosses.
        shown = localized(self._pack)
        shown_scenario = shown.scenario(scenario.id) if shown is not self._pack else scenario
        stage = next(s for s in shown_scenario.stages if s.id == item.location.stage)
        choice = next(ch for ch in stage.choices if ch.id == item.location.choice)
        where = " › ".join(escape(t) for t in (shown_scenario.title, stage.title, choice.label))
        parts = [f'<p style="color:{muted}">{where}</p>']
        if item.location.kind is ItemKind.TRADEOFF:
            dimension = escape(shown.dimension_label(item.location.dimension))
            colour = c.effect(item.effect).name()
            parts.append(
                f'<h3><span style="color:{colour}">{effect_symbol(item.effect)}</span> '
                f"{dimension} ({item.effect:+d})</h3>"
            )
        else:
            side = (
                self.tr("Argument for")
                if item.location.kind is ItemKind.ARGUMENT_FOR
                else self.tr("Argument against")
            )
            parts.append(f"<h3>{escape(side)}</h3>")
        parts.append(f"<p><b>{escape(item.text)}</b></p>")
        rendering = _rendering(choice, item)
        if rendering and rendering != item.text:
            words = arg(self.tr("In your language (the verdict is on the text above): %1"), rendering)
            parts.append(f'<p style="color:{muted}"><i>{escape(words)}</i></p>')
        if item.evidence is not None:
            words = {
                Evidence.STATED: self.tr("stated: the cited passage itself asserts this effect"),
                Evidence.INFERRED: self.tr("inferred: follows from the passages by a written step"),
                Evidence.ASSUMPTION: self.tr("facilitator assumption"),
            }[item.evidence]
            parts.append(f"<p>{EVIDENCE_MARKS[item.evidence]} {escape(words)}</p>")
        if item.reasoning.strip():
            reasoning = self.tr("Reasoning:")
            parts.append(f"<p><i>{escape(reasoning)}</i> {escape(' '.join(item.reasoning.split()))}</p>")
        elif item.evidence is Evidence.INFERRED:
            missing = self.tr("No reasoning written.")
            parts.append(f'<p style="color:{c.assumption.name()}"><i>{escape(missing)}</i></p>')
        parts.append(f'<p style="color:{muted}">{escape(self._state_words(item, state))}</p>')
        heading = self.tr("Cited passages, in context")
        parts.append(f"<h4>{escape(heading)}</h4>")
        for citation_id, judged in item.citations:
            citation = shown_scenario.evidence.get(citation_id, judged)  # its gloss for this reader
            document = None
            if citation.source in self._corpus:
                document = self._corpus[citation.source]
            label = escape(document.metadata.label if document else citation.source)
            link = f'<a href="{CITE_SCHEME}:{escape(citation_id)}">{label}&#8239;↗</a>'
            anchor = self._pack.anchors.get((scenario.id, citation_id))
            if document is not None and anchor is not None:
                passage = in_context(document, anchor)
                text = (
                    f'<span style="color:{muted}">{"… " if passage.cut_before else ""}'
                    f"{escape(passage.before)}</span><b>{escape(passage.quote)}</b>"
                    f'<span style="color:{muted}">{escape(passage.after.rstrip())}'
                    f"{' …' if passage.cut_after else ''}</span>"
                )
            else:
                text = f"<b>{escape(citation.quote)}</b>"
            parts.append(f"<p>{link}</p><blockquote>{text}</blockquote>")
            if citation.gloss:
                label_words = escape(arg(self.tr("%1:"), vocabulary.translation_label()))
                parts.append(f"<blockquote><i>{label_words}</i> {escape(citation.gloss)}</blockquote>")
            if citation.note:
                note = arg(self.tr("Author’s note: %1"), citation.note)
                parts.append(f'<blockquote style="color:{muted}">{escape(note)}</blockquote>')
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS and hasattr(self, "claim"):
            self._redraw_claim()

    def _redraw_claim(self) -> None:
        """The claim in the new theme's colours; the verdict and note being written stay as they are."""
        item = self.current
        if item is None:
            return
        scroll = self.claim.verticalScrollBar().value()
        self.claim.setHtml(self.item_html(item, self.review.lookup(item)[0]))
        self.claim.verticalScrollBar().setValue(scroll)

    def _state_words(self, item: ReviewItem, state: ReviewState) -> str:
        _state, record = self.review.lookup(item)
        if record is None or state is ReviewState.UNREVIEWED:
            return self.tr("Not reviewed yet.")
        who = arg(self.tr("%1 on %2"), record.reviewer, record.date)
        if state is ReviewState.STALE:
            return arg(
                self.tr(
                    "Reviewed as “%1” by %2, but the claim or its passages changed since: review it again."
                ),
                verdict_words(record.verdict),
                who,
            )
        return arg(self.tr("Reviewed: %1, by %2."), verdict_words(record.verdict), who)

    # -- recording -----------------------------------------------------------------------------------
    def record(self) -> bool:
        item = self.current
        if item is None:
            return False
        chosen = self.verdicts.checkedId()
        if chosen < 0:
            self.status.setText(self.tr("Choose a verdict first (Ctrl+1 … Ctrl+5)."))
            self.verdicts.buttons()[0].setFocus()
            return False
        name = self.reviewer.text().strip()
        if not name:
            self.status.setText(self.tr("Type your name: each verdict is signed."))
            self.reviewer.setFocus()
            return False
        verdict = list(Verdict)[chosen]
        self.review.record(item, verdict, name, self.note.toPlainText())
        self._settings.set(REVIEWER_NAME, name)
        self._save()
        self.status.setText(arg(self.tr("Recorded: %1 — %2."), item.location.key, verdict_words(verdict)))
        self.verdictRecorded.emit()
        before = len(self._shown)
        self._refilter(keep=True)
        if len(self._shown) == before:  # the item stayed in the list: move on past it
            self.step(+1)
        return True

    def _save(self) -> None:
        """One write at a time, in the background; the newest state is written last."""
        if self._saving is not None and not self._saving.done:
            self._save_again = True
            return
        self._save_again = False
        self._saving = run_task(
            save_snapshot, self.review.path, self.review.snapshot(), name="save-review", parent=self
        )
        self._saving.failed.connect(self._save_failed)
        self._saving.finished.connect(self._saved)

    def _saved(self) -> None:
        if self._save_again:
            self._save()

    def flush(self) -> None:
        """Write a verdict still waiting for its turn, now (the app is quitting or the pack changing)."""
        if self._save_again:
            wait_for_all()  # the write under way first, so the newer one lands last
            self._save_again = False
            try:
                save_snapshot(self.review.path, self.review.snapshot())
            except OSError as error:
                self._save_failed(error)

    def _save_failed(self, error: BaseException) -> None:
        self.last_error = error
        self.status.setText(
            arg(self.tr("Not saved: %1. The verdicts stay here; record another to try again."), str(error))
        )

    def _follow(self, url: QUrl) -> None:
        item = self.current
        if url.scheme() == CITE_SCHEME and item is not None:
            self.citationActivated.emit(item.scenario.id, url.path())


def _rendering(choice: Choice, item: ReviewItem) -> str:
    """The judged text as the reader's pack has it (a translation), or ""."""
    location = item.location
    if location.kind is ItemKind.TRADEOFF:
        tradeoffs = choice.tradeoffs
        return tradeoffs[location.index].claim if location.index < len(tradeoffs) else ""
    arguments = choice.arguments_for if location.kind is ItemKind.ARGUMENT_FOR else choice.arguments_against
    return arguments[location.index].text if location.index < len(arguments) else ""
