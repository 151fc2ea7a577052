"""Claims in the app: an inference's reasoning shown, hindsight only after the choice or the reveal,
and review mode driven from the keyboard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.core.evidence.corpus import Corpus
from explorer.core.evidence.review import ReviewState, Verdict, load_review, review_items, review_path
from explorer.core.workshop.room_view import room_view
from explorer.core.workshop.session import new_session
from explorer.ui.review_dialog import ReviewDialog
from explorer.ui.settings import REVIEWER_NAME
from explorer.ui.tasks import wait_for_all
from explorer.ui.tradeoffs import TradeOffMatrix
from explorer.ui.workshop.presenter import PresenterWindow
from tests.core.workshop_helpers import full_run, two_group_plan
from tests.pack_edits import AFTERWARDS, REASONING, edited_pack, with_time_and_reasoning
from tests.ui.test_workshop import visible_text

SCENARIO, STAGE = "belgian-presence", "the-offer"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def claims_pack(tmp_path: Path, corpus: Corpus) -> Path:
    pack = edited_pack(tmp_path / "claims-pack", corpus, with_time_and_reasoning)
    assert not pack.errors, pack.errors
    return pack.directory


def _open(make_window, claims_pack: Path):  # type: ignore[no-untyped-def]
    window = make_window(claims_pack)
    window.open_scenario(SCENARIO, STAGE)
    return window


def test_reasoning_beside_the_inferred_mark_and_the_stage_date(make_window, claims_pack: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, claims_pack)
    text = window.scenario_view.browser.toPlainText()
    assert f"◐ inferred — Reasoning: {REASONING}" in text
    assert "Date of the decision: 2021" in text


def test_the_matrix_cell_detail_shows_the_reasoning(
    qtbot, appearance, tmp_path: Path, corpus: Corpus, claims_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.pack.loader import load_pack

    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    qtbot.addWidget(matrix)
    matrix.resize(1000, 600)
    matrix.set_pack(load_pack(claims_pack, corpus))
    matrix.set_scenario(SCENARIO, None)
    matrix.show()
    table = matrix.model.table
    assert table is not None
    index = matrix.model.index_for(
        [c.id for c in table.choices].index("qualitative-presence"),
        [d.id for d in table.dimensions].index("national-readiness"),
    )
    qtbot.mouseClick(
        matrix.table.viewport(), Qt.MouseButton.LeftButton, pos=matrix.table.visualRect(index).center()
    )
    assert REASONING in matrix.cell_title.text() and "Reasoning" in matrix.cell_title.text()


def test_afterwards_stays_hidden_until_the_reader_has_chosen(qtbot, make_window, claims_pack: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, claims_pack)
    view = window.scenario_view
    button = view.afterwards_button
    assert button.isVisible() and not button.isEnabled()
    assert "record your choice first" in button.text() and button.accessibleName() == button.text()
    assert AFTERWARDS not in view.browser.toPlainText()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # disabled: nothing happens
    assert AFTERWARDS not in view.browser.toPlainText()

    # The reader opens reflection (Ctrl+J); nothing of the hindsight is in the panel yet.
    qtbot.keyClick(window, Qt.Key.Key_J, CTRL)
    panel = window.reflection.panel
    assert panel is not None
    assert not panel.afterwards_box.isVisible() and panel.afterwards_text.text() == ""
    # A first instinct is not a choice.
    panel.instinct_combo.setFocus()
    qtbot.keyClick(panel.instinct_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(panel.record_instinct, Qt.MouseButton.LeftButton)
    assert not button.isEnabled() and not panel.afterwards_box.isVisible()

    # The choice, with the keyboard.
    panel.choice_combo.setFocus()
    qtbot.keyClick(panel.choice_combo, Qt.Key.Key_Down)
    assert panel.choice_combo.currentData() == "qualitative-presence"
    assert panel.afterwards_box.isVisible() and AFTERWARDS in panel.afterwards_text.text()
    assert "after 2021" in panel.afterwards_box.title()
    # The scenario view's disclosure is now open to the reader, but still closed.
    assert button.isEnabled() and button.text() == "What happened afterwards"
    assert AFTERWARDS not in view.browser.toPlainText()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    text = view.browser.toPlainText()
    assert AFTERWARDS in text and "What happened afterwards (after 2021)" in text
    assert "Hindsight: not known at the time of the decision you just made." in text

    # Undeciding closes it again, and another stage starts closed.
    qtbot.keyClick(panel.choice_combo, Qt.Key.Key_Up)
    assert panel.choice_combo.currentData() is None
    assert not button.isEnabled() and AFTERWARDS not in view.browser.toPlainText()
    assert not panel.afterwards_box.isVisible() and panel.afterwards_text.text() == ""


def test_facilitator_notes_mode_offers_hindsight_labelled_as_such(
    qtbot, make_window, claims_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, claims_pack)
    view = window.scenario_view
    qtbot.keyClick(view.browser, Qt.Key.Key_N, CTRL_SHIFT)  # facilitator notes on
    assert view.notes_action.isChecked()
    button = view.afterwards_button
    assert button.isEnabled() and "hindsight" in button.text()
    assert AFTERWARDS not in view.browser.toPlainText()  # still behind the disclosure
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    text = view.browser.toPlainText()
    assert AFTERWARDS in text and "Hindsight, shown in facilitator-notes mode" in text
    qtbot.keyClick(view.browser, Qt.Key.Key_N, CTRL_SHIFT)  # notes off: closed and disabled again
    assert not button.isEnabled() and AFTERWARDS not in view.browser.toPlainText()


class _Room(QObject):
    changed = Signal(object)


def test_the_presenter_shows_afterwards_only_after_the_final_reveal(
    qtbot, tmp_path: Path, corpus: Corpus, claims_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.pack.loader import load_pack

    session = new_session(two_group_plan(load_pack(claims_pack, corpus), corpus, items=1))
    room = _Room()
    presenter = PresenterWindow(room_view(session, now=0), room.changed, title=session.title)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    with qtbot.waitExposed(presenter):
        presenter.show()
    shown_at = []
    for name, action in full_run(session):
        action(session)
        room.changed.emit(room_view(session, now=0))
        record = session.record()
        text = visible_text(presenter)
        if AFTERWARDS in " ".join(text.split()):
            shown_at.append(name)
            assert record is not None and record.second_revealed and not session.blanked, name
            assert "What happened afterwards (after 2021)" in text
        else:
            # Every screen before the reveal was read, and nothing of the hindsight was on it.
            assert (
                record is None
                or not record.second_revealed
                or session.blanked
                or session.step.value != "results"
            )
    assert shown_at == ["unblank"]


def _replay(data: dict) -> None:  # type: ignore[type-arg]
    with_time_and_reasoning(data)
    data["stages"][0]["as_of"] = "2017-06"
    data["stages"][0]["analysis_as_of"] = "2021"


def test_a_replayed_stage_is_labelled_in_the_reading_view_and_the_presenter(
    qtbot, make_window, tmp_path: Path, corpus: Corpus, in_language
) -> None:  # type: ignore[no-untyped-def]
    pack = edited_pack(tmp_path / "replay-pack", corpus, _replay)
    assert not pack.errors, pack.errors
    window = make_window(pack.directory)
    window.open_scenario(SCENARIO, STAGE)
    text = " ".join(window.scenario_view.browser.toPlainText().split())
    assert "Replayed with later analysis (written up to 2021)" in text
    assert "The decision is set in June 2017." in text and AFTERWARDS not in text
    assert "Date of the decision: June 2017" in text  # "2017-06" in the file: said as a reader says it
    in_language("nl")
    QApplication.sendPostedEvents()
    dutch = " ".join(window.scenario_view.browser.toPlainText().split())
    assert "juni 2017" in dutch and "2017-06" not in dutch
    in_language("en")
    QApplication.sendPostedEvents()
    # The label comes before the context, so nobody reads the arguments without it.
    assert text.index("Replayed with later analysis") < text.index("What should Belgium offer")

    session = new_session(two_group_plan(pack, corpus, items=1))
    room = _Room()
    presenter = PresenterWindow(room_view(session, now=0), room.changed, title=session.title)
    qtbot.addWidget(presenter)
    presenter.resize(1280, 720)
    presenter.show()
    labelled = []
    for _name, action in full_run(session):
        action(session)
        room.changed.emit(room_view(session, now=0))
        if "Replayed with later analysis" in " ".join(visible_text(presenter).split()):
            labelled.append((session.step.value, session.page))
    assert labelled and set(labelled) == {("context", 0)}


def test_review_mode_from_the_keyboard(
    qtbot, make_window, claims_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)  # Review → Review claims…
    dialog = window.review.dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    text = dialog.claim.toPlainText()
    # The first claim: its dimension and effect, the claim, its status, the reasoning, the passage
    # in its context (the sentence after the quote too), and the gloss marked as a translation.
    assert "National military readiness (+1)" in text
    assert "Small staff contributions spare the army's limited numbers." in text
    assert "◐ inferred" in text and REASONING in text
    assert "De getalsterkte van ons leger is niet zo groot" in text
    assert "Translation (not in the source): The numerical strength of our army" in text
    assert "Not reviewed yet." in text
    should_be_inferred = dialog.verdicts.button(list(Verdict).index(Verdict.SHOULD_BE_INFERRED))
    assert not should_be_inferred.isEnabled()  # the claim is already marked inferred
    qtbot.keyClick(dialog, Qt.Key.Key_2, CTRL)
    assert dialog.verdicts.checkedId() == -1
    assert dialog.position.text().startswith("Claim 1 of")

    # No verdict, no name: refused with a reason.
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert "Choose a verdict" in dialog.status.text()
    qtbot.keyClick(dialog, Qt.Key.Key_3, CTRL)  # unsupported
    assert dialog.verdicts.checkedId() == list(Verdict).index(Verdict.UNSUPPORTED)
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "The passage is about size, not readiness.")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert "Type your name" in dialog.status.text() and dialog.reviewer.hasFocus()
    qtbot.keyClicks(dialog.reviewer, "Ria Reviewer")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    wait_for_all()
    qtbot.waitUntil(lambda: review_path(claims_pack).exists())
    saved = load_review(claims_pack)
    assert len(saved.records) == 1
    record = saved.records[0]
    assert (record.verdict, record.reviewer, record.note) == (
        Verdict.UNSUPPORTED,
        "Ria Reviewer",
        "The passage is about size, not readiness.",
    )
    assert window.settings.get(REVIEWER_NAME) == "Ria Reviewer"
    assert dialog.position.text().startswith("Claim 2 of")  # moved on
    # The scenario view marks the claim, in words.
    assert "⚑ reviewer: unsupported by the passage" in window.scenario_view.browser.toPlainText()

    # Next and previous; confirm the second claim.
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp, CTRL)
    assert (
        dialog.position.text().startswith("Claim 1 of")
        and "Reviewed: unsupported" in dialog.claim.toPlainText()
    )
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(dialog, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    wait_for_all()
    qtbot.waitUntil(lambda: len(load_review(claims_pack).records) == 2)
    assert "✓ checked by a second reader" in window.scenario_view.browser.toPlainText()

    # "Needing review" leaves out what is done.
    dialog.filter.setCurrentIndex(1)
    items = list(review_items(window.pack.scenarios))
    assert dialog.position.text().startswith(f"Claim 1 of {len(items) - 2} shown")
    dialog.filter.setCurrentIndex(2)  # open findings: the unsupported one
    assert dialog.position.text().startswith("Claim 1 of 1 shown")
    assert dialog.review.lookup(dialog.current)[0] is ReviewState.REVIEWED  # type: ignore[arg-type]


def test_a_damaged_review_file_is_reported_not_overwritten(
    qtbot, make_window, claims_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    review_path(claims_pack).write_text(
        '{"format": "claim-review", "version": 1, "records": [{"x": 1}]}', encoding="utf-8"
    )
    before = review_path(claims_pack).read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    assert "review.json" in window.statusBar().currentMessage()
    assert window.review.open_review() is None
    assert warnings and "review.json" in warnings[0] and "Nothing was changed" in warnings[0]
    assert review_path(claims_pack).read_bytes() == before
    QApplication.processEvents()
    assert json.loads(before)["records"] == [{"x": 1}]


@pytest.mark.skipif(
    __import__("shutil").which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
def test_the_pdf_export_prints_the_reasoning_and_afterwards(
    qtbot, tmp_path: Path, corpus: Corpus, claims_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from PySide6.QtWidgets import QWidget

    from explorer.core.pack.loader import load_pack
    from explorer.core.reflection.journal import Journal, JournalEntry
    from explorer.ui.journal_view import export_report

    journal = Journal(tmp_path / "j.journal.json", "Reader")
    journal.put(JournalEntry(SCENARIO, STAGE, choice="qualitative-presence", rationale="Because."))
    parent = QWidget()
    qtbot.addWidget(parent)
    path = tmp_path / "journal.pdf"
    task = export_report(parent, journal, load_pack(claims_pack, corpus), corpus, path=path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    assert task.error is None
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"Reasoning: {REASONING}" in text
    assert "What happened afterwards (after 2021)" in text and AFTERWARDS in text


def test_reviewed_arguments_and_stale_claims_are_marked(
    qtbot, make_window, corpus: Corpus, claims_pack: Path
) -> None:  # type: ignore[no-untyped-def]
    from explorer.core.evidence.review import record_verdicts
    from explorer.core.pack.loader import load_pack

    record_verdicts(
        load_pack(claims_pack, corpus),
        {
            f"{SCENARIO}/qualitative-presence/arguments_for[0]": "confirmed",
            f"{SCENARIO}/qualitative-presence/un-influence": "confirmed",
        },
        "F. Reader",
    )
    # The trade-off is edited after its review: its verdict is out of date.
    text = (claims_pack / "belgian-presence.yaml").read_text(encoding="utf-8")
    (claims_pack / "belgian-presence.yaml").write_text(
        text.replace(
            "Presence in many conflict areas keeps Belgium visible.", "Presence keeps Belgium visible."
        ),
        encoding="utf-8",
    )
    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    page = window.scenario_view.browser.toPlainText()
    assert (
        "It fits the size of the army. — FOD Buitenlandse Zaken" in page
        or "It fits the size of the army." in page
    )
    line = next(line for line in page.splitlines() if "It fits the size of the army." in line)
    assert line.endswith("✓ checked by a second reader")
    assert "Presence keeps Belgium visible." in page and "↻ review out of date" in page
    window.review.marks_action.trigger()  # Review → Mark reviewed claims: off
    assert "checked by a second reader" not in window.scenario_view.browser.toPlainText()


def test_review_mode_controls_have_accessible_names(qtbot, make_window, claims_pack: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    dialog = window.review.open_review()
    assert dialog is not None
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit)
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}"
        for w in dialog.findChildren(QWidget)
        if isinstance(w, kinds)
        and w.isVisibleTo(dialog)
        and not w.accessibleName()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert not unnamed
    assert window.scenario_view.afterwards_button.accessibleName()


def test_review_mode_fits_the_screen_with_its_record_button(qtbot, make_window, claims_pack: Path) -> None:  # type: ignore[no-untyped-def]
    """Opened at 900 by 700 whatever the screen, the dialog's bottom row (Record verdict) went
    under a 1024x700 laptop's screen edge; five verdicts in a row also set its least width."""
    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    dialog = window.review.open_review()
    assert dialog is not None
    with qtbot.waitExposed(dialog):
        dialog.show()
    screen = dialog.screen().availableGeometry()
    qtbot.waitUntil(lambda: screen.contains(dialog.frameGeometry()))  # fitted once on screen
    record = dialog.record_button
    assert screen.contains(record.mapToGlobal(record.rect().bottomRight()))
    assert dialog.minimumSizeHint().width() <= 700


def test_a_verdict_waiting_for_its_write_is_saved_on_quit(qtbot, make_window, claims_pack: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(make_window, claims_pack)
    qtbot.waitUntil(lambda: window.review.loading is not None and window.review.loading.done)
    dialog = window.review.open_review()
    assert dialog is not None
    dialog.reviewer.setText("G. Reader")
    for _ in range(2):  # the second comes while the first is still being written
        dialog.verdicts.button(0).setChecked(True)
        assert dialog.record()
    assert dialog._save_again  # the second write waits its turn
    QApplication.instance().aboutToQuit.emit()  # what quitting does, before the event loop ends
    assert len(load_review(claims_pack).records) == 2
