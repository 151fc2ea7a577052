"""The pack in the app's language: which language that is, and the pack as its reader sees it.

The language is ``QLocale()``'s (the language switch sets the default locale and sends every
widget a ``LanguageChange``). A widget that shows pack text keeps the pack it was given and
asks for ``localized(pack)`` whenever it renders, and renders again on ``LanguageChange``
(in its ``retranslate_ui``: ``i18n.FollowsLanguage``); the translated packs are made once per
language and pack (``in_language``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

if TYPE_CHECKING:
    from explorer.core.pack.loader import LoadedPack
    from explorer.core.workshop.roles import LoadedRoles


def app_language() -> str:
    """The app's language as a code (``en``, ``nl``, ``fr``); the C locale counts as English."""
    language = QLocale().language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "en"
    return QLocale.languageToCode(language)


def localized(pack: LoadedPack) -> LoadedPack:
    # Imported here: the main window imports this module before its first paint, and the pack's
    # core (msgspec, YAML, the corpus) is only needed once a pack has loaded.
    from explorer.core.pack.pack_translation import in_language

    return in_language(pack, app_language())


def localized_roles(roles: LoadedRoles) -> LoadedRoles:
    from explorer.core.workshop.roles import roles_in

    return roles_in(roles, app_language())
