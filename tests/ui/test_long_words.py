"""French and Dutch run longer than English: on a 1024×700 laptop, and at the largest zoom,
no label of the scenario view or the trade-off matrix is cut, cut mid-word, or pushed out
of view, and none widens the window past the screen.

Measured with the widgets' own font metrics against their widths, on the bundled pack in
the language (the four-stage MINUSMA campaign has the longest stage titles and headers).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import LoadedPack
from explorer.ui.scenario_view import ScenarioView
from explorer.ui.theme import ZOOM_LIMITS, Appearance
from explorer.ui.tradeoffs import TradeOffMatrix

CAMPAIGN = "minusma-campaign"
#: The page's width at 1024×700 beside the library; the matrix's with and without the source.
PAGE_WIDTH, MATRIX_ALONE, MATRIX_BESIDE_SOURCE = 660, 670, 410


def scenario_view(qtbot, pack: LoadedPack, corpus: Corpus, appearance: Appearance, width: int):  # type: ignore[no-untyped-def]
    view = ScenarioView(corpus, appearance=appearance)
    qtbot.addWidget(view)
    view.set_pack(pack)
    view.resize(width, 560)
    view.show()
    qtbot.waitExposed(view)
    view.show_scenario(CAMPAIGN)
    return view


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_every_stage_tab_of_the_campaign_is_in_view_with_its_whole_title_at_hand(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
    language: str,
) -> None:  # type: ignore[no-untyped-def]
    in_language(language)
    view = scenario_view(qtbot, bundled_pack, corpus, appearance, PAGE_WIDTH)
    bar = view.stage_bar
    scenario = view._pack.scenario(CAMPAIGN)  # the pack in the language, as the view shows it
    assert bar.count() == len(scenario.stages) == 4
    for index, stage in enumerate(scenario.stages):
        # No tab behind a scroll arrow: each lies wholly inside the bar.
        assert bar.rect().contains(bar.tabRect(index)), (
            language,
            stage.title,
            bar.tabRect(index),
            bar.rect(),
        )
        # What the tab cannot show, its tooltip says.
        assert stage.title in bar.tabToolTip(index)


def test_at_the_largest_zoom_the_french_page_asks_for_no_more_than_a_small_screen(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
) -> None:  # type: ignore[no-untyped-def]
    in_language("fr")
    appearance.set_zoom(ZOOM_LIMITS[1])
    view = scenario_view(qtbot, bundled_pack, corpus, appearance, 1000)
    button = view.afterwards_button
    assert button.isVisible()  # the campaign's first stage has its afterwards, still locked
    # The disclosure's sentence does not set the window's minimum width: the page fits 1024.
    assert view.minimumSizeHint().width() <= 1024 - 20, view.minimumSizeHint()
    assert button.minimumSizeHint().width() < button.fontMetrics().horizontalAdvance(button.text())
    # Squeezed, it draws what fits with "…"; its text and accessible name stay whole.
    assert button.fontMetrics().horizontalAdvance(button.text()) > view.width()  # so it is squeezed
    shown = button.shown_text()
    assert shown.endswith("…") and button.text().startswith(shown[:-1])
    assert button.fontMetrics().horizontalAdvance(shown) <= button.width()
    assert button.accessibleName() == button.text()


def matrix_for(qtbot, pack: LoadedPack, corpus: Corpus, appearance: Appearance, width: int) -> TradeOffMatrix:  # type: ignore[no-untyped-def]
    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    qtbot.addWidget(matrix)
    matrix.set_pack(pack)
    matrix.resize(width, 600)
    matrix.show()
    qtbot.waitExposed(matrix)
    return matrix


def settle_header(qapp: QApplication, header: QHeaderView) -> None:
    """Let the header run its delayed resize to contents (an event, not a wait)."""
    for _ in range(3):
        qapp.processEvents()


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("width", [MATRIX_ALONE, MATRIX_BESIDE_SOURCE])
def test_no_header_of_the_matrix_is_clipped_or_cut_mid_word(
    qtbot,
    qapp,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
    language: str,
    width: int,
) -> None:  # type: ignore[no-untyped-def]
    in_language(language)
    matrix = matrix_for(qtbot, bundled_pack, corpus, appearance, width)
    header = matrix.table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for scenario in matrix._pack.scenarios:  # the pack in the language
        for stage in scenario.stages:
            matrix.set_scenario(scenario.id, stage.id)
            settle_header(qapp, header)
            labels = {d.label for d in matrix.model.table.dimensions} | {
                c.label for c in matrix.model.table.choices
            }
            words = {word for label in labels for word in label.split()}
            for column in range(header.count()):
                text = str(matrix.model.headerData(column, Qt.Orientation.Horizontal))
                for line in text.split("\n"):
                    # Every word of a header whole (a number stands for a choice when narrow).
                    assert line.isdigit() or set(line.split()) <= words, (language, scenario.id, line)
                    room = header.sectionSize(column) - margin
                    assert header.fontMetrics().horizontalAdvance(line) <= room, (
                        language,
                        width,
                        scenario.id,
                        stage.id,
                        line,
                        header.sectionSize(column),
                    )


@pytest.mark.parametrize("width", [MATRIX_ALONE, MATRIX_BESIDE_SOURCE])
def test_the_selected_claim_and_its_reasoning_are_never_cut_short(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
    width: int,
) -> None:  # type: ignore[no-untyped-def]
    in_language("fr")
    matrix = matrix_for(qtbot, bundled_pack, corpus, appearance, width)
    matrix.set_scenario(CAMPAIGN, None)
    matrix.table.setCurrentIndex(matrix.model.index(0, 0, QModelIndex()))
    label = matrix.cell_title
    assert "Raisonnement" in label.text()  # a long inferred claim with its reasoning
    # The label is as tall as its wrapped text needs; where the pane is shorter, it scrolls.
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    area = matrix.cell_title_area
    assert area.isVisible()
    if label.height() > area.viewport().height():
        assert area.verticalScrollBar().isVisible()


def test_the_consoles_results_preview_draws_three_line_french_labels_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The console's preview chart draws at a small unit (its font's height × 0.9): the last of
    three label lines lost its lower half, as each line is a fraction of a pixel taller than
    ``QFontMetrics.lineSpacing()`` says."""
    from PySide6.QtGui import QFontMetrics

    from explorer.core.workshop.room_view import ResultsView
    from explorer.ui.workshop.results_chart import ResultsChart

    labels = (
        "Un contingent substantiel de haut niveau, avec sa propre unité de renseignement",
        "Des capacités critiques rares et des postes clés, pas de contingent",
        "Financer et former, ne pas déployer",
    )
    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.set_unit(QFontMetrics(chart.font()).height() * 0.9)  # as the console sets it
    chart.set_results(ResultsView(("A", "B", "C"), labels, (8, 0, 12)))
    for height in (160, 200, 260):  # its minimum height, and a little more room
        chart.resize(390, height)
        chart.grab()
        assert chart.cut_off_texts() == [], height


def test_a_long_french_stage_title_in_the_matrix_bar_is_shortened_with_an_ellipsis(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
) -> None:  # type: ignore[no-untyped-def]
    """Beside the source, the matrix's stage box is narrower than a French stage title: Qt drew
    "2013 : que faut-il envoyer au Mali ?" cut at "envoyer au", with no mark that more follows;
    now it ends in "…", and the tooltip holds the whole title."""
    from PySide6.QtWidgets import QStyleOptionComboBox

    in_language("fr")
    matrix = matrix_for(qtbot, bundled_pack, corpus, appearance, MATRIX_BESIDE_SOURCE)
    matrix.set_scenario(CAMPAIGN, "counterterrorism-pressure")  # the longest title
    box = matrix.stage_box
    box.setFixedWidth(204)  # as wide as the bar left it beside the source at 1024×700
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    full = box.currentText()
    assert box.fontMetrics().horizontalAdvance(full) > field.width()  # it cannot be shown whole
    shown = box.shown_text()
    assert shown.endswith("…") and full.startswith(shown[:-1].rstrip())
    assert box.fontMetrics().horizontalAdvance(shown) <= field.width()


def test_a_word_wider_than_its_line_is_shortened_not_drawn_past_both_edges(qapp) -> None:  # type: ignore[no-untyped-def]
    """The console's preview chart is narrow: Dutch "substantieel" under bar A was wider than
    its column and drawn centred past both edges ("bstantiee")."""
    from PySide6.QtGui import QFontMetrics

    from explorer.ui.text_lines import wrap_lines

    metrics = QFontMetrics(qapp.font())
    width = metrics.horizontalAdvance("substan")
    lines = wrap_lines("Een substantieel, hoogwaardig contingent", metrics, width, 3)
    assert len(lines) == 3
    assert all(metrics.horizontalAdvance(line) <= width for line in lines), lines
    assert lines[0] == "Een" and lines[1].startswith("sub") and lines[1].endswith("…")


def test_the_consoles_results_preview_keeps_every_dutch_word_inside_the_chart(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two rounds in the console's narrow preview (171 pixels at 1024×700 in Dutch): the legend's
    "Tweede stemming" ran off the chart's right edge, and long words past their columns."""
    from PySide6.QtGui import QFontMetrics

    from explorer.core.workshop.room_view import ResultsView
    from explorer.ui.workshop.results_chart import ResultsChart

    labels = (
        "Een substantieel, hoogwaardig contingent met een eigen inlichtingeneenheid",
        "Schaarse enablers en sleutelfuncties, geen contingent",
        "Betalen en trainen, niet uitzenden",
    )
    chart = ResultsChart()
    qtbot.addWidget(chart)
    chart.set_unit(QFontMetrics(chart.font()).height() * 0.9)  # as the console sets it
    chart.set_results(ResultsView(("A", "B", "C"), labels, (8, 0, 12), (4, 0, 16)))
    for width in (171, 260, 400):
        chart.resize(width, 200)
        chart.grab()
        assert chart.cut_off_texts() == [], (width, chart.painted_texts())


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_console_fits_1024_pixels_through_every_vote_step_of_a_session_in_the_language(
    qtbot,
    running,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    in_language: Callable[[str], None],
    language: str,
) -> None:  # type: ignore[no-untyped-def]
    """The vote box's heading was its group box's title, which never wraps: the Dutch "Tweede
    stemming — zichtbaar voor de zaal (alleen-lezen bij deze stap)" made the console 1,101
    pixels wide at the results, and the Phones and Arguments docks ran off the screen."""
    from explorer.core.workshop.plan import agenda_item, new_plan
    from explorer.core.workshop.roles import load_roles
    from explorer.core.workshop.session import Step
    from explorer.ui.pack_language import localized, localized_roles

    in_language(language)
    pack, roles = localized(bundled_pack), localized_roles(load_roles(corpus))
    role_ids = [role.id for role in roles.roles][:3]
    groups = [(f"Table {n + 1}", role_ids[n] if n < len(role_ids) else None, None) for n in range(4)]
    plan = new_plan("Séminaire", [agenda_item(pack, corpus, CAMPAIGN)], groups, corpus, roles)
    run = running(plan)
    controller, console = run.controller, run.console
    choices = plan.agenda[0].card.choice_ids()
    controller.go_to(Step.FIRST_VOTE, 0)
    for group in plan.groups:
        controller.perform(lambda s, g=group.id: s.set_votes(1, g, {choices[0]: 2, choices[-1]: 3}))
    controller.reveal()
    for step in (Step.DISCUSSION, Step.SECOND_VOTE, Step.RESULTS):
        controller.go_to(step, 0)
        if step is Step.SECOND_VOTE:
            for group in plan.groups:
                controller.perform(lambda s, g=group.id: s.set_votes(2, g, {choices[0]: 1, choices[-1]: 4}))
        if step is Step.RESULTS:
            controller.reveal()
        least = console.minimumSizeHint()
        assert least.width() <= 1024, (language, step, least)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_beside_the_page_the_source_keeps_room_for_its_text_and_the_whole_gloss(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
    language: str,
) -> None:  # type: ignore[no-untyped-def]
    """At 1024×700 the viewer beside the scenario is some 270 by 590 pixels. Its side panel
    went under the text and took the height it needed: with a five-line French gloss and the
    "Cited in" list, the reading pane kept about 70 pixels (four lines), and the gloss still
    lost its last line. Now the side panel scrolls."""
    from explorer.ui.source_viewer import SourceViewer

    in_language(language)
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.set_pack(bundled_pack)
    viewer.resize(270, 590)
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_citation(CAMPAIGN, "art100-letter")  # the longest gloss beside the campaign
    lines = viewer.pane.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: viewer.pane.height() >= 10 * lines)
    gloss = viewer.passage_panel.gloss
    if language == "nl":  # a Dutch quote: a Dutch reader reads it as written, with no gloss
        assert not gloss.isVisibleTo(viewer)
        return
    assert gloss.isVisibleTo(viewer)
    # Whole (scrolled to if need be), once the side panel is laid out.
    qtbot.waitUntil(lambda: gloss.height() >= gloss.heightForWidth(gloss.width()) > 0)


def test_at_the_largest_zoom_the_source_text_keeps_a_readable_line_and_the_side_panel_is_not_cut(
    qtbot,
    bundled_pack: LoadedPack,
    corpus: Corpus,
    appearance: Appearance,
    in_language: Callable[[str], None],
) -> None:  # type: ignore[no-untyped-def]
    """At the largest zoom, side by side, the side panel's headings (which do not wrap) left
    the text a few letters a line ("beoordeli / ng"); now the side panel goes under the text
    when both do not fit, and nothing of it runs past the viewer's edge."""
    from explorer.ui.source_viewer import SourceViewer

    in_language("fr")
    appearance.set_zoom(ZOOM_LIMITS[1])
    viewer = SourceViewer(corpus, appearance=appearance)
    qtbot.addWidget(viewer)
    viewer.set_pack(bundled_pack)
    viewer.resize(1016, 560)  # the whole window's width: the source took the page's place
    with qtbot.waitExposed(viewer):
        viewer.show()
    viewer.show_citation(CAMPAIGN, "art100-letter")
    browser = viewer.pane.browser
    line = browser.fontMetrics().averageCharWidth() * 30
    qtbot.waitUntil(lambda: browser.viewport().width() >= line)
    title = viewer.passage_panel.title
    qtbot.waitUntil(lambda: title.width() > 0)
    right = title.mapTo(viewer, title.rect().topRight()).x()
    assert right <= viewer.width(), (right, viewer.width())


def test_no_section_title_sets_the_french_reflection_panels_least_width(
    window, qtbot, in_language: Callable[[str], None]
) -> None:  # type: ignore[no-untyped-def]
    """A group box's title never wraps and sets the box's least width: the French "1. Première
    intuition, avant de lire les éléments de preuve" made the panel wider than its contents
    needed (at the largest zoom, 1,178 pixels on a 1024 screen). The titles wrap now."""
    from PySide6.QtGui import QFont, QFontMetrics

    in_language("fr")
    window.reflection.focus_panel()
    panel = window.reflection.panel
    box = panel.instinct_box
    title = box.title()
    assert title.startswith("1. Première intuition")
    bold = QFont(box.font())
    bold.setBold(True)
    one_line = QFontMetrics(bold).horizontalAdvance(title)
    assert box.minimumSizeHint().width() < one_line, (box.minimumSizeHint(), one_line)
    for each in (panel.instinct_box, panel.weights_box, panel.decision_box, panel.rationale_box):
        assert each.accessibleName() == each.title() != ""
