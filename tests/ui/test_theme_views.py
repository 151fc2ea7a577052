"""Every view drawn in theme colours follows a live theme switch, through the window's ``Appearance``."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from explorer.ui import theme
from explorer.ui.search_model import HTML_ROLE
from explorer.ui.theme import Theme, ThemeColours


def _passage_highlighted_in(window, colours: ThemeColours) -> bool:  # type: ignore[no-untyped-def]
    selections = window.source_viewer.pane.browser.extraSelections()
    return any(s.format.background().color() == colours.passage_background for s in selections)


def _matrix_tinted_in(matrix, colours: ThemeColours) -> bool:  # type: ignore[no-untyped-def]
    from explorer.ui.tradeoffs import CELL_ROLE, _tint

    base = QApplication.palette().color(QPalette.ColorRole.Base)
    model = matrix.model
    tinted = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cell = index.data(CELL_ROLE)
            if cell is None or not cell.effect:
                continue
            wanted = _tint(base, colours.effect(cell.effect), 0.22 * abs(cell.effect))
            if index.data(Qt.ItemDataRole.BackgroundRole).color() != wanted:
                return False
            tinted += 1
    return tinted > 0


def _first_snippet_html(panel) -> str:  # type: ignore[no-untyped-def]
    """The first hit under the first result (a scenario or a source): its snippet, marked."""
    hit = panel.model.index(0, 0, panel.first_hit())
    return str(hit.data(HTML_ROLE)) if hit.isValid() else ""


def test_every_view_follows_a_live_theme_switch(window, qtbot, tmp_path: Path, good_pack, corpus) -> None:  # type: ignore[no-untyped-def]
    """Scenario page, matrix, source highlight, search hits, journal banners, the claim
    under review, the workshop set-up dialog and console: all redrawn in the new theme's colours.
    (The chart, which the small offscreen screen leaves no width here: ``test_tradeoffs``.)"""
    from explorer.core.workshop.files import load_session, save_session
    from explorer.core.workshop.roles import load_roles
    from explorer.core.workshop.session import new_session
    from explorer.ui.workshop.running import RunningSession
    from explorer.ui.workshop.setup_dialog import WorkshopSetupDialog
    from tests.core.workshop_helpers import two_group_plan

    appearance = window.appearance
    scenario = window.pack.scenario(window.current_scenario_id())
    window.open_citation(scenario.id, next(iter(scenario.evidence)))
    window.show_view(window.TRADEOFF_VIEW)
    matrix = window.tradeoff_matrix
    window.show_view(window.SCENARIO_VIEW)

    qtbot.waitUntil(lambda: window.search_dock.index is not None, timeout=20_000)
    window.focus_search()
    search = window.search_panel
    search.query.setText("peacekeeping")
    search.run_search()
    assert "<b style=" in _first_snippet_html(search)

    window.reflection.focus_panel()
    window.reflection.focus_journal()
    qtbot.waitUntil(lambda: window.review.open_review() is not None)
    review = window.review.dialog

    setup = WorkshopSetupDialog(good_pack, corpus, load_roles(corpus), appearance=appearance)
    qtbot.addWidget(setup)
    path = tmp_path / "s.workshop.json"
    save_session(path, new_session(two_group_plan(good_pack, corpus, items=1)))
    run = RunningSession(load_session(path), appearance=appearance)
    qtbot.addWidget(run.console)
    run.console.actions_by_name["blank"].trigger()  # the console says so in the error colour

    shown = theme.colours_of(Theme.LIGHT)
    for chosen in (Theme.DARK, Theme.HIGH_CONTRAST, Theme.LIGHT):
        window.menu_actions[f"theme-{chosen.value}"].trigger()
        before, colours = shown, theme.colours_of(chosen)
        assert appearance.in_use is chosen and appearance.colours() == colours
        checks = {
            "scenario page": lambda c=colours: c.effect(-1).name() in window.scenario_view.browser.toHtml(),
            "matrix": lambda c=colours: _matrix_tinted_in(matrix, c),
            "source highlight": lambda c=colours: _passage_highlighted_in(window, c),
            "search hits": lambda c=colours: c.passage_background.name() in _first_snippet_html(search),
            "reflection banner": lambda c=colours: (
                c.warning_background.name() in window.reflection.panel.banner.styleSheet()
            ),
            "journal banner": lambda c=colours: (
                c.warning_background.name() in window.reflection.journal_view.banner.styleSheet()
            ),
            "claim under review": lambda c=colours, b=before: (
                c.muted_text.name() in review.claim.toHtml()
                and b.muted_text.name() not in review.claim.toHtml()
            ),
            "set-up error line": lambda c=colours: c.error_text.name() in setup.error.styleSheet(),
            "console's blanked screen": lambda c=colours: (
                c.error_text.name() in run.console.state.styleSheet()
            ),
        }
        # Top-level windows may hear of the palette through a posted event: wait for those,
        # then name what did not follow.
        with suppress(qtbot.TimeoutError):
            qtbot.waitUntil(lambda checks=checks: all(check() for check in checks.values()))
        assert [name for name, check in checks.items() if not check()] == []
        shown = colours
    run.close()
