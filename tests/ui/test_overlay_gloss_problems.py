"""A passage glossed two ways in one translation shows in the Pack problems panel, with the
overlays' other problems, without opening it (the pack and its translation still load)."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_overlay_gloss_consistency import (
    DUTCH_GLOSS,
    OTHER_DUTCH,
    SECOND,
    _pack_with_second_scenario,
)


def test_a_dutch_gloss_that_differs_is_listed_in_the_problems_panel(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(_pack_with_second_scenario(tmp_path, (DUTCH_GLOSS, OTHER_DUTCH)))
    assert window.problems_dock.isHidden()  # a warning: nothing the reader must act on first
    assert "(1)" in window.problems_dock.windowTitle()
    problem = window.problems.model.problem_at(0)
    assert Path(problem.file).parts[-3:] == ("translations", "nl", SECOND)
    assert problem.severity == "warning" and "glossed differently" in problem.message
    assert "`evidence.budget-cuts.gloss`" in problem.message
    assert [s.id for s in window.pack.scenarios] == ["belgian-presence", "second-look"]
