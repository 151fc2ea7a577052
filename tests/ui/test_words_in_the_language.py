"""Words a French or Dutch reader saw wrong: the room's screen (the shift table's first line,
which the core names in English, "Whole room"; the date in the afterwards heading), and the
page's review marks, which judged the translation instead of the English."""

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


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_in_french_and_dutch_the_pages_review_marks_judge_the_english_and_nothing_reads_stale(
    qtbot, appearance, bundled_pack, corpus, in_language: Callable[[str], None], language: str
) -> None:  # type: ignore[no-untyped-def]
    """The page made its review items of the translation's words on the English scenario: each
    hashed differently from its verdict, so every marked claim read "changed since: review it
    again", and the review's hash cache then showed 32 of the 681 claims stale in review mode."""
    from explorer.core.evidence.review import ReviewState, load_review, review_items
    from explorer.core.paths import bundled_pack_dir
    from explorer.ui.scenario_view import ScenarioView

    in_language(language)
    review = load_review(bundled_pack_dir())
    view = ScenarioView(corpus, appearance=appearance)
    qtbot.addWidget(view)
    view.set_pack(bundled_pack)
    view.set_review(review)
    for scenario in bundled_pack.scenarios:
        for stage in scenario.stages:
            view.show_scenario(scenario.id, stage.id)
    states = [state for _item, state, _record in review.states(list(review_items(bundled_pack.scenarios)))]
    assert states.count(ReviewState.REVIEWED) == len(states) == 681
