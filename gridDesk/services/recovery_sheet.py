"""Saving the recovery key sheet at set-up (there is no session yet, so nothing to audit)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ..printing.recovery_sheet import RecoverySheet, write_recovery_sheet
from .access import SetupResult


def save_recovery_sheet(result: SetupResult, path: Path | str) -> None:
    sheet = RecoverySheet(result.centre.village_name, result.centre.division_code,
                          result.centre.township, result.director.username, result.recovery_key,
                          datetime.now().strftime("%Y-%m-%d %H:%M"))
    write_recovery_sheet(sheet, Path(path))
