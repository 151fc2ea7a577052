"""Filtering the library by words, tag, source and length."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem


def _select(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_each_row_shows_title_minutes_and_decision_maker(make_window, rich_pack_dir) -> None:
    from explorer.ui.library import Role

    window = make_window(rich_pack_dir)
    model = window.library.proxy
    rows = {model.index(r, 0).data(): model.index(r, 0).data(Role.DETAIL) for r in range(model.rowCount())}
    assert rows["Two stages of a drawdown"] == "120 min · A donor government"
    assert rows["Quality or quantity?"] == "20 min · Belgian government"
    assert window.library.count_label.text() == "2 of 2 scenarios"


def test_typing_words_narrows_the_list(make_window, rich_pack_dir, qtbot) -> None:
    window = make_window(rich_pack_dir)
    library = window.library
    qtbot.keyClicks(library.filter_box, "drawdown")
    assert library.shown_count() == 1
    assert library.count_label.text() == "1 of 2 scenarios"
    library.filter_box.clear()
    qtbot.keyClicks(library.filter_box, "BELGIAN army")  # every word, any case
    assert library.shown_count() == 1
    qtbot.keyClicks(library.filter_box, "zzz")
    assert library.shown_count() == 0
    assert library.count_label.text() == "0 of 2 scenarios"


def test_filter_by_tag_source_and_length(make_window, rich_pack_dir, qtbot) -> None:
    window = make_window(rich_pack_dir)
    library = window.library
    tags = [library.tag_box.itemData(i) for i in range(library.tag_box.count())]
    assert tags == ["", "belgium", "contribution", "withdrawal"]
    _select(library.tag_box, "withdrawal")
    assert library.shown_count() == 1
    _select(library.tag_box, "")
    assert library.shown_count() == 2

    _select(library.source_box, "fod-bz-vredesoperaties")  # cited only by the Belgian scenario
    assert library.shown_count() == 1
    assert library.view.model().index(0, 0).data() == "Quality or quantity?"
    _select(library.source_box, "kuno-2026")  # cited by both
    assert library.shown_count() == 2
    _select(library.source_box, "")

    library.duration_box.setCurrentIndex(1)  # up to 20 minutes
    assert library.shown_count() == 1
    library.duration_box.setCurrentIndex(4)  # longer than 90 minutes
    assert library.shown_count() == 1
    assert library.view.model().index(0, 0).data() == "Two stages of a drawdown"


def test_down_from_the_filter_box_moves_into_the_list(make_window, rich_pack_dir, qtbot) -> None:
    window = make_window(rich_pack_dir)
    window.focus_library_filter()
    assert window.library.filter_box.hasFocus()
    qtbot.keyClick(window.library.filter_box, Qt.Key.Key_Down)
    assert window.library.view.hasFocus()
    assert window.library.view.currentIndex().isValid()


def test_the_library_is_a_path_for_newcomers_with_sort_options_it_remembers(
    make_window, rich_pack_dir, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator

    from explorer.core.pack.path import path_order
    from explorer.ui.library import Role

    window = make_window(rich_pack_dir)
    library = window.library
    proxy = library.proxy

    def shown(role: int) -> list[object]:
        return [proxy.index(row, 0).data(role) for row in range(proxy.rowCount())]

    assert library.order() == "path"
    assert shown(Role.ID) == [s.id for s in path_order(window.pack.scenarios)]
    assert window.current_scenario_id() == shown(Role.ID)[0]  # a first start opens the head of the path

    chosen = shown(Role.ID)[-1]
    library.select(chosen)
    library.order_box.setFocus()
    qtbot.keyClick(library.order_box, Qt.Key.Key_Down)  # "Title", from the keyboard
    assert library.order() == "title"
    assert library.view.currentIndex().data(Role.ID) == chosen  # the reader's row stays current
    collator = QCollator()
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    titles = shown(Qt.ItemDataRole.DisplayRole)
    assert titles == sorted(titles, key=cmp_to_key(collator.compare))
    qtbot.keyClick(library.order_box, Qt.Key.Key_Down)  # "Length"
    minutes = shown(Role.MINUTES)
    assert minutes == sorted(minutes)

    window.close()
    again = make_window(rich_pack_dir)
    assert again.library.order() == "length"


def test_rows_are_laid_out_again_when_the_list_gets_narrower_or_wider(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Narrowed (a scroll bar appearing, the panel dragged narrower), a title that wrapped to
    a second line was drawn over the next row: each row's height followed its title's
    wrapping, and Qt's list lays its rows out again when its height changes, not its width.
    Every row now has room for a two-line title; zoomed in, the rows grow."""
    from explorer.ui.first_screen import ScenarioRow
    from explorer.ui.library import LibraryPanel

    rows = [
        ScenarioRow(f"s{n}", title, 45, "A government", "2021", "", (), ())
        for n, title in enumerate(
            [
                "Smaller, cheaper, and what falls out first",
                "Where to spend a presidency month",
                "Belgium after the Council: money, pillars or other frameworks?",
                "When the mission leaves",
                "Troops or enablers?",
            ]
            * 3
        )
    ]
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 500)
    panel.set_scenarios(rows, [row.id for row in rows])
    with qtbot.waitExposed(panel):
        panel.show()
    view = panel.view

    def laid_out_for_this_width() -> bool:
        model, delegate = view.model(), view.itemDelegate()
        top = view.visualRect(model.index(0, 0)).top()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            rect = view.visualRect(index)
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            if rect.top() != top or rect.height() != delegate.sizeHint(option, index).height():
                return False
            top = rect.bottom() + 1
        return True

    qtbot.waitUntil(laid_out_for_this_width)
    for width in (300, 220, 520):
        panel.resize(width, 500)
        qtbot.waitUntil(laid_out_for_this_width)
    before = view.visualRect(view.model().index(0, 0)).height()
    larger = view.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.5)  # zoomed in
    view.setFont(larger)
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(0, 0)).height() > before)
    qtbot.waitUntil(laid_out_for_this_width)
