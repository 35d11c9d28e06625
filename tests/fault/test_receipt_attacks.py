"""Receipts that mean something (issue 14, part 3): a township report marks a batch received only
when the registered township signed it and it says 通过 for that batch's digest; only the
centre's staff may import one; a hostile file is refused with one audit row, not one per entry."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import text

from gridDesk import paths
from gridDesk.archive.receipt import KEY_FILE, read_receipt, sign_report, township_key
from gridDesk.archive.verify import report_xml, verify_path
from gridDesk.domain.accounts import Role
from gridDesk.domain.errors import PermissionDenied, ValidationError
from gridDesk.security.keycache import MemoryCache
from gridDesk.security.sm import SigningKey
from gridDesk.services.access import Access
from gridDesk.services.accounts import AccountsService
from gridDesk.services.archive_export import ArchiveService

PW = "Member@2026x"


@pytest.fixture
def sent(demo, tmp_path):
    """One batch on a stick, and the township's honest verification report of it (unsigned)."""
    archive = ArchiveService(demo)
    stick = tmp_path / "stick"
    stick.mkdir()
    prepared, _report = archive.export(stick)
    xml = report_xml(verify_path(stick / prepared.name, [archive.signing_key().public()]))
    assert '结论="通过"' in xml.decode()
    return archive, prepared, xml


def _township(tmp_path) -> SigningKey:
    return township_key(tmp_path / "township")[0]


def _audit_rows(session) -> int:
    with session.db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM audit_log")).scalar()


def _received(archive) -> bool:
    return archive.history()[0].received_at is not None


def test_an_unsigned_report_marks_nothing_received(sent, tmp_path):
    archive, _prepared, xml = sent
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(xml)
    archive.register_township(_township(tmp_path).public().fingerprint())
    with pytest.raises(ValidationError, match="没有乡镇的签名"):
        archive.import_receipt(receipt)
    assert not _received(archive)


def test_a_signed_receipt_from_the_registered_township_marks_the_batch(sent, tmp_path):
    archive, prepared, xml = sent
    township = _township(tmp_path)
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(xml, township))
    with pytest.raises(ValidationError, match="还没有登记乡镇"):  # nothing registered yet
        archive.import_receipt(receipt)
    assert archive.register_township(township.public().fingerprint().lower().replace(" ", "")) \
        == township.public().fingerprint()
    assert archive.township_fingerprint() == township.public().fingerprint()
    assert [b.name for b in archive.import_receipt(receipt)] == [prepared.name]
    assert _received(archive)


def test_a_report_saying_failed_marks_nothing_even_when_signed(sent, tmp_path):
    archive, _prepared, xml = sent
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    # The root says 未通过 (the carrier failed) and so does the bag, on one of its checks.
    failed = xml.replace('结果="通过"'.encode(), '结果="失败"'.encode(), 1).replace(
        '<检测报告 结论="通过"'.encode(), '<检测报告 结论="未通过"'.encode())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(failed, township))
    with pytest.raises(ValidationError, match="没有通过检测"):
        archive.import_receipt(receipt)
    assert not _received(archive)


def test_a_receipt_altered_after_signing_or_signed_by_another_key_is_refused(sent, tmp_path):
    archive, _prepared, xml = sent
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    failed = xml.replace('结论="通过"'.encode(), '结论="未通过"'.encode())
    signed = sign_report(failed, township)
    altered = tmp_path / "altered.xml"
    altered.write_bytes(signed.replace('结论="未通过"'.encode(), '结论="通过"'.encode()))
    with pytest.raises(ValidationError, match="被改动过"):
        archive.import_receipt(altered)
    forged = tmp_path / "forged.xml"
    forged.write_bytes(sign_report(xml, SigningKey.generate()))
    with pytest.raises(ValidationError, match="不是本中心登记的乡镇"):
        archive.import_receipt(forged)
    # Text after the signature is not signed: refused, never read.
    tail = tmp_path / "tail.xml"
    tail.write_bytes(sign_report(failed, township) + "<!-- 结论=通过 -->".encode())
    with pytest.raises(ValidationError, match="没有乡镇的签名"):
        archive.import_receipt(tail)
    assert not _received(archive)


@pytest.mark.parametrize("role", [Role.GRID_MEMBER, Role.AUDITOR])
def test_only_the_centres_staff_may_import_a_receipt_or_register_the_township(sent, demo, db, role, tmp_path):
    archive, _prepared, xml = sent
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(xml, township))
    access = Access(db, paths.migrations_dir(), MemoryCache())
    AccountsService(demo, access).add("probe", "试探者", role, PW)
    probe = access.login("probe", PW)
    with pytest.raises(PermissionDenied):
        ArchiveService(probe).import_receipt(receipt)
    with pytest.raises(PermissionDenied):
        ArchiveService(probe).register_township(SigningKey.generate().public().fingerprint())
    probe.close()
    assert not _received(archive) and archive.township_fingerprint() == township.public().fingerprint()


def test_a_receipt_of_two_thousand_junk_entries_writes_one_audit_row(sent, demo, tmp_path):
    archive, _prepared, _xml = sent
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    junk = "".join(f'<检测对象 路径="x{n}" 结论="通过" 包摘要="{n:064x}" 签名人指纹="x"><检测项 结果="通过"/></检测对象>'
                   for n in range(2000))
    for signed in (False, True):
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<检测报告 结论="通过">{junk}</检测报告>\n'.encode()
        receipt = tmp_path / "junk.xml"
        receipt.write_bytes(sign_report(body, township) if signed else body)
        before = _audit_rows(demo)
        with pytest.raises(ValidationError):
            archive.import_receipt(receipt)
        assert _audit_rows(demo) == before + 1
    assert not _received(archive)


def test_hostile_files_are_refused_before_or_while_parsing(sent, demo, tmp_path):
    archive, _prepared, xml = sent
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    big = tmp_path / "big.xml"
    big.write_bytes(sign_report(xml.replace(b"</", b"<!--" + b"x" * (1024 * 1024) + b"--></", 1), township))
    with pytest.raises(ValidationError, match="1 MB"):
        archive.import_receipt(big)
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE 检测报告 [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
              + ']>\n<检测报告 结论="&i;"/>\n').encode()
    bomb = tmp_path / "bomb.xml"
    bomb.write_bytes(sign_report(laughs, township))
    with pytest.raises(ValidationError, match="DTD"):
        archive.import_receipt(bomb)
    external = ('<?xml version="1.0"?>\n<!DOCTYPE 检测报告 [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                '<检测报告>&x;</检测报告>\n').encode()
    xxe = tmp_path / "xxe.xml"
    xxe.write_bytes(sign_report(external, township))
    with pytest.raises(ValidationError, match="DTD"):
        archive.import_receipt(xxe)
    garbage = tmp_path / "garbage.xml"
    garbage.write_bytes(sign_report(b"\x00\xff not xml <<<", township))
    with pytest.raises(ValidationError, match="不是完好的 XML"):
        archive.import_receipt(garbage)
    with pytest.raises(ValidationError, match="不是一个文件"):
        archive.import_receipt(tmp_path)
    assert not _received(archive)


def test_the_township_key_is_made_once_and_kept_private(tmp_path):
    key, made = township_key(tmp_path / "t")
    again, made_again = township_key(tmp_path / "t")
    assert made and not made_again and again == key
    mode = stat.S_IMODE(os.stat(tmp_path / "t" / KEY_FILE).st_mode)
    assert mode == 0o600
    report = tmp_path / "r.xml"
    report.write_bytes(sign_report('<?xml version="1.0" encoding="UTF-8"?>\n<检测报告 结论="通过"/>\n'.encode(), key))
    assert read_receipt(report, key.public().fingerprint()).entries == ()


def test_registering_the_township_from_its_signed_report(sent, tmp_path):
    archive, prepared, xml = sent
    township = _township(tmp_path)
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(xml, township))
    fingerprint = township.public().fingerprint()
    with pytest.raises(ValidationError, match="不一致"):  # the typed fingerprint must agree with the file
        archive.register_township(SigningKey.generate().public().fingerprint(), receipt)
    with pytest.raises(ValidationError, match="32 位"):
        archive.register_township("1234")
    altered = tmp_path / "altered.xml"
    altered.write_bytes(receipt.read_bytes().replace('结论="通过"'.encode(), '结论="未通过"'.encode(), 1))
    with pytest.raises(ValidationError, match="被改动过"):
        archive.register_township(key_file=altered)
    assert archive.township_fingerprint() == ""
    assert archive.register_township(fingerprint.replace(" ", "-"), receipt) == fingerprint
    assert [b.name for b in archive.import_receipt(receipt)] == [prepared.name]
    assert [b.name for b in archive.import_receipt(receipt)] == [prepared.name]  # again: nothing changes


def test_a_receipt_whose_stick_failed_as_a_whole_marks_nothing(demo, tmp_path):
    """The township records nothing (no received digest, no audit head) unless the whole stick
    passed; a receipt saying the bag passed but the stick did not must not mark the batch here,
    or the village believes delivered what the township never took in."""
    archive = ArchiveService(demo)
    stick = tmp_path / "stick"
    stick.mkdir()
    archive.export(stick)
    (stick / "autorun.inf").write_text("[autorun]\n")
    reports = verify_path(stick, [archive.signing_key().public()])
    assert reports[0].passed and not reports[-1].passed  # the bag passed, the stick did not
    township = _township(tmp_path)
    archive.register_township(township.public().fingerprint())
    receipt = tmp_path / "receipt.xml"
    receipt.write_bytes(sign_report(report_xml(reports), township))
    with pytest.raises(ValidationError, match="整体.*未通过"):
        archive.import_receipt(receipt)
    assert not _received(archive)
