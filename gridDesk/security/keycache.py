"""'Remember on this PC': an account's unwrapped private key in the OS keyring, only on request.

keyring's fail and null backends mean there is no cache; there is never a file fallback.
"""

from __future__ import annotations

import base64
from typing import Protocol


class KeyCache(Protocol):
    def available(self) -> bool: ...
    def get(self, db_id: str, account: str) -> bytes | None: ...
    def put(self, db_id: str, account: str, private: bytes) -> None: ...
    def forget(self, db_id: str, account: str) -> None: ...


_SERVICE = "GridDesk"


def _name(db_id: str, account: str) -> str:
    return f"{db_id}:{account}"


class KeyringCache:
    def __init__(self, backend=None) -> None:
        import keyring

        self._keyring = keyring
        self._backend = backend if backend is not None else keyring.get_keyring()

    def available(self) -> bool:
        from keyring.backends import fail, null

        chainer = getattr(self._backend, "backends", None)
        if chainer is not None and not chainer:
            return False
        return not isinstance(self._backend, (fail.Keyring, null.Keyring))

    def get(self, db_id: str, account: str) -> bytes | None:
        if not self.available():
            return None
        try:
            text = self._backend.get_password(_SERVICE, _name(db_id, account))
        except self._keyring.errors.KeyringError:
            return None
        if not text:
            return None
        try:
            return base64.b64decode(text, validate=True)
        except ValueError:
            return None

    def put(self, db_id: str, account: str, private: bytes) -> None:
        if not self.available():
            raise RuntimeError("no keyring on this PC")
        self._backend.set_password(_SERVICE, _name(db_id, account), base64.b64encode(private).decode())

    def forget(self, db_id: str, account: str) -> None:
        if not self.available():
            return
        try:
            self._backend.delete_password(_SERVICE, _name(db_id, account))
        except self._keyring.errors.KeyringError:
            pass


class MemoryCache:
    """For tests and for PCs where the user never asked to be remembered."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.items: dict[str, bytes] = {}

    def available(self) -> bool:
        return self.enabled

    def get(self, db_id: str, account: str) -> bytes | None:
        return self.items.get(_name(db_id, account)) if self.enabled else None

    def put(self, db_id: str, account: str, private: bytes) -> None:
        if not self.enabled:
            raise RuntimeError("no keyring on this PC")
        self.items[_name(db_id, account)] = private

    def forget(self, db_id: str, account: str) -> None:
        self.items.pop(_name(db_id, account), None)
