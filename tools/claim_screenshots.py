"""Screenshots of claim review and hindsight: review mode, a trade-off with its reasoning, an afterwards block.

    xvfb-run -a -s "-screen 0 1366x768x24" sh -c 'openbox & .venv/bin/python tools/claim_screenshots.py docs/screenshots'

Shows the bundled pack's own content (a copy of it, so nothing is ever written into the
checkout): the MINUSMA campaign's reasoning on a trade-off after the 2020 coup, the
afterwards block of its first stage once a choice is recorded, and review mode on the
same trade-off.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt

from tools.screenshots import settle, shoot, start

SCENARIO = "minusma-campaign"
#: The stage and choice whose first inferred trade-off shows its reasoning (and is reviewed).
REASONED_STAGE, REASONED_CHOICE = "after-the-coup", "conditional-engagement"


def pack_copy(directory: Path) -> Path:
    from explorer.core.paths import bundled_pack_dir

    shutil.copytree(bundled_pack_dir(), directory)
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
    pack_dir = pack_copy(Path(tempfile.mkdtemp(prefix="explorer-claim-shots-")) / "pack")

    from explorer.ui.settings import REVIEWER_NAME

    app, window, settings = start(pack_dir)
    settings.set(REVIEWER_NAME, "A. Second-Reader")
    window.library_dock.hide()  # the page gets the width of a 1366-pixel screen
    window.search_dock.hide()

    pack = window.pack
    assert pack is not None
    campaign = pack.scenario(SCENARIO)
    hindsight = next((stage for stage in campaign.stages if stage.afterwards.strip()), None)
    if hindsight is None:
        raise SystemExit(f"no stage of {SCENARIO} has an afterwards block")

    window.open_scenario(SCENARIO, REASONED_STAGE, focus=True)
    settle()
    view = window.scenario_view
    scroll_to(view.browser, "Reasoning:")
    shoot(app, out / "tradeoff-reasoning.png")

    # The reader records a choice; the afterwards disclosure opens for them.
    window.open_scenario(SCENARIO, hindsight.id, focus=True)
    reflection = window.reflection
    reflection.focus_panel()
    panel = reflection.panel
    panel.choice_combo.setCurrentIndex(panel.choice_combo.findData(hindsight.choices[0].id))
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
    stage = next(st for st in campaign.stages if st.id == REASONED_STAGE)
    choice = next(ch for ch in stage.choices if ch.id == REASONED_CHOICE)
    index = next(i for i, t in enumerate(choice.tradeoffs) if t.reasoning)
    key = f"{SCENARIO}/{REASONED_STAGE}/{REASONED_CHOICE}/tradeoffs[{index}]"
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
