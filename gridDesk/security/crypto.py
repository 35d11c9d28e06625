"""The primitives of key slots: Argon2id, X25519 sealing, AES-256-GCM, HKDF-SHA256."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PrivateFormat, PublicFormat, NoEncryption

__all__ = ["InvalidTag", "KdfParams", "MIN_KDF", "MAX_KDF", "within_ceiling", "b64", "unb64", "hkdf", "argon2id", "new_keypair",
           "public_of", "seal", "unseal", "aead_encrypt", "aead_decrypt"]


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def at_least(self, other: "KdfParams") -> bool:
        return (self.memory_kib >= other.memory_kib and self.iterations >= other.iterations
                and self.lanes >= other.lanes)


MIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
# The ceiling: parameters read from a file are the attacker's to choose, so a slot must not be
# able to make a login hang (t = 1e6) or ask for more memory than a village centre's PC has
# (4-8 GB, shared with Office and a browser). 1 GiB is 16 times the default and still fits such
# a PC; 16 passes over it is about 15-30 s there, the longest a login may take; 16 lanes is more
# than the cores of any such PC (more lanes buy no strength, only threads). Memory times passes
# is capped too (at 4 GiB, a few seconds), so the two maxima never come together.
MAX_KDF = KdfParams(memory_kib=1024 * 1024, iterations=16, lanes=16)
MAX_KDF_WORK_KIB = 4 * 1024 * 1024


def within_ceiling(params: KdfParams) -> bool:
    return (MAX_KDF.at_least(params) and params.memory_kib >= 8 * params.lanes
            and params.memory_kib * params.iterations <= MAX_KDF_WORK_KIB)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def argon2id(password: str, salt: bytes, params: KdfParams) -> bytes:
    if not within_ceiling(params):  # the callers refuse first, with words; this is the backstop
        raise ValueError(f"Argon2id parameters beyond the ceiling: {params}")
    return Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                    memory_cost=params.memory_kib).derive(password.encode("utf-8"))


def new_keypair() -> tuple[bytes, bytes]:
    private = X25519PrivateKey.generate()
    return _raw_private(private), public_of(_raw_private(private))


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)


def aead_encrypt(key: bytes, plaintext: bytes, ad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, ad)


def aead_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    return AESGCM(key).decrypt(nonce, ciphertext, ad)


def _shared(private: X25519PrivateKey, public: bytes, ephemeral_public: bytes, recipient: bytes) -> bytes:
    secret = private.exchange(X25519PublicKey.from_public_bytes(public))
    return hkdf(secret, b"griddesk seal v1", salt=ephemeral_public + recipient)


def seal(plaintext: bytes, recipient_public: bytes, ad: bytes) -> dict[str, str]:
    """Ephemeral X25519 -> HKDF-SHA256 -> AES-256-GCM: anyone may seal, only the holder opens."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key = _shared(ephemeral, recipient_public, eph_pub, recipient_public)
    nonce, ct = aead_encrypt(key, plaintext, ad)
    return {"ephemeral": b64(eph_pub), "nonce": b64(nonce), "ct": b64(ct)}


def unseal(sealed: dict[str, str], private: bytes, ad: bytes) -> bytes:
    me = X25519PrivateKey.from_private_bytes(private)
    eph_pub = unb64(sealed["ephemeral"])
    key = _shared(me, eph_pub, eph_pub, public_of(private))
    return aead_decrypt(key, unb64(sealed["nonce"]), unb64(sealed["ct"]), ad)
