"""A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677, as PostgreSQL stores it in
pg_authid), made here so that `ALTER ROLE ... PASSWORD` sends the verifier, never the password:
the server's statement log and pg_stat_statements then hold nothing a reader could log in with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


def scram_sha256(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>. The password is NFKC-normalised,
    the core of the SASLprep that libpq applies when it logs in."""
    salt = os.urandom(16) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", unicodedata.normalize("NFKC", password).encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
