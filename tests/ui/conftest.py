from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from gridDesk.ui.theme import STYLE


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, qapp):
    """Preferences go to a temporary folder, never the tester's own."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    qapp.setStyleSheet(STYLE)
    yield
