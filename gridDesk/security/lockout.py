"""Failed logins: 5 then a 15-minute lock that survives a restart, and a counter that says when
it has been tampered with.

The counter lives in a file beside the key-slot file (`griddesk.logins`), since no database can
be opened before a login succeeds. Failures wait there until the next successful login writes
them into the audit log.

The file carries an HMAC-SHA256 keyed with a random 32-byte "lockout key" kept in the key-slot
file, inside the part that the key-slot file's own MAC (keyed from the data key) covers.

What this does and does not stop. Before a login nothing secret is at hand, so the lockout key
sits readable in the key-slot file: someone with write access to the data folder, a little
Python and this source can compute a valid MAC, or strip the key (which breaks the key-slot
file's MAC, caught at the next login), and give themselves more tries in the app. That person
could equally copy the key-slot file and guess offline at full speed; what stops them is Argon2id
(with its floor and ceiling, see keyslots.py), not this counter. The counter stops the person at
the keyboard with Explorer or Notepad: deleting the file, emptying it, editing `failures` to 0
or -1000, or dropping the pending failures no longer resets anything. A missing, unreadable,
unauthenticated or implausible counter locks every account at once, as five failures would
(15 minutes, the director included: the lock is the point, and the director's account is the
one most worth guessing; the recovery key in the safe still opens, as it is no password to
guess), and the fact waits in the file as a pending event for the audit log.

Upgrade: a key-slot file without a lockout key is an installation from before this counter was
authenticated. Its counter file is read as it always was (no MAC, but checked for sense), and a
missing one is no alarm, since the old code only wrote it at the first failure. The first
successful login there adopts a key: the counter is rewritten authenticated first, then the key
goes into the key-slot file (a crash between them leaves the old state, which the next login
adopts again). Stripping the key from the key-slot file to get back to that mode breaks the key-
slot file's MAC, so it is noticed at the next login.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.accounts import LOCKOUT_SECONDS, MAX_FAILURES
from .fileio import atomic_write

FORMAT = "griddesk-logins/2"
TAMPERED = "counter_tampered"  # the reason of a pending event that is not one failed login
MAX_PENDING = 500  # unknown names each get five tries; the record of them must stay bounded
MAX_BYTES = 1 << 20  # 500 pending events of short names are far below this
# What the problem with a counter file was, for the audit row.
MISSING, UNREADABLE, SHAPE, IMPLAUSIBLE, UNAUTHENTICATED, ALTERED = (
    "missing", "unreadable", "shape", "implausible", "unauthenticated", "altered")


@dataclass(frozen=True)
class FailedLogin:
    account: str
    at: float
    reason: str


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _problem(data: object) -> str:
    """'' when the counter makes sense, else what is wrong with it."""
    if not isinstance(data, dict):
        return SHAPE
    accounts, pending = data.get("accounts", {}), data.get("pending", [])
    tamper, dropped = data.get("tamper", {}), data.get("dropped", 0)
    if not isinstance(accounts, dict) or not isinstance(pending, list) or not isinstance(tamper, dict):
        return SHAPE
    for entry in accounts.values():
        if not isinstance(entry, dict):
            return SHAPE
        failures, until = entry.get("failures", 0), entry.get("locked_until", 0)
        if not isinstance(failures, int) or isinstance(failures, bool) or not _number(until):
            return SHAPE
        if not 0 <= failures <= MAX_FAILURES or until < 0:
            return IMPLAUSIBLE
    for p in pending:
        if (not isinstance(p, dict) or not isinstance(p.get("account"), str)
                or not isinstance(p.get("reason"), str) or not _number(p.get("at"))):
            return SHAPE
    if len(pending) > MAX_PENDING:
        return IMPLAUSIBLE
    if tamper and not _number(tamper.get("until")):
        return SHAPE
    if not isinstance(dropped, int) or isinstance(dropped, bool) or dropped < 0:
        return IMPLAUSIBLE
    return ""


class LoginGuard:
    """`key` gives the lockout key from the key-slot file (None: an installation from before it)."""

    def __init__(self, path: Path, clock=time.time, key: Callable[[], bytes | None] = lambda: None) -> None:
        self.path = Path(path)
        self.clock = clock
        self.key = key

    # -- the file -----------------------------------------------------------------------------
    def _mac(self, key: bytes, data: dict) -> str:
        return hmac.new(key, _canonical(data), hashlib.sha256).hexdigest()

    def _write(self, data: dict) -> None:
        self._write_with(data, self.key())

    def _write_with(self, data: dict, key: bytes | None) -> None:
        """Authenticated under `key`; in the old plain form when there is none yet."""
        body = {k: v for k, v in data.items() if k not in ("format", "mac")}
        if key is not None:
            body = {"format": FORMAT, **body}
            body["mac"] = self._mac(key, body)
        atomic_write(self.path, json.dumps(body, ensure_ascii=False).encode("utf-8"))

    def _read_bytes(self) -> bytes:
        """A virus scanner on Windows may hold the file for a moment: a few short retries before
        an unreadable counter counts as tampering."""
        for attempt in range(5):
            try:
                with open(self.path, "rb") as fh:
                    return fh.read(MAX_BYTES + 1)
            except FileNotFoundError:
                raise
            except OSError:
                if attempt == 4:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _check(self, key: bytes | None) -> tuple[dict, str, int]:
        """The counter, what is wrong with it ('' if nothing), and how many pending failures an
        untrusted file listed (they cannot be believed, only counted)."""
        try:
            raw = self._read_bytes()
        except FileNotFoundError:
            return {}, (MISSING if key is not None else ""), 0
        except OSError:
            return {}, UNREADABLE, 0
        if len(raw) > MAX_BYTES:  # never what this code writes; not worth parsing
            return {}, IMPLAUSIBLE, 0
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # bad JSON or bytes that are not UTF-8
            return {}, UNREADABLE, 0
        listed = len(data.get("pending", [])) if isinstance(data, dict) and isinstance(
            data.get("pending"), list) else 0
        if key is not None:
            if not isinstance(data, dict) or "mac" not in data:
                return {}, UNAUTHENTICATED, listed
            body = {k: v for k, v in data.items() if k != "mac"}
            if not isinstance(data["mac"], str) or not hmac.compare_digest(data["mac"], self._mac(key, body)):
                return {}, ALTERED, listed
        problem = _problem(data)
        if problem:
            return {}, problem, listed
        return data, "", 0

    def _state(self, key: bytes | None) -> tuple[dict, bool]:
        """The counter, and whether it had to be replaced: a counter that is missing or does not
        check becomes a lock on every account and a pending event saying why."""
        data, problem, listed = self._check(key)
        if not problem:
            return {k: v for k, v in data.items() if k not in ("format", "mac")}, False
        now = self.clock()
        detail = problem + (f"; it listed {listed} pending failed logins, not believed" if listed else "")
        return {"accounts": {}, "tamper": {"at": now, "until": now + LOCKOUT_SECONDS, "why": problem},
                "pending": [{"account": "", "at": now, "reason": f"{TAMPERED}: {detail}"}]}, True

    def _read(self) -> dict:
        """The counter as it stands; a replacement (see `_state`) is written there and then."""
        key = self.key()
        data, replaced = self._state(key)
        if replaced:
            self._write_with(data, key)
        return data

    # -- the lock ----------------------------------------------------------------------------
    def locked_until(self, account: str) -> float:
        data = self._read()
        now = self.clock()
        entry = data.get("accounts", {}).get(account, {})
        # A clock set back must not stretch a lock: no lock lasts beyond 15 minutes from now.
        until = min(max(float(entry.get("locked_until", 0)), float(data.get("tamper", {}).get("until", 0))),
                    now + LOCKOUT_SECONDS)
        return until if until > now else 0.0

    def tampered(self) -> bool:
        """Whether the lock now in force is the one a missing or altered counter brought."""
        return float(self._read().get("tamper", {}).get("until", 0)) > self.clock()

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
        entry["failures"] = min(MAX_FAILURES, int(entry.get("failures", 0)) + 1)
        if entry["failures"] >= MAX_FAILURES:
            entry["locked_until"] = now + LOCKOUT_SECONDS
        self._add_pending(data, {"account": account, "at": now, "reason": reason})
        self._write(data)
        return max(0, MAX_FAILURES - entry["failures"])

    @staticmethod
    def _add_pending(data: dict, event: dict) -> None:
        pending = data.setdefault("pending", [])
        pending.append(event)
        if len(pending) > MAX_PENDING:  # the oldest go; how many is kept and audited
            data["dropped"] = int(data.get("dropped", 0)) + len(pending) - MAX_PENDING
            data["pending"] = pending[-MAX_PENDING:]

    def record_success(self, account: str) -> None:
        data = self._read()
        changed = account in data.get("accounts", {})
        data.get("accounts", {}).pop(account, None)
        if data.get("tamper") and float(data["tamper"].get("until", 0)) <= self.clock():
            del data["tamper"]  # the lock is over; its event waits in `pending`
            changed = True
        if changed:
            self._write(data)

    # -- what the audit log has not heard yet -------------------------------------------------
    def pending(self) -> list[FailedLogin]:
        data = self._read()
        events = [FailedLogin(str(p["account"]), float(p["at"]), str(p["reason"]))
                  for p in data.get("pending", [])]
        if data.get("dropped"):
            at = events[0].at if events else self.clock()
            events.insert(0, FailedLogin("", at, f"{int(data['dropped'])} older failed logins not kept"))
        return events

    def clear_pending(self, count: int) -> None:
        data = self._read()
        if data.get("dropped"):
            count -= 1
            data.pop("dropped")
        data["pending"] = data.get("pending", [])[max(0, count):]
        self._write(data)

    # -- the key ------------------------------------------------------------------------------
    def reset(self, key: bytes | None) -> None:
        """A new centre: an empty counter under its key."""
        self._write_with({"accounts": {}, "pending": []}, key)

    def adopt(self, new_key: bytes | None, old_key: bytes | None) -> None:
        """Rewrite the counter under `new_key`: at the first login after the upgrade (old_key None),
        or when a restore brings another key-slot file. What it held under the old key is kept,
        or, if it did not check, replaced by the lock and its event (see `_state`)."""
        self._write_with(self._state(old_key)[0], new_key)
