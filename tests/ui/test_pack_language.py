"""The pack's own text follows the app's language: QLocale's default and a LanguageChange."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from explorer.core.evidence.corpus import Corpus
from explorer.core.pack.loader import load_pack
from explorer.ui.pack_language import app_language
from explorer.ui.scenario_view import ScenarioView
from tests.ui.test_scenario_view import _link_titles

TRANSLATED = Path(__file__).resolve().parents[1] / "data" / "packs" / "translated"
LANGUAGES = {
    "en": QLocale.Language.English,
    "nl": QLocale.Language.Dutch,
    "fr": QLocale.Language.French,
}


@pytest.fixture
def switch_language() -> Iterator[Callable[..., None]]:
    """Switch as the language menu does: the default locale, then a LanguageChange to widgets."""
    before = QLocale()

    def switch(language: str, *widgets: object) -> None:
        QLocale.setDefault(QLocale(LANGUAGES[language]))
        for widget in widgets:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))  # type: ignore[arg-type]

    yield switch
    QLocale.setDefault(before)


def test_the_app_language_is_the_default_locales(switch_language: Callable[..., None]) -> None:
    switch_language("nl")
    assert app_language() == "nl"
    switch_language("fr")
    assert app_language() == "fr"


def test_the_scenario_view_shows_the_pack_in_dutch_then_english_again(
    qtbot, appearance, corpus: Corpus, switch_language: Callable[..., None]
) -> None:  # type: ignore[no-untyped-def]
    pack = load_pack(TRANSLATED, corpus)
    view = ScenarioView(corpus, appearance=appearance)
    qtbot.addWidget(view)
    switch_language("nl")
    view.set_pack(pack)
    view.show_scenario("belgian-presence")
    text = view.browser.toPlainText()
    assert "Kwaliteit of kwantiteit?" in text
    assert "Kosten: Ook civiele inzet drukt op budgetten" in text  # dimension label and claim
    assert "Quality or quantity?" not in text
    assert view.browser.accessibleName().endswith("Kwaliteit of kwantiteit?")
    links = _link_titles(view.browser)
    assert "The numerical strength" not in links["cite:small-army"]  # a Dutch quote: no gloss
    assert "Nu beide terreinen" in links["cite:budget-cuts"]  # an English quote: a Dutch gloss

    view.browser.verticalScrollBar().setValue(40)
    switch_language("en", view)
    text = view.browser.toPlainText()
    assert "Quality or quantity?" in text and "Kwaliteit" not in text
    assert "Cost: Civilian deployments also draw on budgets" in text
    assert view.scenario_id == "belgian-presence" and view.stage_id == "the-offer"
    assert "The numerical strength of our army" in _link_titles(view.browser)["cite:small-army"]

    switch_language("fr", view)
    links = _link_titles(view.browser)
    assert "Qualité ou quantité ?" in view.browser.toPlainText()
    assert "L'effectif de notre armée" in links["cite:small-army"]
    assert "Alors que les deux domaines" in links["cite:budget-cuts"]


def test_the_main_window_lists_and_titles_the_pack_in_the_app_language(
    make_window, switch_language: Callable[..., None]
) -> None:  # type: ignore[no-untyped-def]
    switch_language("nl")
    window = make_window(TRANSLATED)
    overlay = TRANSLATED / "translations" / "nl" / "belgian-presence.yaml"
    assert str(overlay) in window.pack_watcher.watched()  # a translator's save reloads the pack
    library = window.library
    model = library.model
    assert model.data(model.index(0, 0)) == "Kwaliteit of kwantiteit?"
    assert "Vredesoperaties onder druk" in window.windowTitle() or "Kwaliteit" in window.windowTitle()
    switch_language("en", window, library, window.scenario_view)
    assert model.data(model.index(0, 0)) == "Quality or quantity?"
    assert "Kwaliteit" not in window.windowTitle()
    assert "Quality or quantity?" in window.scenario_view.browser.toPlainText()


def test_matrix_source_viewer_and_reflection_follow_the_app_language(
    qtbot, appearance, corpus: Corpus, switch_language: Callable[..., None], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSlider

    from explorer.core.reflection.journal import Journal
    from explorer.ui.reflection_panel import ReflectionPanel
    from explorer.ui.source_viewer import SourceViewer
    from explorer.ui.tradeoffs import TradeOffMatrix

    pack = load_pack(TRANSLATED, corpus)
    switch_language("nl")
    matrix = TradeOffMatrix(corpus=corpus, appearance=appearance)
    viewer = SourceViewer(corpus, appearance=appearance)
    panel = ReflectionPanel(corpus, Journal(tmp_path / "j.journal.json"), pack, appearance=appearance)
    for widget in (matrix, viewer, panel):
        qtbot.addWidget(widget)
    matrix.set_pack(pack)
    matrix.set_scenario("belgian-presence", None)
    viewer.set_pack(pack)
    panel.set_stage("belgian-presence", "the-offer")

    def labels() -> tuple[set[str], set[str], set[str]]:
        table = matrix.model.table
        assert table is not None
        sliders = {s.accessibleName() for s in panel.findChildren(QSlider)}
        return {d.label for d in table.dimensions}, {c.label for c in table.choices}, sliders

    dimensions, choices, sliders = labels()
    assert "Kosten" in dimensions and "Civiele deskundigen sturen" in choices
    assert "Weight of Kosten" in sliders
    viewer.show_citation("belgian-presence", "budget-cuts")  # an English quote: a Dutch gloss
    assert viewer.passage_panel.gloss.text().startswith("Nu beide terreinen")
    viewer.show_citation("belgian-presence", "small-army")  # a Dutch quote: none in Dutch
    assert viewer.passage_panel.gloss_box.isHidden()

    switch_language("en", matrix, viewer, panel)
    dimensions, choices, sliders = labels()
    assert "Cost" in dimensions and "Send civilian experts" in choices and "Weight of Cost" in sliders
    assert viewer.passage_panel.gloss.text().startswith("The numerical strength")
    assert not viewer.passage_panel.gloss_box.isHidden()


def test_review_mode_judges_the_english_and_shows_the_readers_language_around_it(
    qtbot, appearance, corpus: Corpus, switch_language: Callable[..., None], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from explorer.core.evidence.review import load_review, review_items
    from explorer.ui.review_dialog import ReviewDialog
    from explorer.ui.settings import Settings

    directory = tmp_path / "pack"
    shutil.copytree(TRANSLATED, directory)
    pack = load_pack(directory, corpus)
    switch_language("nl")
    dialog = ReviewDialog(
        pack, corpus, load_review(directory), Settings(tmp_path / "s.ini"), appearance=appearance
    )
    qtbot.addWidget(dialog)
    dialog.show_current()
    text = dialog.claim.toPlainText()
    assert "Kwaliteit of kwantiteit?" in text  # where the claim stands, in Dutch
    assert "Nationale gereedheid (+1)" in text
    assert "Small staff contributions spare the army's limited numbers." in text  # what is judged
    assert "Kleine stafbijdragen sparen het beperkte aantal militairen." in text
    assert "The numerical strength of our army" not in text  # a Dutch quote: no gloss in Dutch
    # The verdict's hash is the English item's, whatever the language.
    assert dialog.current == next(iter(review_items(pack.scenarios)))
    switch_language("en", dialog)
    text = dialog.claim.toPlainText()
    assert "Kleine stafbijdragen" not in text and "National military readiness (+1)" in text
    assert "Translation (not in the source): The numerical strength of our army" in text


def test_the_welcome_page_names_the_first_scenario_in_the_app_language(
    make_window, switch_language: Callable[..., None]
) -> None:  # type: ignore[no-untyped-def]
    switch_language("fr")
    window = make_window(TRANSLATED, first_run=True)
    button = window.welcome.start_button
    assert "Qualité ou quantité ?" in button.description()
    switch_language("en", window)
    assert "Quality or quantity?" in button.description()


def test_search_finds_the_pack_in_the_app_language(
    qtbot, make_window, switch_language: Callable[..., None]
) -> None:  # type: ignore[no-untyped-def]
    switch_language("nl")
    window = make_window(TRANSLATED)
    with qtbot.waitSignal(window.indexReady, timeout=20_000) as built:
        pass
    dutch = built.args[0].search("kwantiteit")
    assert [group.title for group in dutch.scenarios] == ["Kwaliteit of kwantiteit?"]
    with qtbot.waitSignal(window.indexReady, timeout=20_000) as rebuilt:
        switch_language("en", window)
    assert rebuilt.args[0].search("kwantiteit").scenarios == []
    assert [group.title for group in rebuilt.args[0].search("quantity").scenarios] == ["Quality or quantity?"]


def test_a_broken_translation_is_listed_but_does_not_open_the_problems_panel(
    make_window, switch_language: Callable[..., None], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    directory = tmp_path / "pack"
    shutil.copytree(TRANSLATED, directory)
    overlay = directory / "translations" / "nl" / "belgian-presence.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").replace("language: nl", "language: fr"), "utf-8")
    switch_language("nl")
    window = make_window(directory)
    assert window.problems_dock.isHidden()  # the pack itself is sound; its English shows
    assert "(1)" in window.problems_dock.windowTitle()
    problem = window.problems.model.problem_at(0)
    assert problem.file.endswith("belgian-presence.yaml") and "`language: fr`" in problem.message
    assert window.library.model.data(window.library.model.index(0, 0)) == "Quality or quantity?"
