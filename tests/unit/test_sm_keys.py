"""SM2 keys whatever their digits: gmssl strips leading '0' and '4' characters from a public key
that starts with "04", so about one installation in 256 signed packages no one could verify."""

from __future__ import annotations

from gridDesk.security.sm import PublicKey, SigningKey

# A key found by search whose public key (X || Y in hex) starts with "04".
KEY = SigningKey("129204fdaa7ead55914413a9a635af72c2a311bf6d3840289b7e407dbf938733",
                 "04d953854fb6af3a135f850ffe480d70d240f4611500dc25570e9908dc1a3ab0"
                 "abfa866bff7ea18b58120c8bc9ba49fe63c2f2aabe999dbdfe342efb6d155a3f")


def test_a_public_key_starting_with_04_signs_and_verifies():
    public = PublicKey.from_pem(KEY.public().pem())
    assert public.hex.startswith("04")
    for n in range(5):
        data = f"tagmanifest {n}".encode()
        assert public.verify(data, KEY.sign(data))
        assert not public.verify(data + b"x", KEY.sign(data))
