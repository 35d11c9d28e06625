"""The Chinese commercial algorithms the township checks with: SM3 digests (OpenSSL's, through
cryptography: fast, and the same on every platform) and the installation's SM2 signing key
(gmssl). The public key is written as a standard SubjectPublicKeyInfo PEM, so other tools read it."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from gmssl import sm2

_CURVE = sm2.default_ecc_table
_N = int(_CURVE["n"], 16)
# DER of AlgorithmIdentifier { id-ecPublicKey, sm2p256v1 } (OIDs 1.2.840.10045.2.1 and 1.2.156.10197.1.301)
_ALGORITHM = bytes.fromhex("301306072a8648ce3d020106082a811ccf5501822d")
_SIGNER_ID = b"1234567812345678"  # the default user ID of GM/T 0009 (gmssl's sign_with_sm3 uses it)


def _crypt(private_hex: str, public_hex: str) -> sm2.CryptSM2:
    """gmssl's CryptSM2 with the public key set as given: its constructor strips every leading '0'
    and '4' from a key that starts with "04" (meant for a 04-prefixed point), which broke signing
    and verifying for about one key in 256."""
    crypt = sm2.CryptSM2(private_key=private_hex, public_key="")
    crypt.public_key = public_hex
    return crypt


def sm3_hex(data: bytes) -> str:
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize().hex()


class Digests:
    """SM3 and SHA-256 of one stream at once (each file is read a single time)."""

    def __init__(self) -> None:
        self.sm3 = hashes.Hash(hashes.SM3())
        self.sha256 = hashlib.sha256()

    def update(self, chunk: bytes) -> None:
        self.sm3.update(chunk)
        self.sha256.update(chunk)

    def hexdigests(self) -> tuple[str, str]:
        return self.sm3.finalize().hex(), self.sha256.hexdigest()


def file_digests(path: Path, chunk: int = 1 << 20) -> tuple[str, str, int]:
    """(SM3, SHA-256, size) of a file."""
    d, size = Digests(), 0
    with open(path, "rb") as f:
        while block := f.read(chunk):
            d.update(block)
            size += len(block)
    return (*d.hexdigests(), size)


def _der_int(value: bytes) -> bytes:
    value = value.lstrip(b"\x00") or b"\x00"
    if value[0] & 0x80:
        value = b"\x00" + value
    return b"\x02" + bytes([len(value)]) + value


def _der_signature(r: bytes, s: bytes) -> bytes:
    body = _der_int(r) + _der_int(s)
    return b"\x30" + bytes([len(body)]) + body


def _raw_signature(der: bytes) -> bytes | None:
    """r||s (64 bytes) from a DER SEQUENCE of two INTEGERs; None when it is not one."""
    try:
        if der[0] != 0x30 or der[1] != len(der) - 2:
            return None
        parts, i = [], 2
        for _ in range(2):
            if der[i] != 0x02:
                return None
            n = der[i + 1]
            parts.append(der[i + 2:i + 2 + n].lstrip(b"\x00").rjust(32, b"\x00"))
            i += 2 + n
        if i != len(der) or any(len(p) != 32 for p in parts):
            return None
        return parts[0] + parts[1]
    except IndexError:
        return None


@dataclass(frozen=True)
class SigningKey:
    private_hex: str
    public_hex: str  # 128 hex digits: X || Y

    @classmethod
    def generate(cls) -> SigningKey:
        d = secrets.randbelow(_N - 2) + 1
        private_hex = f"{d:064x}"
        crypt = sm2.CryptSM2(private_key=private_hex, public_key="")
        return cls(private_hex, crypt._kg(d, _CURVE["g"]))  # gmssl's point multiplication: d·G

    def sign(self, data: bytes) -> bytes:
        """SM2 with SM3 (Z from the default signer ID 1234567812345678), DER-encoded as GM/T 0009
        and OpenSSL write it: `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt
        distid:1234567812345678` checks it."""
        crypt = _crypt(self.private_hex, self.public_hex)
        raw = bytes.fromhex(crypt.sign_with_sm3(data, secrets.token_hex(32)))
        return _der_signature(raw[:32], raw[32:])

    def public(self) -> PublicKey:
        return PublicKey(self.public_hex)


@dataclass(frozen=True)
class PublicKey:
    hex: str

    def verify(self, data: bytes, signature: bytes) -> bool:
        raw = _raw_signature(signature)
        if raw is None:
            return False
        try:
            return bool(_crypt("", self.hex).verify_with_sm3(raw.hex(), data))
        except Exception:  # noqa: BLE001 - a malformed signature is simply not valid
            return False

    def der(self) -> bytes:
        point = b"\x04" + bytes.fromhex(self.hex)
        bit_string = b"\x03" + bytes([len(point) + 1]) + b"\x00" + point
        body = _ALGORITHM + bit_string
        return b"\x30" + bytes([len(body)]) + body

    def pem(self) -> str:
        text = base64.b64encode(self.der()).decode()
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(text[i:i + 64] for i in range(0, len(text), 64)) + \
            "\n-----END PUBLIC KEY-----\n"

    @classmethod
    def from_pem(cls, pem: str) -> PublicKey:
        body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
        der = base64.b64decode(body)
        if not der.startswith(b"\x30") or _ALGORITHM not in der or len(der) < 65:
            raise ValueError("not an SM2 public key")
        return cls(der[-64:].hex())

    def fingerprint(self) -> str:
        """SM3 of the DER public key, in groups of four, for a person to compare by eye."""
        digest = sm3_hex(self.der()).upper()
        return " ".join(digest[i:i + 4] for i in range(0, 32, 4))
