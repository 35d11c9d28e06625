"""Saving the recovery key sheet at set-up (there is no session yet, so nothing to audit)."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path

from ..printing.recovery_sheet import RecoverySheet, write_recovery_sheet
from .access import SetupResult


def _sheet(result: SetupResult) -> RecoverySheet:
    return RecoverySheet(result.centre.village_name, result.centre.division_code,
                         result.centre.township, result.director.username, result.recovery_key,
                         datetime.now().strftime("%Y-%m-%d %H:%M"))


def save_recovery_sheet(result: SetupResult, path: Path | str) -> None:
    write_recovery_sheet(_sheet(result), Path(path))


def recovery_sheet_pdf(result: SetupResult) -> bytes:
    """The sheet in memory, for printing straight from the set-up screen."""
    buffer = BytesIO()
    write_recovery_sheet(_sheet(result), buffer)
    return buffer.getvalue()
