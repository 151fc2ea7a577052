"""The console's Arguments box and the presenter's map: phones' arguments moderated, the map shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.core.workshop.ballots import ArgumentRequest, JoinRequest, apply, enable_room
from explorer.core.workshop.files import LoadedSession, load_session, save_session
from explorer.core.workshop.session import Step, new_session
from explorer.ui.tasks import wait_for_saves
from explorer.ui.workshop.argument_map_screen import ArgumentMapScreen
from explorer.ui.workshop.arguments_box import ArgumentsBox
from explorer.ui.workshop.controller import WorkshopController
from tests.core.workshop_helpers import two_group_plan

A, B = "qualitative-presence", "civilian-experts"


def discussing(good_pack: LoadedPack, corpus: Corpus, tmp_path: Path) -> tuple[WorkshopController, Path]:
    """A session in its first discussion, with three arguments from a phone waiting."""
    session = new_session(two_group_plan(good_pack, corpus))
    enable_room(session)
    session.go_to(Step.FIRST_VOTE, 0)
    session.set_votes(1, "g1", {A: 2})
    session.set_votes(1, "g2", {B: 2})
    session.next()
    (joined,) = apply(session, [JoinRequest("g1")], now=1.0)
    for text, choice, stance in [("Cheap", A, "for"), ("Cheap, really", A, "for"), ("Slow", B, "against")]:
        apply(session, [ArgumentRequest(joined.device, 0, choice, stance, text)], now=2.0)
    path = tmp_path / "arguments.workshop.json"
    save_session(path, session)
    return WorkshopController(LoadedSession(session, path)), path


def test_moderating_arguments_and_showing_the_map(qtbot, good_pack, corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller, path = discussing(good_pack, corpus, tmp_path)
    box = ArgumentsBox(controller)
    qtbot.addWidget(box)
    presenter = QWidget()
    presenter.resize(1280, 720)
    qtbot.addWidget(presenter)
    presenter.show()
    screen = ArgumentMapScreen(presenter)
    box.mapChanged.connect(screen.set_map)
    box.mapToggled.connect(screen.show_map)
    box.refresh()
    assert [box.model.data(box.model.index(r)) for r in range(3)] == [
        "a1 · A for · new: Cheap",
        "a2 · A for · new: Cheap, really",
        "a3 · B against · new: Slow",
    ]
    assert box.accept_button.accessibleName() and box.text.accessibleName()

    # Accept the first from the keyboard, merge the second into it, hide the third.
    box.list.setFocus()
    qtbot.keyClick(box.list, Qt.Key.Key_Down)
    assert box.selected() is not None and box.selected().id == "a1"  # type: ignore[union-attr]
    qtbot.mouseClick(box.accept_button, Qt.MouseButton.LeftButton)
    assert box.selected() is not None and box.selected().id == "a1"  # type: ignore[union-attr]
    box.select("a2")
    assert box.merge_target.count() == 1 and box.merge_target.currentData() == "a1"
    qtbot.mouseClick(box.merge_button, Qt.MouseButton.LeftButton)
    box.select("a3")
    assert box.merge_target.count() == 0 and not box.merge_button.isEnabled()
    qtbot.mouseClick(box.hide_button, Qt.MouseButton.LeftButton)

    # The facilitator adds one of their own: on the map at once.
    box.choice.setCurrentIndex(1)
    qtbot.keyClicks(box.text, "Trust takes civilians")
    qtbot.keyClick(box.text, Qt.Key.Key_Return)
    assert box.text.text() == ""

    wait_for_saves()  # the controller writes on the app's writer thread
    saved = {a.id: (a.status, a.also) for a in load_session(path).session.items[0].arguments}
    assert saved == {"a1": ("accepted", 1), "a2": ("merged", 0), "a3": ("hidden", 0), "a4": ("accepted", 0)}
    qtbot.mouseClick(box.show_map, Qt.MouseButton.LeftButton)
    assert screen.isVisible()
    lines = screen.texts()
    assert (
        lines[1:]
        == [
            "A. Keep a qualitative presence",
            "+ Cheap (+1)",
            "B. Send civilian experts",
            "+ Trust takes civilians",
        ]
        or lines[2] == "+ Cheap (+1)"
    )
    assert "Slow" not in " ".join(lines) and "Cheap, really" not in " ".join(lines)
    qtbot.mouseClick(box.show_map, Qt.MouseButton.LeftButton)
    assert not screen.isVisible()


def test_an_empty_argument_is_refused_in_the_cores_words(qtbot, good_pack, corpus, tmp_path) -> None:  # type: ignore[no-untyped-def]
    controller, path = discussing(good_pack, corpus, tmp_path)
    box = ArgumentsBox(controller)
    qtbot.addWidget(box)
    with qtbot.waitSignal(controller.refused) as refused:
        qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert refused.args == ["Write the argument first."]
    wait_for_saves()
    assert len(load_session(path).session.items[0].arguments) == 3
