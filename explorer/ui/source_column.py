"""The source viewer's place in the workspace: a strip to close it or go back, then the viewer.

The strip is the "obvious way back" the workspace needs when there is no room for
the scenario and the source side by side: the source then replaces the scenario,
and "Back to the scenario" closes it again. Escape and the close button close the
source wherever it is; View → Source viewer (Ctrl+3) opens it again at the same place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from explorer.ui.i18n import FollowsLanguage
from explorer.ui.source_viewer import SourceViewer


class SourceColumn(FollowsLanguage, QWidget):
    closeRequested = Signal()

    def __init__(self, viewer: SourceViewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source-column")
        self.viewer = viewer
        self.back_button = QToolButton(self)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.back_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.back_button.clicked.connect(self.closeRequested)
        self.back_button.hide()  # only while the source stands in for the scenario
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.closeRequested)

        self.escape_action = QAction(self)
        self.escape_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Only while the keyboard is in the source: Escape elsewhere keeps its own meaning.
        self.escape_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_action.triggered.connect(self._escape)
        self.addAction(self.escape_action)

        strip = QHBoxLayout()
        strip.setContentsMargins(4, 2, 4, 0)
        strip.addWidget(self.back_button)
        strip.addStretch(1)
        strip.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(strip)
        layout.addWidget(viewer, 1)
        viewer.show()  # reparented widgets start hidden; it shows with the column
        self.setFocusProxy(viewer)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The strip's words in the language of the moment: at start and on a language change."""
        self.back_button.setText(self.tr("◀ Back to the scenario"))
        self.back_button.setToolTip(self.tr("Close the source and show the scenario again (Escape)"))
        self.back_button.setAccessibleName(self.tr("Back to the scenario"))
        self.close_button.setToolTip(self.tr("Close the source viewer (Escape)"))
        self.close_button.setAccessibleName(self.tr("Close the source viewer"))
        self.escape_action.setText(self.tr("Close the source viewer"))

    def set_stacked(self, stacked: bool) -> None:
        """Stacked: the source stands in for the scenario, so say how to get back to it."""
        self.back_button.setHidden(not stacked)

    def _escape(self) -> None:
        if self.viewer.find_bar.isVisible():  # Escape closes the find bar first, as it always did
            self.viewer.close_find()
        else:
            self.closeRequested.emit()
