"""The key-slot file beside the database: one slot per account plus a recovery slot.

Each slot holds the account's X25519 public key and the data key (DEK) sealed to it; account
slots also hold the private key wrapped under an Argon2id key from the password. Because slots
are public keys, the director can seal a new DEK to everyone without their passwords (rekey).
A per-slot checksum catches accidental damage before any Argon2 work; the file MAC, keyed from
the DEK, catches everything else once a slot has opened.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.accounts import normalise_password
from ..domain.errors import (BadCredentials, KdfParametersRefused, KeySlotsDamaged, KeySlotsMissing,
                             WeakKdfParameters)
from . import crypto
from .crypto import MIN_KDF, InvalidTag, KdfParams, b64, unb64, within_ceiling
from .fileio import atomic_write

FORMAT = "griddesk-keyslots/1"
RECOVERY = "recovery"
ACCOUNT = "account"
_DAMAGED = "keys_damaged"  # the catalogue code of every refusal of a damaged or altered key file


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _seal_ad(db_id: str, epoch: int, account: str) -> bytes:
    return _canonical(["dek", db_id, epoch, account])


def _wrap_ad(db_id: str, account: str) -> bytes:
    return _canonical(["private", db_id, account])


@dataclass
class Slot:
    account: str
    kind: str
    public: bytes
    sealed_dek: dict[str, str]
    kdf: KdfParams | None = None
    salt: bytes = b""
    wrapped_private: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        body: dict = {"account": self.account, "kind": self.kind, "public": b64(self.public),
                      "sealed_dek": self.sealed_dek}
        if self.kind == ACCOUNT:
            assert self.kdf is not None
            body["kdf"] = {"name": "argon2id", "memory_kib": self.kdf.memory_kib,
                           "iterations": self.kdf.iterations, "lanes": self.kdf.lanes,
                           "salt": b64(self.salt)}
            body["wrapped_private"] = self.wrapped_private
        body["check"] = hashlib.sha256(_canonical(body)).hexdigest()
        return body

    @classmethod
    def from_json(cls, body: dict) -> "Slot":
        check = body.get("check")
        rest = {k: v for k, v in body.items() if k != "check"}
        if not isinstance(check, str) or not hmac.compare_digest(
                check, hashlib.sha256(_canonical(rest)).hexdigest()):
            raise KeySlotsDamaged(_DAMAGED, account=body.get("account"))
        kind = body["kind"]
        slot = cls(account=body["account"], kind=kind, public=unb64(body["public"]),
                   sealed_dek=dict(body["sealed_dek"]))
        if kind == ACCOUNT:
            kdf = body["kdf"]
            if kdf.get("name") != "argon2id":
                raise KeySlotsDamaged(_DAMAGED)
            slot.kdf = KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"]))
            slot.salt = unb64(kdf["salt"])
            slot.wrapped_private = dict(body["wrapped_private"])
        elif kind != RECOVERY:
            raise KeySlotsDamaged(_DAMAGED)
        return slot


LOCKOUT_KEY_BYTES = 32


@dataclass
class KeySlotFile:
    db_id: str
    epoch: int
    slots: list[Slot]
    # The key of the failed-login counter's MAC (see lockout.py); under this file's MAC. None in
    # a file written before the counter was authenticated, until the next login adds one.
    lockout_key: bytes | None = None

    # -- reading and writing ------------------------------------------------------------
    def body(self) -> dict:
        body = {"format": FORMAT, "db_id": self.db_id, "epoch": self.epoch,
                "slots": [s.to_json() for s in self.slots]}
        if self.lockout_key is not None:
            body["lockout_key"] = b64(self.lockout_key)
        return body

    def mac(self, dek: bytes) -> str:
        key = crypto.hkdf(dek, b"griddesk keyslots mac")
        return hmac.new(key, _canonical(self.body()), hashlib.sha256).hexdigest()

    def dumps(self, dek: bytes) -> bytes:
        data = self.body()
        data["mac"] = self.mac(dek)
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    def save(self, path: Path, dek: bytes) -> None:
        atomic_write(path, self.dumps(dek), keep_backup=True)

    @classmethod
    def load(cls, path: Path) -> tuple["KeySlotFile", str]:
        """The file and its stored MAC; the MAC is checked once a DEK is at hand."""
        path = Path(path)
        if not path.exists():
            raise KeySlotsMissing("keys_missing", path=str(path))
        try:
            data = json.loads(path.read_bytes().decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            keyfile = cls(db_id=str(data["db_id"]), epoch=int(data["epoch"]),
                          slots=[Slot.from_json(s) for s in data["slots"]])
            if "lockout_key" in data:
                keyfile.lockout_key = unb64(data["lockout_key"])
                if len(keyfile.lockout_key) != LOCKOUT_KEY_BYTES:
                    raise ValueError("lockout_key")
            mac = str(data["mac"])
        except KeySlotsDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, OverflowError,
                RecursionError):
            raise KeySlotsDamaged(_DAMAGED, path=str(path)) from None
        names = [s.account for s in keyfile.slots if s.kind == ACCOUNT]
        if len(names) != len(set(names)) or sum(s.kind == RECOVERY for s in keyfile.slots) != 1:
            raise KeySlotsDamaged(_DAMAGED, path=str(path))
        return keyfile, mac

    def check_mac(self, stored: str, dek: bytes) -> None:
        if not hmac.compare_digest(stored, self.mac(dek)):
            raise KeySlotsDamaged(_DAMAGED)

    # -- slots ----------------------------------------------------------------------------
    def find(self, account: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == ACCOUNT and s.account == account), None)

    def recovery(self) -> Slot:
        return next(s for s in self.slots if s.kind == RECOVERY)

    def accounts(self) -> list[str]:
        return [s.account for s in self.slots if s.kind == ACCOUNT]

    def seal_for(self, public: bytes, account: str, dek: bytes) -> dict[str, str]:
        return crypto.seal(dek, public, _seal_ad(self.db_id, self.epoch, account))

    def put_account(self, account: str, password: str, dek: bytes,
                    params: KdfParams = MIN_KDF) -> bytes:
        """A new key pair for `account`, its slot replacing any old one; returns the private key."""
        private, public = crypto.new_keypair()
        salt = os.urandom(16)
        wrap_key = crypto.argon2id(normalise_password(password), salt, params)
        nonce, ct = crypto.aead_encrypt(wrap_key, private, _wrap_ad(self.db_id, account))
        slot = Slot(account=account, kind=ACCOUNT, public=public,
                    sealed_dek=self.seal_for(public, account, dek), kdf=params, salt=salt,
                    wrapped_private={"nonce": b64(nonce), "ct": b64(ct)})
        self.slots = [s for s in self.slots if not (s.kind == ACCOUNT and s.account == account)]
        self.slots.append(slot)
        return private

    def drop_account(self, account: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == ACCOUNT and s.account == account)]

    def resealed(self, new_dek: bytes) -> "KeySlotFile":
        """The next epoch: the same public keys, a new DEK sealed to each."""
        nxt = KeySlotFile(db_id=self.db_id, epoch=self.epoch + 1, slots=[], lockout_key=self.lockout_key)
        for s in self.slots:
            nxt.slots.append(Slot(account=s.account, kind=s.kind, public=s.public,
                                  sealed_dek=crypto.seal(new_dek, s.public,
                                                         _seal_ad(self.db_id, nxt.epoch, s.account)),
                                  kdf=s.kdf, salt=s.salt, wrapped_private=s.wrapped_private))
        return nxt

    # -- opening --------------------------------------------------------------------------
    def unwrap_private(self, account: str, password: str) -> bytes:
        slot = self.find(account)
        if slot is None:
            raise BadCredentials("bad_credentials")
        assert slot.kdf is not None
        if not slot.kdf.at_least(MIN_KDF):
            raise WeakKdfParameters("keys_weak_kdf")
        if not within_ceiling(slot.kdf):  # refused before any work: t=1e6 would hang the login
            raise KdfParametersRefused("keys_kdf_too_large", account=account)
        try:
            nonce, ct = unb64(slot.wrapped_private["nonce"]), unb64(slot.wrapped_private["ct"])
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeySlotsDamaged(_DAMAGED, account=account) from None
        if len(nonce) != 12 or not 8 <= len(slot.salt) <= 64:
            raise KeySlotsDamaged(_DAMAGED, account=account)
        wrap_key = crypto.argon2id(normalise_password(password), slot.salt, slot.kdf)
        try:
            return crypto.aead_decrypt(wrap_key, nonce, ct, _wrap_ad(self.db_id, account))
        except InvalidTag:
            raise BadCredentials("bad_credentials") from None

    def open_with_private(self, account: str, private: bytes) -> bytes:
        slot = self.recovery() if account == RECOVERY else self.find(account)
        if slot is None or crypto.public_of(private) != slot.public:
            raise KeySlotsDamaged(_DAMAGED)
        try:
            return crypto.unseal(slot.sealed_dek, private, _seal_ad(self.db_id, self.epoch, slot.account))
        except InvalidTag:
            raise KeySlotsDamaged(_DAMAGED) from None


def new_keyfile(db_id: str, dek: bytes, recovery_public: bytes) -> KeySlotFile:
    keyfile = KeySlotFile(db_id=db_id, epoch=1, slots=[], lockout_key=os.urandom(LOCKOUT_KEY_BYTES))
    keyfile.slots.append(Slot(account=RECOVERY, kind=RECOVERY, public=recovery_public,
                              sealed_dek=keyfile.seal_for(recovery_public, RECOVERY, dek)))
    return keyfile
