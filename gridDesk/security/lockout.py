"""Failed logins: 5 then a 15-minute lock that survives a restart.

The counter lives in a file beside the key-slot file, since no database can be opened before
a login succeeds. It is not secret and not authenticated: Argon2id is what stops an offline
guesser; this stops the person at the keyboard. Failures wait here until the next successful
login writes them into the audit log.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.accounts import LOCKOUT_SECONDS, MAX_FAILURES
from .fileio import atomic_write


@dataclass(frozen=True)
class FailedLogin:
    account: str
    at: float
    reason: str


class LoginGuard:
    def __init__(self, path: Path, clock=time.time) -> None:
        self.path = Path(path)
        self.clock = clock

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            # A damaged counter must not open the door wider than a fresh one would.
            return {}

    def _write(self, data: dict) -> None:
        atomic_write(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def locked_until(self, account: str) -> float:
        entry = self._read().get("accounts", {}).get(account, {})
        until = float(entry.get("locked_until", 0))
        return until if until > self.clock() else 0.0

    def remaining(self, account: str) -> int:
        entry = self._read().get("accounts", {}).get(account, {})
        return max(0, MAX_FAILURES - int(entry.get("failures", 0)))

    def record_failure(self, account: str, reason: str) -> int:
        """Count one failure; returns the attempts left (0 means now locked)."""
        data = self._read()
        accounts = data.setdefault("accounts", {})
        entry = accounts.setdefault(account, {"failures": 0, "locked_until": 0})
        now = self.clock()
        if float(entry.get("locked_until", 0)) and float(entry["locked_until"]) <= now:
            entry["failures"] = 0
            entry["locked_until"] = 0
        entry["failures"] = int(entry.get("failures", 0)) + 1
        if entry["failures"] >= MAX_FAILURES:
            entry["locked_until"] = now + LOCKOUT_SECONDS
        data.setdefault("pending", []).append({"account": account, "at": now, "reason": reason})
        self._write(data)
        return max(0, MAX_FAILURES - entry["failures"])

    def record_success(self, account: str) -> None:
        data = self._read()
        if account in data.get("accounts", {}):
            del data["accounts"][account]
            self._write(data)

    def pending(self) -> list[FailedLogin]:
        return [FailedLogin(str(p["account"]), float(p["at"]), str(p["reason"]))
                for p in self._read().get("pending", [])]

    def clear_pending(self, count: int) -> None:
        data = self._read()
        data["pending"] = data.get("pending", [])[count:]
        self._write(data)
