"""Township set-up and the register of villages, on both storages (conftest.storage)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gridDesk.domain.errors import BadCredentials, GridDeskError, ValidationError
from gridDesk.domain.township import TownshipAction, TownshipError, may, require
from gridDesk.services.township import add_village, create_township, open_township
from gridDesk.storage.township import migrate
from gridDesk.storage.township.engine import TownshipDatabase, check_url
from gridDesk.storage.township.orm import metadata
from gridDesk.storage.township.repo import TownshipRepo
from tests.township.conftest import DIRECTOR, PASSWORD, TOWNSHIP
from tests.township.packages import Village


def test_the_schema_alembic_builds_is_the_orm_metadata(tsession):
    assert migrate.current_revision(tsession.db) == migrate.HEAD
    with tsession.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == migrate.VERSION_TABLE)] == []


def test_init_makes_the_director_and_the_signing_key(storage, township, tsession):
    assert township.code == TOWNSHIP and township.name == "小店镇"
    assert len(township.fingerprint.replace(" ", "")) == 32
    assert tsession.signing_key().public().fingerprint() == township.fingerprint
    assert (township.recovery_key != "") == (not storage.startswith("postgresql"))
    with pytest.raises(TownshipError) as e:
        create_township(storage, TOWNSHIP, "小店镇", DIRECTOR, "李主任", PASSWORD)
    assert e.value.code == "township.already_here"


def test_a_file_township_is_encrypted_and_needs_the_password(storage, township):
    if storage.startswith("postgresql"):
        pytest.skip("PostgreSQL authenticates the role itself")
    with open(storage, "rb") as fh:
        assert fh.read(16) != b"SQLite format 3\x00"
    with pytest.raises(BadCredentials) as e:
        open_township(storage, DIRECTOR, "Wrong@2026pass")
    assert e.value.code == "bad_credentials.remaining"
    from gridDesk.domain.errors import AccountLocked

    for _ in range(3):
        with pytest.raises(BadCredentials):
            open_township(storage, DIRECTOR, "Wrong@2026pass")
    with pytest.raises(AccountLocked):
        open_township(storage, DIRECTOR, "Wrong@2026pass")
    with pytest.raises(AccountLocked):  # locked even with the right password
        open_township(storage, DIRECTOR, PASSWORD)


@pytest.mark.parametrize("code, words", [("14010510", "9 位"), ("１４０１０５１００x", "9 位"), ("990105100", "9 位")])
def test_a_bad_township_code_is_refused_in_words(tmp_path, code, words):
    with pytest.raises(ValidationError) as e:
        create_township(str(tmp_path / "t.db"), code, "小店镇", DIRECTOR, "", PASSWORD)
    assert words in e.value.message and e.value.render("en")
    assert not (tmp_path / "t.db").exists()


def test_an_over_long_name_is_refused_not_cut(tmp_path):
    with pytest.raises(ValidationError) as e:
        create_township(str(tmp_path / "t.db"), TOWNSHIP, "镇" * 65, DIRECTOR, "", PASSWORD)
    assert "65" in e.value.message


def test_a_township_database_not_there_says_to_run_init_not_to_restore_the_villages_backup(tmp_path):
    """A new user's first `township status` before `init`: the village's "copy your backups folder
    back" was the wrong advice for a township that was never set up."""
    with pytest.raises(TownshipError) as e:
        open_township(str(tmp_path / "never-made.db"), DIRECTOR, PASSWORD)
    assert "griddesk township init" in e.value.message and "backups" not in e.value.message
    assert not (tmp_path / "never-made.db").exists()  # nothing created on the way


def test_villages_are_registered_with_refusals_in_words(tsession):
    v = Village()
    got = add_village(tsession, v.code, "杏花村", v.fingerprint.replace(" ", "").lower())
    assert got.fingerprint == v.fingerprint and got.pem == ""
    refusals = [
        (("14010510020", "桃园村", Village().fingerprint), "township.bad_village_code"),
        (("140106100201", "桃园村", Village().fingerprint), "township.village_outside"),
        ((v.code, "杏花村", Village().fingerprint), "township.village_twice"),
        (("140105100202", "桃园村", v.fingerprint), "township.fingerprint_twice"),
        (("140105100203", "桃园村", "ABCD"), "township.bad_fingerprint"),
        (("140105100204", "", Village().fingerprint), "township.name_required"),
    ]
    for args, code in refusals:
        with pytest.raises(GridDeskError) as e:
            add_village(tsession, *args)
        assert e.value.code == code, args
        assert e.value.render("en") and e.value.message
    other = Village("140105100205")
    with pytest.raises(ValidationError) as e:
        add_village(tsession, other.code, "梨园村", other.fingerprint, Village().key.public().pem())
    assert e.value.code == "township.pem_other_fingerprint"
    with pytest.raises(ValidationError) as e:
        add_village(tsession, other.code, "梨园村", other.fingerprint, "not a key")
    assert e.value.code == "township.pem_bad"
    kept = add_village(tsession, other.code, "梨园村", other.fingerprint, other.key.public().pem())
    assert kept.pem.startswith("-----BEGIN PUBLIC KEY-----")
    with tsession.db.transaction() as s:
        assert [x.code for x in TownshipRepo(s).villages()] == [v.code, other.code]


def test_the_rules_table_decides_who_registers_and_imports(tsession):
    assert may("director", TownshipAction.REGISTER_VILLAGE)
    assert not may("staff", TownshipAction.REGISTER_VILLAGE) and may("staff", TownshipAction.IMPORT)
    assert not may("auditor", TownshipAction.IMPORT) and may("auditor", TownshipAction.VIEW_STATUS)
    assert not may("nobody", TownshipAction.VIEW_STATUS)
    with pytest.raises(TownshipError) as e:
        require("auditor", TownshipAction.IMPORT)
    assert e.value.code == "township.denied"
    tsession.role = type(tsession.role)("staff")
    with pytest.raises(TownshipError):
        add_village(tsession, "140105100201", "杏花村", Village().fingerprint)


def test_a_remote_postgresql_url_without_tls_is_refused_before_connecting():
    with pytest.raises(TownshipError) as e:
        check_url("postgresql://clerk:secret@10.0.0.5/township")
    assert e.value.code == "township.pg_needs_tls" and "secret" not in e.value.message
    check_url("postgresql://clerk@10.0.0.5/township?sslmode=verify-full")
    check_url("postgresql://clerk@localhost/township")


def test_postgresql_refuses_plain_text_where_the_settings_say_tls(pg_server, storage, township):
    if not storage.startswith("postgresql"):
        pytest.skip("TLS is PostgreSQL's")
    db = TownshipDatabase.open(storage)
    with db.transaction(writes=True) as s:
        TownshipRepo(s).set_setting("tls_required", "1")
    db.close()
    with pytest.raises(TownshipError) as e:
        open_township(storage, DIRECTOR, None)
    assert e.value.code == "township.pg_plain"


def test_a_staff_member_connects_as_their_own_role(pg_server, storage, township):
    if not storage.startswith("postgresql"):
        pytest.skip("database roles are PostgreSQL's")
    db = TownshipDatabase.open(storage)
    with db.transaction(writes=True) as s:
        TownshipRepo(s).add_staff("clerk", "王干事", "staff", "clerk_role", "2026-12-01T09:00:00")
    db.close()
    with pytest.raises(TownshipError) as e:
        open_township(storage, "clerk", None)
    assert e.value.code == "township.wrong_role"


def test_an_unreachable_server_is_said_in_words():
    with pytest.raises(TownshipError) as e:
        TownshipDatabase.open("postgresql://nobody:pw@localhost:1/none?connect_timeout=2")
    assert e.value.code == "township.db_unreachable" and "pw" not in e.value.message.replace("postgresql", "")


def test_the_director_adds_staff_who_log_in_as_themselves(storage, pg_server_or_none, tsession):
    from gridDesk.services.township import add_staff

    if storage.startswith("postgresql"):
        role = f"clerk_{storage.rsplit('_', 1)[1].split('?')[0][:8]}"
        with pytest.raises(TownshipError) as e:
            add_staff(tsession, "clerk", "王干事", "staff", db_role=role)
        assert e.value.code == "township.no_such_db_role"
        pg_server_or_none.sql(f"CREATE ROLE {role} LOGIN PASSWORD 'Clerk@2026pass'")
        try:
            add_staff(tsession, "clerk", "王干事", "staff", db_role=role)
            base, _, query = storage.partition("?")
            url = f"postgresql://{role}:Clerk%402026pass@" + base.split("@", 1)[1] + (f"?{query}" if query else "")
            clerk = open_township(url, "clerk", None)
            try:
                assert clerk.role.value == "staff" and clerk.db.current_role() == role
                with clerk.db.transaction() as s:
                    assert TownshipRepo(s).villages() == []  # granted the township's tables
            finally:
                clerk.close()
        finally:
            pg_server_or_none.sql("SELECT 1")
    else:
        add_staff(tsession, "clerk", "王干事", "staff", "Clerk@2026pass")
        clerk = open_township(storage, "clerk", "Clerk@2026pass")
        assert clerk.role.value == "staff"
        clerk.close()
    with pytest.raises(TownshipError) as e:
        add_staff(tsession, "clerk", "王干事", "staff", "Clerk@2026pass", db_role="clerk_x")
    assert e.value.code == "township.staff_twice"
    with pytest.raises(ValidationError) as e:
        add_staff(tsession, "boss", "", "king", "Clerk@2026pass", db_role="x")
    assert e.value.code == "township.bad_role"
    tsession.role = type(tsession.role)("staff")
    with pytest.raises(TownshipError) as e:
        add_staff(tsession, "other", "", "staff", "Clerk@2026pass", db_role="x")
    assert e.value.code == "township.denied"
