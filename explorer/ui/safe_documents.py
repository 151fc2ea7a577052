"""Rich-text documents that never load a resource: no image, style sheet or page from disk or network.

``QTextDocument`` fetches whatever an ``<img src>``, ``<link>`` or followed link
names, and reads local paths itself when nobody answers (``/dev/zero`` never
ends). The Markdown renderer already drops images and raw HTML; these classes
are the second wall: every request is refused with an empty value Qt accepts as
an answer (a transparent pixel for an image), and logged so a stray request
shows up in tests. Resources the app
adds itself (``QTextDocument.addResource``) are served before any of this runs.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

log = logging.getLogger(__name__)


def _blank_image() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)  # transparent
    return image


def refuse_resource(kind: int, url: QUrl | str) -> object:
    """An empty answer Qt accepts as the resource, so it looks no further.

    ``None`` makes ``QTextDocument`` read the file itself, and a null image makes Qt 6.8's
    image handler load it directly (``QImage.load``): an image gets one transparent pixel.
    """
    log.warning(
        "refused to load a %s resource: %.200s", kind, url.toString() if isinstance(url, QUrl) else url
    )
    return _blank_image() if kind == QTextDocument.ResourceType.ImageResource else ""


class SafeTextBrowser(QTextBrowser):
    """A ``QTextBrowser`` whose documents load nothing and that never follows a link itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # the owner decides in ``anchorClicked`` (see ``explorer.ui.links``)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return refuse_resource(kind, url)


class SafeTextDocument(QTextDocument):
    """A ``QTextDocument`` (for delegates, measuring and printing) that loads nothing."""

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        return refuse_resource(kind, url)
