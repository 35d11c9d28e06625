"""Issue 22 item 11: the recovery key in Crockford's alphabet, read forgivingly; old keys still read."""

from __future__ import annotations

import base64

import pytest

from gridDesk.security import recovery_key

# Written by the code of issue 21 (RFC 4648 letters A-Z and 2-7) for these very bytes: keys like
# these are in centres' safes today and must keep opening their databases.
ISSUED_BEFORE = {
    "A4EAO-SCQL5-BQGQ7-4DYQX-CEJBX-GFAVT-CYLRH-QGI2N-DMOB3-2HQ7H-EAQSQ-EIZEE-EUTA3":
        bytes(range(7, 39)),
    "OVYAK-LAGMY-ANUAC-RCNKR-XZ7NI-NLMJ2-G3KZO-FHXXF-RKVWO-FEQIQ-KUBV5-NBXWB-IPOQG":
        bytes.fromhex("75700580cc03680889aabe7ed6ad8936d5929ef78aab62920855035686f643dd"),
}


def legacy_encode(key: bytes) -> str:
    """How keys were written before Crockford's alphabet (checked against ISSUED_BEFORE below)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    groups = [text[i:i + 4] for i in range(0, len(text), 4)]
    marks = [alphabet[(n + sum((i + 1) * (alphabet.index(c) + 1) for i, c in enumerate(g))) % 32]
             for n, g in enumerate(groups)]
    return "-".join(g + m for g, m in zip(groups, marks))


def test_the_alphabet_has_no_i_l_o_u_and_keys_are_hyphen_grouped():
    assert not set("ILOU") & set(recovery_key.ALPHABET) and len(set(recovery_key.ALPHABET)) == 32
    for seed in range(40):
        key = bytes((seed * 37 + i * 11) % 256 for i in range(32))
        text = recovery_key.encode(key)
        assert not set("ILOU") & set(text)
        assert all(len(group) == 5 for group in text.split("-")) and len(text.split("-")) == 13
        assert recovery_key.decode(text) == key


def test_a_key_typed_with_o_i_l_spaces_and_lower_case_is_read():
    key = bytes(range(32))
    text = recovery_key.encode(key)
    assert "0" in text and "1" in text  # so the look-alikes below are really exercised
    typed = text.replace("0", "O").replace("-", " ").lower()
    typed = "".join(("I" if n % 2 else "l") if c == "1" else c for n, c in enumerate(typed))
    assert recovery_key.decode(typed) == key
    assert recovery_key.decode("  " + text.replace("-", "") + " ") == key
    assert recovery_key.decode(text.replace("-", " - ")) == key
    full_width = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})  # from a Chinese IME
    assert recovery_key.decode(full_width) == key


def test_keys_issued_before_still_read():
    for text, key in ISSUED_BEFORE.items():
        assert legacy_encode(key) == text
        assert recovery_key.decode(text) == key
        assert recovery_key.decode(text.lower().replace("-", " ")) == key
        assert recovery_key.decode(text.replace("O", "0")) == key  # the old reader's look-alikes too


def test_a_mistyped_group_is_named_in_either_alphabet():
    text = recovery_key.encode(bytes(range(32)))
    groups = text.split("-")
    groups[5] = groups[5][0] + ("A" if groups[5][1] != "A" else "B") + groups[5][2:]
    with pytest.raises(recovery_key.RecoveryKeyError) as err:
        recovery_key.decode("-".join(groups))
    assert err.value.group == 6
    old = list(ISSUED_BEFORE)[0].split("-")
    old[8] = old[8][0] + ("A" if old[8][1] != "A" else "B") + old[8][2:]
    with pytest.raises(recovery_key.RecoveryKeyError) as err:
        recovery_key.decode("-".join(old))
    assert err.value.group == 9
    with pytest.raises(recovery_key.RecoveryKeyError) as err:
        recovery_key.decode(text[:-2])
    assert err.value.code == "recovery_key.length"
