"""Opening the encrypted database and the key-slot file: the good path and every bad one."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from gridDesk import paths
from gridDesk.domain.errors import (AccountLocked, BadCredentials, DatabaseEmpty, DatabaseMissing,
                                    KeySlotsDamaged, KeySlotsMissing, NotEncrypted,
                                    WeakKdfParameters, WrongKey)
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.storage.database import Database
from gridDesk.storage.engine import keyed_connect
from tests.conftest import DIRECTOR, PASSWORD


def test_database_is_encrypted_and_opens_with_the_password(access, centre, db_path):
    head = db_path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("select count(*) from sqlite_master").fetchall()
    session = access.login(DIRECTOR, PASSWORD)
    assert session.centre.village_name == "测试村"
    assert session.account.role.value == "director"
    mode = session.db.engine.connect().exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
    session.close()


def test_a_wrong_key_gives_a_clear_error(centre, db_path):
    with pytest.raises(WrongKey) as err:
        Database.open(db_path, b"\x01" * 32)
    assert "密钥不对" in err.value.message


def test_missing_empty_and_plain_files(access, centre, db_path):
    db_path.rename(db_path.with_name("moved.db"))
    with pytest.raises(DatabaseMissing):
        access.login(DIRECTOR, PASSWORD)
    db_path.write_bytes(b"")
    with pytest.raises(DatabaseEmpty):
        access.login(DIRECTOR, PASSWORD)
    db_path.unlink()
    plain = sqlite3.connect(db_path)
    plain.execute("create table t(x)")
    plain.commit()
    plain.close()
    with pytest.raises(NotEncrypted):
        access.login(DIRECTOR, PASSWORD)
    assert not access.is_new()  # never offered a fresh set-up over these


def test_another_centres_database(tmp_path, access, centre, db_path, clock):
    other = Access(tmp_path / "other" / "griddesk.db", paths.migrations_dir(), MemoryCache(), clock)
    other.create_centre("别的村", "140105100202", "", DIRECTOR, "", PASSWORD)
    shutil.copyfile(tmp_path / "other" / "griddesk.db", db_path)
    with pytest.raises(WrongKey) as err:
        access.login(DIRECTOR, PASSWORD)
    assert "不是本中心" in err.value.message


def test_key_slot_file_missing(access, centre, db_path):
    paths.keyslot_path(db_path).unlink()
    with pytest.raises(KeySlotsMissing):
        access.login(DIRECTOR, PASSWORD)


def _keys(db_path):
    return paths.keyslot_path(db_path)


def test_key_slot_file_with_a_flipped_byte(access, centre, db_path):
    path = _keys(db_path)
    data = bytearray(path.read_bytes())
    spot = data.index(b'"ct"') + 10
    data[spot] = ord("A") if data[spot] != ord("A") else ord("B")
    path.write_bytes(bytes(data))
    with pytest.raises(KeySlotsDamaged) as err:
        access.login(DIRECTOR, PASSWORD)
    assert ".bak" in err.value.message


def test_key_slot_file_with_two_slots_swapped(access, centre, session, db_path):
    from gridDesk.domain.accounts import Role
    from gridDesk.services.accounts import AccountsService

    AccountsService(session, access).add("li", "李四", Role.STAFF, "Staff@2026x")
    path = _keys(db_path)
    data = json.loads(path.read_text("utf-8"))
    a, b = [i for i, s in enumerate(data["slots"]) if s["kind"] == "account"][:2]
    # the contents change places, the names stay: each name now points at the other's keys
    for field in ("public", "sealed_dek", "kdf", "wrapped_private"):
        data["slots"][a][field], data["slots"][b][field] = data["slots"][b][field], data["slots"][a][field]
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(KeySlotsDamaged):
        access.login(DIRECTOR, PASSWORD)
    # and swapping whole entries is caught by the file's MAC once a slot opens
    data = json.loads(path.with_name(path.name + ".bak").read_text("utf-8"))
    data["slots"][0], data["slots"][1] = data["slots"][1], data["slots"][0]
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(KeySlotsDamaged):
        access.login(DIRECTOR, PASSWORD)


def test_lowered_argon2_parameters_are_refused(access, centre, db_path):
    import hashlib

    from gridDesk.security.keyslots import _canonical

    path = _keys(db_path)
    data = json.loads(path.read_text("utf-8"))
    for slot in data["slots"]:
        if slot["kind"] == "account":
            slot["kdf"]["memory_kib"] = 1024
            slot["kdf"]["iterations"] = 1
            body = {k: v for k, v in slot.items() if k != "check"}
            slot["check"] = hashlib.sha256(_canonical(body)).hexdigest()  # a careful forger
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(WeakKdfParameters):
        access.login(DIRECTOR, PASSWORD)


def test_five_failures_lock_the_account_even_after_a_restart(access, centre, db_path, clock):
    for left in (4, 3, 2, 1):
        with pytest.raises(BadCredentials) as err:
            access.login(DIRECTOR, "Wrong@2026x")
        assert err.value.remaining == left
    with pytest.raises(AccountLocked):
        access.login(DIRECTOR, "Wrong@2026x")
    restarted = Access(db_path, paths.migrations_dir(), MemoryCache(), clock)
    with pytest.raises(AccountLocked):
        restarted.login(DIRECTOR, PASSWORD)  # even the right password waits
    clock.advance(15 * 60 + 1)
    session = restarted.login(DIRECTOR, PASSWORD)
    from gridDesk.services.audit import AuditFilter, AuditService

    rows, total = AuditService(session).query(AuditFilter(action="login_failed"))
    assert total == 5  # the failures waited beside the key file and are on the record now
    session.close()


@pytest.mark.parametrize("password", [
    "it's \"quoted\"; DROP TABLE x;--1A",
    "网格化管理Grid2026",
    "🙂emoji🔑Key2026",
    "Aa1!" + "长" * 196,
])
def test_unusual_passwords_work(tmp_path, clock, password):
    access = Access(tmp_path / "griddesk.db", paths.migrations_dir(), MemoryCache(), clock)
    access.create_centre("测试村", "140105100201", "", DIRECTOR, "", password)
    access.login(DIRECTOR, password).close()


def test_nfc_and_nfd_forms_of_a_password_are_the_same(tmp_path, clock):
    import unicodedata

    password = "Café-Grid2026"
    access = Access(tmp_path / "griddesk.db", paths.migrations_dir(), MemoryCache(), clock)
    access.create_centre("测试村", "140105100201", "", DIRECTOR, "", unicodedata.normalize("NFD", password))
    access.login(DIRECTOR, unicodedata.normalize("NFC", password)).close()


def test_remember_on_this_pc(access, centre):
    assert not access.is_remembered(DIRECTOR)
    access.login(DIRECTOR, PASSWORD, remember=True).close()
    assert access.is_remembered(DIRECTOR)
    session = access.login(DIRECTOR, None)
    assert session.account.username == DIRECTOR
    session.close()
    access.login(DIRECTOR, PASSWORD, remember=False).close()
    with pytest.raises(BadCredentials):
        access.login(DIRECTOR, None)


def test_no_keyring_means_no_cache():
    from keyring.backends import fail, null

    from gridDesk.security.keycache import KeyringCache

    for backend in (fail.Keyring(), null.Keyring()):
        cache = KeyringCache(backend)
        assert not cache.available()
        assert cache.get("db", "who") is None
        with pytest.raises(RuntimeError):
            cache.put("db", "who", b"x" * 32)


def test_the_connection_pragmas(session):
    conn = keyed_connect(session.db_path, session.dek)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"  # SQLCipher 4
    conn.close()


def test_set_up_refuses_to_overwrite(access, centre):
    from gridDesk.domain.errors import AlreadyInitialised

    with pytest.raises(AlreadyInitialised):
        access.create_centre("又一个村", "140105100203", "", "x", "", PASSWORD)
