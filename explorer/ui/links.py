"""Links in pack text: which ones the app follows, and asking before anything leaves the app.

A citation (``cite:``) or a stage (``stage:``) link stays inside the explorer and
opens with one click. A web or mail address (``http``, ``https``, ``mailto``) is
marked as external where it is shown (see ``explorer.ui.markdown_render``) and
opens only after the reader confirms in a dialog that shows the full address,
percent-encoded so that look-alike letters and right-to-left marks cannot
disguise it. Anything else (``javascript:``, ``file:``, ``data:``, a bare path)
is never opened.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.ui.plain_text import arg

CITE_SCHEME = "cite"
STAGE_SCHEME = "stage"
WEB_SCHEMES = frozenset({"http", "https"})
MAIL_SCHEME = "mailto"


class LinkKind(Enum):
    CITATION = "citation"
    STAGE = "stage"
    WEB = "web"
    MAIL = "mail"
    REFUSED = "refused"


def link_kind(href: str) -> LinkKind:
    """What a link in pack text is, from its address alone."""
    scheme, colon, _rest = href.partition(":")
    scheme = scheme.strip().lower() if colon else ""
    if scheme == CITE_SCHEME:
        return LinkKind.CITATION
    if scheme == STAGE_SCHEME:
        return LinkKind.STAGE
    if scheme in WEB_SCHEMES and QUrl(href).isValid() and QUrl(href).host():
        return LinkKind.WEB
    if scheme == MAIL_SCHEME and QUrl(href).isValid():
        return LinkKind.MAIL
    return LinkKind.REFUSED


def is_external(url: QUrl) -> bool:
    return link_kind(url.toString()) in (LinkKind.WEB, LinkKind.MAIL)


def full_address(url: QUrl) -> str:
    """The address as the browser gets it: ASCII only (punycode host, %-escapes), nothing hidden."""
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def hover_text(url: QUrl) -> str:
    """What the status bar says while the pointer (or the keyboard) is on an external link."""
    if is_external(url):
        return arg(
            QCoreApplication.translate("links", "Outside the explorer: %1 (asks before opening)"),
            full_address(url),
        )
    return QCoreApplication.translate("links", "This link is not opened by the explorer.")


def ask_to_open(parent: QWidget | None, url: QUrl) -> QMessageBox | None:
    """Ask whether to hand an external address to the desktop; open it only on "Open".

    The dialog is window-modal and returned (``None`` for a link that is never
    opened), so the caller's event loop keeps running.
    """
    if not is_external(url):
        return None
    translate = QCoreApplication.translate
    if url.scheme().lower() == MAIL_SCHEME:
        question = translate("links", "Write an e-mail with your mail program to this address?")
    else:
        question = translate("links", "Open this address in your web browser?")
    warning = translate("links", "It comes from the scenario pack, not from the explorer.")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("links", "Open an outside address"),
        f"{question}\n\n{full_address(url)}\n\n{warning}",
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("external-link-confirmation")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Open:  # type: ignore[arg-type]
            QDesktopServices.openUrl(url)

    box.buttonClicked.connect(answered)
    box.open()
    return box
