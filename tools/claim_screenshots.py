"""Screenshots of claim review and hindsight: review mode, a trade-off with its reasoning, an afterwards block.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & .venv/bin/python tools/claim_screenshots.py docs/screenshots'

Uses a copy of the bundled pack. Until the pack itself carries written reasoning and
afterwards blocks, the copy gets one of each in the MINUSMA campaign's second stage
(``EXAMPLE_REASONING``, ``EXAMPLE_AFTERWARDS``); once the pack has its own, they are
shown instead and nothing is added.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import yaml
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

SCENARIO, STAGE, CHOICE = "minusma-campaign", "after-the-coup", "conditional-engagement"
EXAMPLE_REASONING = (
    "Ballegeer calls the government's political will the crucial factor against the root causes and "
    "expects support to become conditional on measurable progress; benchmarks make that condition "
    "explicit, so they press on that will."
)
EXAMPLE_AFTERWARDS = (
    "In May 2021 the transitional leaders removed the civilian president and prime minister in a "
    "second coup. In June 2023, at the transitional government's request, the Security Council ended "
    "MINUSMA's mandate, and the mission left Mali by the end of 2023.\n\n"
    "*Context from outside the five documents, shown only after the choice.*"
)


def settle(milliseconds: int = 500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(app: QApplication, target: Path) -> None:
    settle()
    app.primaryScreen().grabWindow(0).save(str(target))
    print("saved", target)


def pack_copy(directory: Path) -> Path:
    """The bundled pack, with an example reasoning and afterwards where it has none of its own."""
    from explorer.core.paths import bundled_pack_dir

    shutil.copytree(bundled_pack_dir(), directory)
    path = directory / f"{SCENARIO}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    stage = next(s for s in data["stages"] if s["id"] == STAGE)
    choice = next(c for c in stage["choices"] if c["id"] == CHOICE)
    tradeoff = next(t for t in choice["tradeoffs"] if t["evidence"] == "inferred")
    changed = False
    if not tradeoff.get("reasoning"):
        tradeoff["reasoning"], changed = EXAMPLE_REASONING, True
    if not stage.get("afterwards"):
        stage["afterwards"], changed = EXAMPLE_AFTERWARDS, True
    if changed:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        path.write_text(text, encoding="utf-8")
    return directory


def scroll_to(browser, words: str, above: int = 120) -> None:  # type: ignore[no-untyped-def]
    """Scroll so ``words`` stand ``above`` pixels below the top, without moving the caret there."""
    found = browser.document().find(words)
    if found.isNull():
        raise SystemExit(f"not on the page: {words!r}")
    top = browser.document().documentLayout().blockBoundingRect(found.block()).top()
    browser.verticalScrollBar().setValue(max(0, int(top) - above))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="explorer-claim-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(profile / "config")
    os.environ["XDG_DATA_HOME"] = str(profile / "data")
    pack_dir = pack_copy(profile / "pack")

    from explorer.app import configure_application
    from explorer.ui.main_window import MainWindow
    from explorer.ui.settings import REVIEWER_NAME, WELCOME_SEEN, Settings

    app = QApplication(sys.argv)
    configure_application(app)
    settings = Settings()
    settings.set(WELCOME_SEEN, True)
    settings.set(REVIEWER_NAME, "A. Second-Reader")
    window = MainWindow(settings)
    window.showMaximized()
    loaded = QEventLoop()
    window.packLoaded.connect(lambda _pack: loaded.quit())
    window.open_pack(pack_dir)
    loaded.exec()
    settle(800)
    window.library_dock.hide()  # the page gets the width of a 1366-pixel screen
    window.search_dock.hide()

    window.open_scenario(SCENARIO, STAGE, focus=True)
    settle()
    view = window.scenario_view
    scroll_to(view.browser, "Reasoning:")
    shoot(app, out / "tradeoff-reasoning.png")

    # The reader records a choice; the afterwards disclosure opens for them.
    reflection = window.reflection
    reflection.focus_panel()
    panel = reflection.panel
    panel.choice_combo.setCurrentIndex(panel.choice_combo.findData(CHOICE))
    settle()
    window.resizeDocks([reflection.panel_dock], [600], Qt.Orientation.Horizontal)
    settle()
    # The decision and, under it, what happened afterwards (the panel scrolls only downwards).
    panel.scroll_area.horizontalScrollBar().setValue(0)
    panel.scroll_area.verticalScrollBar().setValue(panel.decision_box.y() - 10)
    settle()
    view.afterwards_button.setChecked(True)
    settle()
    scroll_to(view.browser, "What happened afterwards", above=60)
    shoot(app, out / "afterwards-after-the-choice.png")
    reflection.panel_dock.hide()

    dialog = window.review.open_review()
    if dialog is None:  # the review file is read in the background
        settle(1500)
        dialog = window.review.open_review()
    assert dialog is not None
    dialog.resize(1100, 700)
    dialog.move(130, 30)
    key = f"{SCENARIO}/{STAGE}/{CHOICE}/tradeoffs[0]"
    if not dialog.go_to(key):
        raise SystemExit(f"no reviewable item {key}")
    dialog.verdicts.button(0).setChecked(True)  # confirmed, not yet recorded
    dialog.note.setPlainText("Both passages are in the reasoning; the step between them is fair.")
    settle()
    shoot(app, out / "review-mode.png")
    dialog.close()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
