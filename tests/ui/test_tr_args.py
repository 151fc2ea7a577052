"""Translated strings get their arguments in one pass: a marker inside a value stays literal."""

from __future__ import annotations

from explorer.ui.tr_args import arg


def test_markers_are_filled_once_and_values_stay_literal() -> None:
    assert arg("%1 of %2", 3, 5) == "3 of 5"
    assert arg("Typing for: %1, choice %2", "Table %2", "B") == "Typing for: Table %2, choice B"
    assert arg("%2 before %1", "x", "y") == "y before x"
    assert arg("%1 and %3", "only") == "only and %3"
