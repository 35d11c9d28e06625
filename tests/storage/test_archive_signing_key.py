"""Getters never write (issue 16 item 3): reading the archive's signing key or its fingerprint on a
database made before keys were made at set-up changes nothing; the key is made by a named use
case, in one transaction with its audit row, and the export calls it."""

from __future__ import annotations

import pytest

from gridDesk import paths
from gridDesk.domain.errors import ValidationError
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import SIGNING_PRIVATE, SIGNING_PUBLIC, Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.demo import build_demo
from gridDesk.storage.engine import keyed_connect


@pytest.fixture
def keyless(tmp_path):
    """A demo database whose signing key has been taken out, as in one made before issue 13."""
    make = lambda p: Access(p, paths.migrations_dir(), MemoryCache())  # noqa: E731
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 50, make_access=make)
    session = make(summary.db_path).login("demo", "Demo@2026")
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DELETE FROM settings WHERE key IN (?, ?)", (SIGNING_PRIVATE, SIGNING_PUBLIC))
    conn.commit()
    conn.close()
    yield session
    session.close()


def _state(session) -> tuple[int, list[tuple[str, str]]]:
    conn = keyed_connect(session.db_path, session.dek)
    try:
        audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        settings = conn.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    finally:
        conn.close()
    return audit, settings


def test_reading_the_key_or_its_fingerprint_writes_nothing(keyless):
    archive = ArchiveService(keyless)
    before = _state(keyless)
    assert archive.fingerprint() == ""
    with pytest.raises(ValidationError, match="签名密钥"):
        archive.signing_key()
    reports, _text = archive.verify_folder(keyless.db_path.parent)  # a read that needs the public key
    assert reports
    assert _state(keyless) == before


def test_the_key_is_made_once_with_one_audit_row(keyless):
    archive = ArchiveService(keyless)
    audit, settings = _state(keyless)
    key = archive.ensure_signing_key()
    after_audit, after_settings = _state(keyless)
    assert after_audit == audit + 1
    assert {k for k, _v in after_settings} - {k for k, _v in settings} == {SIGNING_PRIVATE, SIGNING_PUBLIC}
    conn = keyed_connect(keyless.db_path, keyless.dek)
    row = conn.execute("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert row[0] == "settings_changed" and key.public().fingerprint() in row[1]
    assert archive.fingerprint() == key.public().fingerprint()
    assert archive.signing_key().public() == key.public()
    assert archive.ensure_signing_key().public() == key.public()  # made once: a second call is a read
    assert _state(keyless) == (after_audit, after_settings)


def test_an_export_on_a_keyless_database_makes_the_key_first(keyless, tmp_path):
    archive = ArchiveService(keyless)
    stick = tmp_path / "stick"
    stick.mkdir()
    prepared, report = archive.export(stick)
    assert report.passed and report.signer == archive.fingerprint() != ""
