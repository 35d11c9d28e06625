"""A hostile village key holder, a hostile stick, a hostile segment against the audit anchoring:
every trick here must end in a failed check at the township (never a traceback, never a pass),
and an honest village must never be blocked by what its own staff typed."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

from gridDesk.archive.audit_anchor import check_segment
from gridDesk.archive.verify import report_text, verify_path
from gridDesk.security.audit_chain import GENESIS, Head, leaf, link
from gridDesk.security.sm import sm3_hex
from gridDesk.services.archive_export import ArchiveService
from gridDesk.storage.engine import keyed_connect
from tests.fault.test_audit_anchoring import _export, _work


def _key(session):
    return ArchiveService(session).signing_key()


def _township(stick, session, heads, digests=None):
    return verify_path(stick, [_key(session).public()], digests, heads)


def _rechain(session, sql: str | None = None, params=()) -> None:
    """A key holder: drop the triggers, change the log, recompute every hash and the batches' note."""
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    if sql:
        conn.execute(sql, params)
    prev = GENESIS
    for row in conn.execute("SELECT id, ts, account, action, target, detail FROM audit_log ORDER BY id").fetchall():
        prev = link(prev, leaf(*row))
        conn.execute("UPDATE audit_log SET mac = ? WHERE id = ?", (prev, row[0]))
    conn.execute("UPDATE export_batches SET audit_head = "
                 "(SELECT mac FROM audit_log WHERE audit_log.id = export_batches.audit_count)")
    conn.commit()
    conn.close()


def _resign(bag: Path, key, info: dict[str, str] | None = None, files: dict[str, bytes | None] | None = None) -> str:
    """What a key holder can do to a bag: change bag-info and payload files, rebuild the manifests,
    and sign again with the village's own key. Returns the new package digest."""
    for rel, body in (files or {}).items():
        if body is None:
            (bag / rel).unlink()
        else:
            (bag / rel).write_bytes(body)
    payload = sorted(p for p in (bag / "data").rglob("*") if p.is_file())
    rels = [p.relative_to(bag).as_posix() for p in payload]
    (bag / "manifest-sm3.txt").write_text("".join(f"{sm3_hex(p.read_bytes())}  {r}\n" for p, r in zip(payload, rels)))
    (bag / "manifest-sha256.txt").write_text(
        "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {r}\n" for p, r in zip(payload, rels)))
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    current = dict(line.split(": ", 1) for line in lines)
    current |= info or {}
    current["Payload-Oxum"] = f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"
    (bag / "bag-info.txt").write_text("".join(f"{k}: {v}\n" for k, v in current.items()), encoding="utf-8")
    tags = ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sm3.txt", "signature/signer.pem"]
    sm3_tag = "".join(f"{sm3_hex((bag / t).read_bytes())}  {t}\n" for t in tags).encode()
    (bag / "tagmanifest-sm3.txt").write_bytes(sm3_tag)
    (bag / "tagmanifest-sha256.txt").write_text(
        "".join(f"{hashlib.sha256((bag / t).read_bytes()).hexdigest()}  {t}\n" for t in tags))
    (bag / "signature/tagmanifest-sm3.txt.sig").write_bytes(key.sign(sm3_tag))
    return sm3_hex(sm3_tag)


def _describe(stick: Path, *digests: str) -> None:
    (stick / "说明文件.TXT").write_text("\n".join(digests) + "\n", encoding="utf-8")


def _only_bag(stick: Path) -> Path:
    return next(p for p in stick.iterdir() if (p / "bagit.txt").exists())


def _failed(reports) -> list[str]:
    return [f"{c.name}：{c.reason}" for r in reports for c in r.checks if not c.ok]


def test_a_new_group_identifier_does_not_start_a_fresh_audit_history(session, tmp_path):
    """Rewrite rows already sent, send the whole log again from row 1 under another
    Bag-Group-Identifier, signed with the village's own key: the township must not take it for a
    village it has never heard of."""
    _work(session, 5)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick1, session, heads))
    _rechain(session, "UPDATE audit_log SET detail = '没打印过' WHERE id = 3")
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("UPDATE export_batches SET audit_count = 0, audit_head = ''")  # send it all again
    conn.commit()
    conn.close()
    stick2, second = _export(session, tmp_path, "s2")
    bag = _only_bag(stick2)
    group = (bag / "bag-info.txt").read_text(encoding="utf-8").split("Bag-Group-Identifier: ")[1].split("\n")[0]
    digest = _resign(bag, _key(session), {"Bag-Group-Identifier": group + "-2"})
    _describe(stick2, digest)
    reports = _township(stick2, session, heads, {first.digest_sm3})
    assert not all(r.passed for r in reports), report_text(reports)
    assert any("审计" in f for f in _failed(reports)), _failed(reports)


def test_a_new_batch_carrying_an_old_head_is_refused(session, tmp_path):
    """A batch with new content but the audit segment of a batch already received (so the rows
    since never leave the PC) is not "the same batch checked again"."""
    _work(session, 3)
    heads: dict = {}
    stick1, first = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick1, session, heads, set()))
    old_bag = _only_bag(stick1)
    old_head = (old_bag / "data/其他/audit-head.json").read_bytes()
    old_rows = (old_bag / "data/其他/audit-segment.jsonl").read_bytes()
    old_info_head = (old_bag / "bag-info.txt").read_text(encoding="utf-8").split("Audit-Chain-Head: ")[1].split("\n")[0]
    _work(session, 4, 100)
    stick2, _second = _export(session, tmp_path, "s2")
    bag = _only_bag(stick2)
    digest = _resign(bag, _key(session), {"Audit-Chain-Head": old_info_head},
                     {"data/其他/audit-head.json": old_head, "data/其他/audit-segment.jsonl": old_rows})
    _describe(stick2, digest)
    reports = _township(stick2, session, heads, {first.digest_sm3})
    assert not all(r.passed for r in reports), report_text(reports)
    assert any("审计" in f for f in _failed(reports)), _failed(reports)
    # The first stick checked again still passes: that batch was received here before.
    assert all(r.passed for r in _township(stick1, session, heads, {first.digest_sm3}))


def test_a_line_separator_in_a_reason_does_not_block_the_export(session, tmp_path):
    """U+2028, U+0085 and friends are line breaks to str.splitlines() but not to JSON: a reason
    pasted from a document must not split a segment row (and so block every export after it)."""
    session.record("unmask", "resident 1", "核对\u2028身份\x85证\u2029号\x1c码\x0b")
    heads: dict = {}
    stick, _prepared = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick, session, heads)), report_text(_township(stick, session, {}))


def _segment(rows: list[dict], first: int = 1, previous: str = GENESIS) -> tuple[bytes, bytes]:
    h = previous
    lines = []
    for r in rows:
        h = link(h, r["leaf"])
        lines.append(json.dumps(r, ensure_ascii=False))
    meta = {"format": "griddesk-audit-segment/1", "from": first, "count": first - 1 + len(rows),
            "previous": previous, "head": h}
    return json.dumps(meta).encode(), ("\n".join(lines) + "\n").encode()


def test_row_fields_of_the_wrong_type_are_refused():
    good = {"id": 1, "ts": "t", "account": "a", "action": "x", "target": "", "detail": "",
            "leaf": leaf(1, "t", "a", "x", "", ""), "masked": False}
    head, rows = _segment([good])
    assert check_segment(head, rows, None, None).problems == []
    for bad in ({"id": True}, {"id": 1.0}, {"masked": "否"}, {"masked": 0}, {"masked": None},
                {"masked": True}):  # masked, yet nothing in it looks masked
        head, rows = _segment([good | bad])
        assert check_segment(head, rows, None, None).problems, bad


def test_malformed_segments_fail_and_never_raise():
    valid = {"format": "griddesk-audit-segment/1", "from": 1, "count": 1, "previous": GENESIS, "head": GENESIS}
    cases = [b"", b"\xff\xfe", b"[]", b"null", b"1e999999", b'{"format": "griddesk-audit-segment/1"}',
             json.dumps(valid | {"count": 10**30}).encode(), json.dumps(valid | {"from": -1}).encode(),
             b"[" * 100000 + b"]" * 100000]
    for head in cases:
        assert check_segment(head, b"", None, None).problems, head
    head = json.dumps(valid).encode()
    for rows in (b"[" * 100000, b"{}\n", b"1\n", b'"x"\n', b"\n\n\n", b"\x00" * 1000, b"{" * 50000,
                 json.dumps({"id": 1, "ts": "t", "account": "a", "action": "x", "target": "", "detail": "",
                             "leaf": "g" * 64, "masked": False}).encode()):
        assert check_segment(head, rows, None, None).problems, rows[:40]


def test_a_huge_segment_is_a_failed_check_without_reading_it_whole(session, tmp_path, monkeypatch):
    import gridDesk.archive.audit_anchor as anchor

    _work(session, 2)
    stick, _prepared = _export(session, tmp_path, "s1")
    bag = _only_bag(stick)
    monkeypatch.setattr(anchor, "SEGMENT_LIMIT", 4096)
    with open(bag / "data/其他/audit-segment.jsonl", "ab") as f:
        f.write(b"x" * 10000)  # (the manifests now disagree too; the audit check must say why on its own)
    report = _township(stick, session, {})[0]
    reason = next(c.reason for c in report.checks if c.name == "审计日志段接续已收到的链头")
    assert "太大" in reason, reason
    assert "检测时出错" not in report_text([report])


LEAKS = {
    "全角 １１０１０５１９４９１２３１００２Ｘ": "110105194912310",
    "带空格 110105 19491231 002X": "19491231",
    "四位一组 1101 0519 4912 3100 2X": "0519 4912",
    "带横线 110105-19491231-002x": "19491231",
    "旧号码 110105491231002 核对": "110105491231002",
    "字母相邻 ID11010519491231002Xabc": "11010519491231002",
    "电话+8613800138000": "0013",
    "电话8613800138000": "0013",
    "电话 0086 138 0013 8000": "0013",
    "电话 138-0013-8000": "0013",
    "全角电话 １３８００１３８０００": "0013",
    "tel13800138000x": "0013",
    "两个号码 13800138000 13900139000": "13800138000",
}


def test_numbers_in_free_text_leave_masked_however_they_were_typed():
    from gridDesk.domain.text_masking import mask_numbers_in_text

    for text, secret in LEAKS.items():
        shown = mask_numbers_in_text(text)
        plain = unicodedata.normalize("NFKC", shown)
        assert secret not in plain and secret.replace(" ", "") not in plain.replace(" ", "") and "*" in shown, (text, shown)
        assert mask_numbers_in_text(shown) == shown, (text, shown)  # masking twice changes nothing
    both = mask_numbers_in_text("两个号码 13800138000 13900139000")
    assert "0013" not in both and "0139" not in both, both
    for kept in ("第 2026-0001 号案件", "2026-12-02 16:00:00", "编号 1234567890", "公示牌 3"):
        assert mask_numbers_in_text(kept) == kept


def test_a_reason_typed_with_full_width_digits_does_not_leave_in_the_segment(session, tmp_path):
    session.record("unmask", "resident 1", "核对 １１０１０５１９４９１２３１００２Ｘ 电话 +86 138-0013-8000")
    stick, _prepared = _export(session, tmp_path, "s1")
    text = next(stick.rglob("audit-segment.jsonl")).read_text(encoding="utf-8")
    assert "１９４９１２３１" not in text and "0013" not in text
    assert all(r.passed for r in _township(stick, session, {}))


def test_a_row_deleted_from_the_old_log_is_filled_and_said_not_a_dead_end(access, session, tmp_path):
    """0007 on an old log with a hole in its ids (a row deleted before the upgrade): the new chain
    used to refuse the hole for ever, and with it every archive export. The hole is filled with a
    row saying so, the conversion row names it, and it leaves with the first batch."""
    from gridDesk import paths
    from gridDesk.services.access import Access
    from gridDesk.services.audit import AuditService
    from tests.conftest import DIRECTOR, PASSWORD
    from tests.migrations_helper import downgrade
    from tests.storage.test_audit_chain_key_changes import _old_hmac_chain

    _work(session, 5)
    downgrade(session.db.engine, "0006")
    _old_hmac_chain(session.db_path, session.dek)
    conn = keyed_connect(session.db_path, session.dek)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE id IN (3, 4)")
    conn.commit()
    conn.close()
    session.close()
    s = Access(session.db_path, paths.migrations_dir()).login(DIRECTOR, PASSWORD)
    try:
        assert AuditService(s).verify().ok
        with s.db.engine.connect() as c:
            holes = c.exec_driver_sql("SELECT id FROM audit_log WHERE action = 'audit_row_missing'").scalars().all()
            found = c.exec_driver_sql("SELECT detail FROM audit_log WHERE action = 'audit_rechained'").scalar_one()
        assert holes == [3, 4] and "第 3–4 条记录在转换前已被删除" in found, found
        stick, _prepared = _export(s, tmp_path, "s1")
        assert "audit_row_missing" in next(stick.rglob("audit-segment.jsonl")).read_text(encoding="utf-8")
        assert all(r.passed for r in _township(stick, s, {}))
    finally:
        s.close()


def test_two_batches_on_one_stick_the_first_failing_moves_nothing(session, tmp_path):
    import shutil

    _work(session, 3)
    stick1, first = _export(session, tmp_path, "s1")
    _work(session, 3, 100)
    stick2, second = _export(session, tmp_path, "s2")
    shutil.copytree(stick1 / first.name, stick2 / first.name)
    csv = next((stick2 / first.name / "data").rglob("*.csv"))
    csv.write_bytes(csv.read_bytes() + b"x")
    heads: dict = {}
    reports = _township(stick2, session, heads)
    by_name = {Path(r.target).name: r for r in reports}
    assert not by_name[first.name].passed and not all(r.passed for r in reports)
    # The second bag, on its own, is a first sight of this village (the township holds nothing of
    # it); the stick fails as a whole, so `griddesk verify` saves no head and no receipt made of
    # this report marks anything received (tests/fault/test_receipt_attacks.py).
    assert first.audit_head not in heads.get(by_name[second.name].village, ())


def test_a_damaged_entry_in_the_townships_heads_is_not_read_as_no_head(tmp_path):
    import pytest

    from gridDesk.archive.audit_anchor import ReceivedHeads

    store = ReceivedHeads(tmp_path)
    store.save({"ZZ-1": (Head(5, "a" * 64),)})
    assert store.load() == {"ZZ-1": (Head(5, "a" * 64),)}
    for damaged in ({"ZZ-1": [[5, "a" * 63]]}, {"ZZ-1": [[5]]}, {"ZZ-1": "x"}, {"ZZ-1": [[True, "a" * 64]]}):
        store.path.write_text(json.dumps(damaged), encoding="utf-8")
        with pytest.raises(ValueError, match="已损坏"):
            store.load()


def test_a_huge_reason_does_not_block_every_export_after_it(session, tmp_path):
    """Any user's free text reaches the log (an unmask reason, say): a row too long for the
    township's row limit would fail every batch from then on, and stop the log leaving the PC."""
    session.record("unmask", "resident 1", "理由" * 1_500_000 + "\x01" * 300_000)
    stick, _prepared = _export(session, tmp_path, "s1")
    assert all(r.passed for r in _township(stick, session, {}))


def test_an_honest_masked_row_is_never_refused_for_digits_beside_a_masked_number():
    """Masking again may join a masked number's kept digits with the digits beside it (an ID,
    a space, an 11-digit account number): that is not a number left whole, and the township must
    not refuse the row (the village could never send its log again)."""
    from gridDesk.domain.text_masking import mask_numbers_in_text

    rows = []
    for n, text in enumerate(["身份证 110105194912310021 12345678901", "12345678901 110105194912310021",
                              "电话 13800138000 13900139000 编号 2026120212345"], 1):
        shown = mask_numbers_in_text(text)
        rows.append({"id": n, "ts": "t", "account": "a", "action": "unmask", "target": "", "detail": shown,
                     "leaf": leaf(n, "t", "a", "unmask", "", text), "masked": True})
    head, body = _segment(rows)
    assert check_segment(head, body, None, None).problems == []
