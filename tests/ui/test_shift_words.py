"""The room's shift table reads in the interface language: its first line is the whole room,
which the core names in English ("Whole room" stood on the French and Dutch projector)."""

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
