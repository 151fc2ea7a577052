"""A returning reader's start: the library and the scenario's page are there as the window shows.

The first start keeps its first screen (``explorer.ui.first_screen``); the next start
shows it before the pack has loaded, then the pack takes over the same page.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.app import show_main_window
from explorer.ui import settings as keys
from explorer.ui.first_screen import FirstScreen, FirstScreenPage, read_first_screen
from explorer.ui.reading_browser import ReadingBrowser
from explorer.ui.settings import Settings
from explorer.ui.tasks import wait_for_all
from explorer.ui.theme import Theme
from tests.ui.conftest import GOOD_PACK, link_point


def _start(qtbot, settings_path: Path, pack_dir: Path):  # type: ignore[no-untyped-def]
    """Start as the app does (``show_main_window``), nothing waited for."""
    settings = Settings(settings_path)
    settings.set(keys.WELCOME_SEEN, True)
    window = show_main_window(settings, pack_dir)
    qtbot.addWidget(window)
    return window


def _first_start(qtbot, settings_path: Path, pack_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """A start without a kept screen: the window fills when the pack arrives; closing keeps it."""
    window = _start(qtbot, settings_path, pack_dir)
    assert not window.first_screen_shown
    if window.pack is None:
        qtbot.waitSignal(window.packLoaded, timeout=20_000).wait()
    window.close()
    wait_for_all()


def test_after_show_the_library_and_the_scenario_page_are_filled(qtbot, settings_path) -> None:  # type: ignore[no-untyped-def]
    _first_start(qtbot, settings_path, GOOD_PACK)

    window = _start(qtbot, settings_path, GOOD_PACK)
    # Straight after show(): no timer, no signal waited for.
    assert window.isVisible()
    assert window.pack is None  # still loading behind the kept screen
    assert window.first_screen_shown
    assert window.library.model.rowCount() == 1
    assert window.library.model.index(0).data() == "Quality or quantity?"
    assert window.library.view.currentIndex().data() == "Quality or quantity?"
    page = window.first_screen
    assert isinstance(page, FirstScreenPage)
    assert window.central.currentWidget() is page.widget
    kept = page.browser.toPlainText()
    assert "Quality or quantity?" in kept
    assert "Quality or quantity?" in window.windowTitle()

    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        pass
    assert not window.first_screen_shown
    assert window.central.currentWidget() is window.workspace
    assert window.current_scenario_id() == "belgian-presence"
    # The same page, now the real one (the kept copy stops a little past the first screen).
    assert window.scenario_view.browser.toPlainText().startswith(kept.rstrip())


def test_the_kept_screen_is_the_remembered_stage_and_takes_what_the_reader_did_meanwhile(
    qtbot, settings_path, rich_pack_dir
) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, settings_path, rich_pack_dir)
    qtbot.waitSignal(window.packLoaded, timeout=20_000).wait()
    window.open_scenario("mission-leaves", "second")
    window.close()
    wait_for_all()

    window = _start(qtbot, settings_path, rich_pack_dir)
    page = window.first_screen
    assert isinstance(page, FirstScreenPage)
    assert "The mission has gone." in page.browser.toPlainText()
    assert window.library.model.rowCount() == 2
    # The reader goes back to the first stage before the pack is there: it opens once it is.
    window.open_scenario("mission-leaves", "first")
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        pass
    assert (window.current_scenario_id(), window.current_stage_id()) == ("mission-leaves", "first")


def test_a_citation_clicked_on_the_kept_screen_opens_once_the_pack_is_there(qtbot, settings_path) -> None:  # type: ignore[no-untyped-def]
    _first_start(qtbot, settings_path, GOOD_PACK)
    window = _start(qtbot, settings_path, GOOD_PACK)
    page = window.first_screen
    assert isinstance(page, FirstScreenPage)
    point = link_point(page.browser, "cite:small-army")
    with qtbot.waitSignal(window.citationOpened, timeout=20_000) as opened:
        qtbot.mouseClick(page.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["belgian-presence", "small-army"]
    anchor = window.pack.anchors[("belgian-presence", "small-army")]
    assert window.source_viewer.highlighted_span()[1:] == (anchor.edition_start, anchor.edition_end)


def test_a_kept_screen_is_not_used_once_a_file_or_the_place_changed(
    qtbot, settings_path, rich_pack_dir
) -> None:  # type: ignore[no-untyped-def]
    _first_start(qtbot, settings_path, rich_pack_dir)
    settings = Settings(settings_path)
    assert read_first_screen(rich_pack_dir, settings) is not None

    settings.set(keys.LAST_SCENARIO, "mission-leaves")  # another place than the one kept
    assert read_first_screen(rich_pack_dir, settings) is None
    settings.set(keys.LAST_SCENARIO, "")

    settings.set(keys.THEME, "high-contrast")  # the kept page has the light theme's colours
    window = _start(qtbot, settings_path, rich_pack_dir)
    assert not window.first_screen_shown
    qtbot.waitSignal(window.packLoaded, timeout=20_000).wait()
    window.set_theme(Theme.LIGHT)
    window.close()
    wait_for_all()

    scenario_file = next(rich_pack_dir.rglob("*.yaml"))
    stat = scenario_file.stat()
    os.utime(scenario_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # the author saved it
    assert read_first_screen(rich_pack_dir, settings) is None
    window = _start(qtbot, settings_path, rich_pack_dir)
    assert not window.first_screen_shown  # loading, as on a first start, and filled when it arrives
    qtbot.waitSignal(window.packLoaded, timeout=20_000).wait()
    assert window.library.model.rowCount() == 2


def test_the_one_file_app_keys_its_own_pack_by_its_build_not_its_unpacked_files(
    tmp_path, rich_pack_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sys

    from explorer.core import paths
    from explorer.ui import first_screen

    executable = tmp_path / "explorer"
    executable.write_bytes(b"one build")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setattr(paths, "bundled_pack_dir", lambda: rich_pack_dir)
    key = first_screen.files_key(rich_pack_dir)
    scenario_file = next(rich_pack_dir.rglob("*.yaml"))
    stat = scenario_file.stat()
    os.utime(scenario_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # unpacked again
    assert first_screen.files_key(rich_pack_dir) == key
    executable.write_bytes(b"another build")  # an update
    assert first_screen.files_key(rich_pack_dir) != key
    monkeypatch.setattr(paths, "bundled_pack_dir", lambda: GOOD_PACK)  # a pack of the user's own
    assert "frozen" not in first_screen.files_key(rich_pack_dir)


def test_the_kept_page_keeps_the_real_pages_measure_so_nothing_moves_when_the_pack_takes_over(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    """A page longer than the view has a scroll bar, which narrows the view: the kept page's
    margins must be measured with it, as the real page's are. (Measured before the text was
    in, its lines were a scroll bar's width longer and moved at the takeover.)"""
    html = "<h1>Troops or enablers?</h1>" + "<p>A long page of prose, read from the top.</p>" * 200
    screen = FirstScreen(
        rows=[],
        path=[],
        scenario_id="s",
        stage_id="one",
        stage_ids=["one"],
        first_scenario_id="s",
        window_title="Troops or enablers?",
        view_tabs=["Scenario", "Trade-offs"],
        stage_tabs=[],
        afterwards=(False, False, ""),
        page_name="Scenario",
        html=html,
        files="",
        context=[],
    )
    window = QWidget()
    qtbot.addWidget(window)
    page = FirstScreenPage(screen, window)
    window.resize(1600, 700)  # wide enough for the measure to leave margins
    page.widget.resize(window.size())
    window.show()
    qtbot.waitExposed(window)
    page.fill()
    kept = page.browser.document().rootFrame().frameFormat().leftMargin()

    real = ReadingBrowser()
    qtbot.addWidget(real)
    real.resize(page.browser.size())
    real.show()
    qtbot.waitExposed(real)
    real.setHtml(html)
    real.fit_measure()
    assert real.verticalScrollBar().isVisible() and page.browser.verticalScrollBar().isVisible()
    assert kept > 0
    assert kept == real.document().rootFrame().frameFormat().leftMargin()


def test_the_timed_start_shows_the_kept_screen_before_the_pack_has_loaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``explorer self-test --gui-start`` (what ``bench/run.py`` times), twice, as a returning reader."""
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    stamps = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-m", "explorer.selftest", "--gui-start"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        lines = dict(line.split(" ", 1) for line in done.stdout.splitlines())
        stamps.append((float(lines["shown"].split()[0]), float(lines["loaded"])))
    first, second = stamps
    assert first[0] <= first[1]  # no kept screen yet: shown once the pack has loaded
    assert second[0] < second[1]  # kept: shown first, the pack loaded behind it
    assert list((tmp_path / "cache").rglob("first-screen-*.json"))


def test_the_timed_start_quits_when_its_reader_stops_reading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A harness that closes the pipe early (``| head``): the print failed inside a Qt slot,
    the app did not quit, and the start hung until its own time-out called it a failure."""
    import subprocess
    import sys

    # Buffered output, as a user's Python has it: unbuffered, the failed write left nothing
    # for the interpreter's last flush, and the failure showed only on some machines.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    env.update({"XDG_CACHE_HOME": str(tmp_path / "cache"), "QT_QPA_PLATFORM": "offscreen"})
    process = subprocess.Popen(
        [sys.executable, "-m", "explorer.selftest", "--gui-start"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    process.stdout.close()  # nobody reads the stamps
    try:
        code = process.wait(timeout=180)  # a hang guard, not a speed limit
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("the timed start did not quit once its output was closed") from None
    assert code == 0  # shown and quit; not "the main window did not show the pack in time"
