"""The interface language: which one, its translators, and switching at run time.

The language follows the system (``QLocale.system()``) unless the user chose one in
View → Language, remembered in ``QSettings`` under ``ui/language`` (``""`` is the
system's). Applying a language installs the app's ``explorer_<lang>.qm`` and Qt's own
``qtbase_<lang>.qm`` (standard dialogs, context menus), and makes ``QLocale(lang)`` the
default, so dates and numbers follow and ``QLocale().language()`` is the app's language.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every
widget; a widget retranslates in ``retranslate_ui`` (``FollowsLanguage``). Text set through
``keep`` (menus, actions, dock titles) is retranslated by ``retranslate`` from its English
source, so a window does not have to rebuild its menus.

The ``.qm`` files are built from ``explorer/i18n/*.ts`` by ``pyside6-lrelease``
(``./dev.sh`` does it, as does the frozen build); without them the app is in English.
``explorer_en.qm`` holds only the English plural forms ("1 entry", "2 entries"): it is
installed under every language, beneath the chosen one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6 import QtCore
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu, QMenuBar, QWidget

from explorer.ui.actions import plain
from explorer.ui.settings import LANGUAGE, Settings

#: Qt's marker for lupdate (it returns ``text``), typed: PySide's stub says it returns ``object``.
#: Import it from here; lupdate knows it by its name.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1; "" for the system's
    name: str  # in the language itself, so a reader finds their own in any interface


#: The interface languages, as View → Language lists them. Endonyms are not translated.
LANGUAGES = (
    Language("", QT_TRANSLATE_NOOP("Language", "System default")),
    Language("en", "English"),
    Language("nl", "Nederlands"),
    Language("fr", "Français"),
)
SUPPORTED = tuple(language.code for language in LANGUAGES if language.code)

#: The dynamic property ``keep`` stores the English source in, for ``retranslate``.
_SOURCE = "explorer_i18n_source"


def translations_dir() -> Path:
    """Where the app's ``.ts`` sources and built ``.qm`` files live (checkout, wheel and frozen app)."""
    return Path(__file__).resolve().parent.parent / "i18n"


if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object  # a mixin: the widget class comes after it in the bases


class FollowsLanguage(_Widget):
    """A widget whose words are set in ``retranslate_ui``, called again on a language change.

    Put it first in the bases (``class FindBar(FollowsLanguage, QWidget)``); the widget calls
    ``retranslate_ui()`` at the end of its ``__init__``, and Qt's ``LanguageChange`` (View →
    Language) calls it again. It is the one place for everything the widget shows in the
    language of the moment: its words, and what it draws in words or from the pack in the app's
    language (a count, a rendered page), drawn again there. Since ``__init__`` calls it too, such
    a redraw does nothing, or what ``__init__`` would have done anyway, while nothing is shown.
    A widget's own ``changeEvent`` (for a theme or a font) calls ``super().changeEvent``.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def resolve(choice: str) -> str:
    """The language to use for a setting's value: the chosen one, else the system's if supported."""
    if choice in SUPPORTED:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class Translations(QObject):
    """The translators installed for the current language; ``apply`` swaps them.

    One per application (``current``): it owns the translators it installed, and only those.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("explorer-translations")
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    @classmethod
    def current(cls, app: QCoreApplication) -> Translations:
        found = app.findChild(Translations, "explorer-translations")
        return found if isinstance(found, Translations) else cls(app)

    def apply(self, language: str) -> str:
        """Install the translators of ``language`` (a supported code); return it.

        ``QLocale.setDefault`` comes first, so that widgets handling the LanguageChange
        that installing sends already see the new ``QLocale()``.
        """
        QLocale.setDefault(QLocale(language))
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        # Installed last is asked first: the chosen language over the English plurals.
        wanted = [("explorer", "en", str(translations_dir()))]
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            wanted += [("qtbase", language, qt_dir), ("explorer", language, str(translations_dir()))]
        for name, code, directory in wanted:
            translator = QTranslator(self)
            if translator.load(f"{name}_{code}", directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        if not self._installed:
            # No translator came or went (no .qm built): say it anyway, so views follow the locale.
            QCoreApplication.sendEvent(self._app, QEvent(QEvent.Type.LanguageChange))
        if isinstance(self._app, QGuiApplication):
            # The name a window manager appends to titles that do not already end with it: in the
            # same language as the titles ("… — Dilemmaverkenner vredesoperaties"), never twice.
            self._app.setApplicationDisplayName(
                QCoreApplication.translate("MainWindow", "Peace-operations dilemma explorer")
            )
        self.language = language
        return language


def install(app: QCoreApplication, settings: Settings | None = None) -> Translations:
    """Install the remembered (or the system's) language; at start and on every choice."""
    translations = Translations.current(app)
    translations.apply(resolve((settings or Settings()).get(LANGUAGE)))
    return translations


def choose(choice: str, settings: Settings) -> str:
    """Remember ``choice`` (``""`` for the system's) and switch to it at once; the language used."""
    settings.set(LANGUAGE, choice)
    app = QCoreApplication.instance()
    assert app is not None
    return install(app, settings).language


def current_choice(settings: Settings) -> str:
    """What View → Language shows as checked: the stored choice, ``""`` for the system's."""
    choice = settings.get(LANGUAGE)
    return choice if choice in SUPPORTED else ""


def keep(target: QObject, context: str, source: str, setter: str = "setText") -> None:
    """Set ``target``'s text to the translation of ``source`` and remember it for ``retranslate``.

    ``source`` is the English as marked with ``QT_TRANSLATE_NOOP(context, ...)`` (so that
    ``lupdate`` finds it); ``setter`` is the method that shows it (``setText``,
    ``setToolTip``, ``setWindowTitle`` ...). Several setters can be kept on one object.
    """
    kept = dict(target.property(_SOURCE) or {})
    kept[setter] = [context, source]
    target.setProperty(_SOURCE, kept)
    _set(target, setter, QCoreApplication.translate(context, source))


def kept(target: QObject, setter: str = "setText") -> bool:
    """Whether ``target``'s text for ``setter`` is kept (``keep``): whoever kept it names it,
    and names it again on a language change, so the widget's own default must not."""
    return setter in dict(target.property(_SOURCE) or {})


def add_menu(parent: QMenuBar | QMenu, context: str, title: str) -> QMenu:
    """A menu whose ``title`` (English, marked for lupdate) follows the language."""
    menu = parent.addMenu(title)
    keep(menu.menuAction(), context, title)
    return menu


def translate_action(action: QAction, context: str, text: str, tip: str = "") -> None:
    """``keep`` an action's text, its tooltip (the text and the shortcut) and its status tip."""
    keep(action, context, text, _ACTION_TEXT)
    if tip:
        keep(action, context, tip, "setStatusTip")


def set_action_text(action: QAction, text: str) -> None:
    """Show ``text`` (already translated) on ``action``, its tooltip naming the shortcut as
    ``actions.make_action`` does: for an action retranslated by its widget's ``retranslate_ui``."""
    action.setText(text)
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{plain(text)} ({shortcut})" if shortcut else plain(text))


def _set_tip_with_keys(action: QAction, tip: str) -> None:
    keys = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts())
    action.setToolTip(f"{tip} ({keys})" if keys else tip)


#: Setters that are not one method of the target: an action's text with its tooltip, a tip
#: followed by the action's keys.
_ACTION_TEXT = "action-text"
TIP_WITH_KEYS = "tip-with-keys"
_SETTERS: dict[str, Callable[[Any, str], None]] = {
    _ACTION_TEXT: set_action_text,
    TIP_WITH_KEYS: _set_tip_with_keys,
}


def _set(target: QObject, setter: str, text: str) -> None:
    if setter in _SETTERS:
        _SETTERS[setter](target, text)
    else:
        getattr(target, setter)(text)


#: The buttons Qt makes inside its own widgets (a dock's float and close buttons, a tab bar's
#: scroll arrows), by object name: (context, name, description) as Qt's sources say them and
#: ``qtbase_<lang>.qm`` translates them. Qt names them once, when it makes them, and never on
#: a language change. Not marked for lupdate: Qt's own translations have them.
_QT_BUTTONS = {
    "qt_dockwidget_floatbutton": ("QDockWidget", "Float", "Undocks and re-attaches the dock widget"),
    "qt_dockwidget_closebutton": ("QDockWidget", "Close", "Closes the dock widget"),
    "ScrollLeftButton": ("QTabBar", "Scroll Left", ""),
    "ScrollRightButton": ("QTabBar", "Scroll Right", ""),
}


def retranslate(root: QObject) -> None:
    """Translate again every text kept (``keep``) on ``root`` and its children, and the names of
    the buttons Qt made inside them (``_QT_BUTTONS``): on LanguageChange."""
    for target in [root, *root.findChildren(QObject)]:
        kept = target.property(_SOURCE)
        if kept:
            for setter, (context, source) in dict(kept).items():
                _set(target, setter, QCoreApplication.translate(context, source))
    for button in root.findChildren(QAbstractButton):
        if button.objectName() in _QT_BUTTONS:
            context, name, description = _QT_BUTTONS[button.objectName()]
            button.setAccessibleName(QCoreApplication.translate(context, name))
            if description:
                button.setAccessibleDescription(QCoreApplication.translate(context, description))
