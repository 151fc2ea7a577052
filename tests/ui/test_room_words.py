"""The room's screen reads in the interface language: the shift table's first line, the whole
room, which the core names in English ("Whole room" stood on the French and Dutch projector),
and the date in the afterwards heading."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from explorer.core.workshop.room_view import FlowLine, ResultsView, ShiftLine
from explorer.ui.workshop.results_chart import ShiftTable

RESULTS = ResultsView(
    ("A", "B"),
    ("Contribute", "Stay out"),
    (8, 4),
    (4, 8),
    room=ShiftLine("Whole room", 4, 8, 0, 0, (FlowLine("A", "B", 4),)),
    groups=(ShiftLine("Table 1", 4, 2, 0, 0, (FlowLine("A", "B", 4),)),),
)


@pytest.mark.parametrize(
    ("language", "room"), [("fr", "Toute la salle"), ("nl", "Hele zaal"), ("en", "Whole room")]
)
def test_the_whole_room_line_is_in_the_interface_language(
    qtbot, in_language: Callable[[str], None], language: str, room: str
) -> None:  # type: ignore[no-untyped-def]
    in_language(language)
    table = ShiftTable()
    qtbot.addWidget(table)
    table.shift_model.set_results(RESULTS)
    model = table.shift_model
    cells = [model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert cells == [room, "Table 1"]  # the groups' names are the facilitator's own


@pytest.mark.parametrize(("language", "month"), [("fr", "novembre 2013"), ("nl", "november 2013")])
def test_the_rooms_afterwards_heading_says_the_date_in_the_interface_words(
    qapp, in_language: Callable[[str], None], language: str, month: str
) -> None:  # type: ignore[no-untyped-def]
    """The projector's results read "Ce qui s'est passé ensuite (après 2013-11)": the window,
    the reflection panel and the debrief already said "novembre 2013"."""
    from explorer.core.workshop.room_view import RoomView
    from explorer.ui.workshop import look
    from explorer.ui.workshop.room_panel import body_html

    in_language(language)
    view = RoomView("results", heading="MINUSMA", afterwards="The Netherlands contributed.", as_of="2013-11")
    text = body_html(view, look.DARK, 20.0)
    assert month in text and "2013-11" not in text
