"""Issue 14 part 5 (Argon2): parameters read from the key-slot file have a ceiling as well as a
floor; a forged slot asking for a million passes or a terabyte is refused before any work."""

from __future__ import annotations

import hashlib
import json
import time

import pytest

from gridDesk import paths
from gridDesk.domain.errors import KdfParametersRefused, KeySlotsDamaged
from gridDesk.security import crypto
from gridDesk.security.keyslots import _canonical
from tests.conftest import DIRECTOR, PASSWORD


def _forge(db_path, **kdf):
    path = paths.keyslot_path(db_path)
    data = json.loads(path.read_text("utf-8"))
    for slot in data["slots"]:
        if slot["kind"] == "account":
            slot["kdf"].update(kdf)
            body = {k: v for k, v in slot.items() if k != "check"}
            slot["check"] = hashlib.sha256(_canonical(body)).hexdigest()  # a careful forger
    path.write_text(json.dumps(data), "utf-8")


@pytest.mark.parametrize("kdf", [
    {"iterations": 1_000_000},
    {"memory_kib": 2**40},
    {"memory_kib": 4 * 1024 * 1024},
    {"lanes": 2**24 - 1},
    {"lanes": 64},
    {"memory_kib": 1024 * 1024, "iterations": 16},  # each at its maximum, together too much
])
def test_huge_argon2_parameters_are_refused_at_once(access, centre, db_path, kdf):
    _forge(db_path, **kdf)
    started = time.monotonic()
    with pytest.raises(KdfParametersRefused) as err:
        access.login(DIRECTOR, PASSWORD)
    assert time.monotonic() - started < 2  # refused before any Argon2 work
    assert "钥匙文件" in err.value.message


def test_a_forged_salt_or_nonce_is_damage_not_a_traceback(access, centre, db_path):
    _forge(db_path, salt=crypto.b64(b"abc"))
    with pytest.raises(KeySlotsDamaged):
        access.login(DIRECTOR, PASSWORD)


def test_infinite_numbers_are_damage(access, centre, db_path):
    path = paths.keyslot_path(db_path)
    path.write_text(path.read_text("utf-8").replace('"iterations": 3', '"iterations": Infinity'), "utf-8")
    with pytest.raises(KeySlotsDamaged):
        access.login(DIRECTOR, PASSWORD)


def test_the_ceiling_leaves_room_above_the_floor():
    assert crypto.within_ceiling(crypto.MIN_KDF)
    assert crypto.within_ceiling(crypto.KdfParams(1024 * 1024, 4, 16))
    assert crypto.within_ceiling(crypto.KdfParams(256 * 1024, 16, 8))
    with pytest.raises(ValueError):
        crypto.argon2id("x", b"0123456789abcdef", crypto.KdfParams(64 * 1024, 17, 4))
