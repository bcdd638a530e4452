"""Switching the UI language at runtime: Qt translators for widgets, the core catalogue for the rest."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from heihe_desk.core.locale.catalogue import translations
from heihe_desk.core.locale.languages import check_language
from heihe_desk.core.paths import i18n_dir


class LanguageSwitcher:
    """Holds the installed translators; :meth:`apply` swaps them and Qt sends LanguageChange events."""

    def __init__(self) -> None:
        self.lang = "en"
        self._translators: list[QTranslator] = []

    def apply(self, lang: str) -> None:
        self.lang = check_language(lang)
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        qt_base = QTranslator()
        if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt_base)
        ours = QTranslator()
        if ours.load(str(i18n_dir() / "ui" / f"heihe_desk_{lang}.qm")):
            self._translators.append(ours)
        for translator in self._translators:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(lang))
        # Qt posts LanguageChange to every widget; deliver now so the whole UI reads in the new language at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def core(self, message: str) -> str:
        """A string from the core catalogue (field labels, validation rules) in the current language."""
        return translations(self.lang).gettext(message)


# The one switcher of the running application.
LANGUAGE = LanguageSwitcher()


def core_tr(message: str) -> str:
    return LANGUAGE.core(message)
