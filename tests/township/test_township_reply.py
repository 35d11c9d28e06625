"""The township answers escalations and sends them back on a signed reply package (issue 21 item
3, the "Done when" reduced to one village, on the encrypted file AND on PostgreSQL): the demo
village exports its first batch with its two escalations; the township imports it, answers one
(指导意见) and the other (已办结), writes the reply onto a stick; the village registers the
township's key by its fingerprint and imports the reply: the batch is received and both cases
carry the township's words (the one still escalated at the village as the 乡镇办结 step; the one
that has moved on since as a note, kept and shown, not applied, as RepliesService does). A second
`township reply` has nothing to send."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gridDesk import paths
from gridDesk.archive.reply_read import read_reply
from gridDesk.archive.verify import report_text
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.township import TownshipAction, TownshipError, TownshipRole, may
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.cases import CasesService
from gridDesk.services.demo import build_demo
from gridDesk.services.replies import APPLIED, KEPT, RepliesService
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import answer_escalation, write_replies
from gridDesk.services.township_status import status_json, township_status


def _make(p):
    return Access(p, paths.migrations_dir(), MemoryCache())


@pytest.fixture
def demo_village(tmp_path):
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 120, make_access=_make, with_activity=True)
    village = _make(summary.db_path).login("demo", "Demo@2026")
    try:
        listed = CasesService(village).list(None)
        escalated = sorted(c.number for c in listed
                           if any(e.action == "escalate" for e in c.events) or c.escalated_at is not None)
        waiting = {c.number for c in listed if c.state.value == "escalated"}
        archive = ArchiveService(village)
        fingerprint = archive.ensure_signing_key().public().fingerprint()
        stick = tmp_path / "stick"
        stick.mkdir()
        batch, report = archive.export(stick)
        assert report.passed, report_text([report])
        code = village.centre.division_code
    finally:
        village.close()
    return summary.db_path, code, fingerprint, stick, escalated, waiting


def _queue(tsession):
    return {(e["case_number"], e["ordinal"]): e["state"]
            for e in status_json(township_status(tsession, date.today()))["escalations"]}


def test_the_township_answers_and_the_village_takes_the_reply(tsession, demo_village, tmp_path):
    db_path, code, fingerprint, stick, escalated, waiting = demo_village
    add_village(tsession, code, "杏花村", fingerprint)
    assert import_stick(tsession, stick).loaded == 1
    # The demo's two escalations: one still waits for the township (its answer is applied as a
    # step), the other has moved on at the village since (its answer is kept and shown as a note).
    assert len(waiting) == 1
    second = next(iter(waiting))
    first = next(n for n in escalated if n != second)
    assert _queue(tsession) == {(first, 1): "waiting", (second, 1): "waiting"}
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a township photo")
    answer_escalation(tsession, code, first, 1, "instruct", "请村里先行调解，三日内报结果。", [photo])
    answer_escalation(tsession, code, second, "1", "solved", "乡镇已协调水务站修复管道。")
    assert _queue(tsession) == {(first, 1): "answered", (second, 1): "answered"}

    reply_stick = tmp_path / "reply-stick"
    written = write_replies(tsession, reply_stick, code)
    assert [(r.village, r.receipts, r.answers) for r in written] == [(code, 1, 2)]
    assert _queue(tsession) == {(first, 1): "sent", (second, 1): "sent"}
    folder = Path(written[0].folder)
    assert folder.name == f"HF-{tsession.code}-{code}-{date.today().year}-0001"
    reply = read_reply(folder, tsession.signing_key().public().fingerprint(), code)
    assert [r.passed for r in reply.receipts] == [True]
    assert [(a.case_number, a.kind.value, a.answered_by) for a in reply.answers] == [
        (first, "指导意见", "李主任"), (second, "已办结", "李主任")]
    assert reply.answers[0].attachments[0].data == photo.read_bytes()

    village = _make(db_path).login("demo", "Demo@2026")
    try:
        ArchiveService(village).register_township(tsession.signing_key().public().fingerprint())
        done = RepliesService(village).import_reply(folder)
        assert [i.outcome for i in done.items] == [APPLIED, KEPT, APPLIED], [i.reason_in() for i in done.items]
        assert all(b.received_at is not None for b in ArchiveService(village).history())
        cases = {c.number: c for c in CasesService(village).list(None)}
        one, two = CasesService(village).get(cases[first].id), CasesService(village).get(cases[second].id)
        assert one.events[-1].action == "note" and "请村里先行调解" in one.events[-1].detail
        assert "李主任" in one.events[-1].detail
        assert two.events[-1].action == "township_solved" and "水务站修复管道" in two.events[-1].detail
        assert "李主任" in two.events[-1].detail
        words = RepliesService(village).township_words(cases[first].id)
        assert len(words) == 1
    finally:
        village.close()

    again = write_replies(tsession, tmp_path / "reply-stick-2", code)
    assert [(r.folder, r.receipts, r.answers) for r in again] == [("", 0, 0)]
    assert not (tmp_path / "reply-stick-2").exists() or not any((tmp_path / "reply-stick-2").iterdir())
    # a second answer to an escalation already sent is a new one, and goes on the next reply
    answer_escalation(tsession, code, first, 1, "county", "已报县信访局。")
    assert _queue(tsession)[(first, 1)] == "answered"
    more = write_replies(tsession, tmp_path / "reply-stick-3", code)
    assert [(r.receipts, r.answers) for r in more] == [(0, 1)] and more[0].reply.endswith("-0002")


def test_a_stick_pulled_mid_way_sends_nothing(tsession, demo_village, tmp_path, monkeypatch):
    _db, code, fingerprint, stick, escalated, _waiting = demo_village
    add_village(tsession, code, "杏花村", fingerprint)
    import_stick(tsession, stick)
    answer_escalation(tsession, code, escalated[0], 1, "return", "材料不全，请补充现场照片。")
    from gridDesk.archive import stick as stick_module
    from gridDesk.services import township_reply

    def pulled(*_a, **_k):
        raise stick_module.StickError("stick.unreachable", path="E:", os_error="device gone")

    monkeypatch.setattr(township_reply, "build_reply", pulled)
    with pytest.raises(GridDeskError):
        write_replies(tsession, tmp_path / "gone", code)
    monkeypatch.undo()
    assert _queue(tsession)[(escalated[0], 1)] == "answered"
    again = write_replies(tsession, tmp_path / "s", code)
    assert [(r.receipts, r.answers) for r in again] == [(1, 1)] and again[0].reply.endswith("-0001")


def test_answers_refused_in_words(tsession, demo_village, tmp_path):
    _db, code, fingerprint, stick, escalated, _waiting = demo_village
    add_village(tsession, code, "杏花村", fingerprint)
    import_stick(tsession, stick)
    number = escalated[0]
    cases = [
        (dict(case_number="NOPE-1"), "township.answer.no_escalation"),
        (dict(ordinal=2), "township.answer.no_escalation"),
        (dict(ordinal=10 ** 20), "township.answer.bad_ordinal"),
        (dict(ordinal=0), "township.answer.bad_ordinal"),
        (dict(ordinal="x"), "township.answer.bad_ordinal"),
        (dict(text="   "), "township.answer.text_required"),
        (dict(text="字" * 1501), "township.answer.text_long"),
        (dict(text="a\x00b"), "invalid.control_chars"),
        (dict(kind="maybe"), "township.answer.bad_kind"),
        (dict(case_number="9" * 41), "township.answer.bad_number"),
        (dict(village="140105100999999"), "township.bad_village_code"),
        (dict(village="140105200201"), "township.village_outside"),
        (dict(photos=[tmp_path / "missing.jpg"]), "township.answer.photo_unreadable"),
        (dict(photos=[tmp_path]), "township.answer.photo_unreadable"),
    ]
    for change, code_expected in cases:
        args = dict(village=code, case_number=number, ordinal=1, kind="instruct", text="好", photos=())
        args.update(change)
        with pytest.raises(GridDeskError) as caught:
            answer_escalation(tsession, args["village"], args["case_number"], args["ordinal"], args["kind"],
                              args["text"], args["photos"])
        assert caught.value.code == code_expected, (change, caught.value.code)
        assert caught.value.message  # in words
    assert _queue(tsession)[(number, 1)] == "waiting"  # nothing refused was kept
    answer_escalation(tsession, code, number, 1, "instruct", "字" * 1500)  # exactly the cap


def test_the_rules_table():
    assert may(TownshipRole.DIRECTOR, TownshipAction.ANSWER) and may(TownshipRole.STAFF, TownshipAction.ANSWER)
    assert not may(TownshipRole.AUDITOR, TownshipAction.ANSWER)
    assert not may(TownshipRole.AUDITOR, TownshipAction.REPLY)


def test_an_auditor_may_not_answer(tsession):
    tsession.role = TownshipRole.AUDITOR
    with pytest.raises(TownshipError) as caught:
        answer_escalation(tsession, "140105100201", "X", 1, "instruct", "好")
    assert caught.value.code == "township.denied"
    with pytest.raises(TownshipError):
        write_replies(tsession, Path("/nonexistent"), None)


def test_nothing_to_send_and_an_unknown_village(tsession, tmp_path):
    assert write_replies(tsession, tmp_path / "s", None) == []
    with pytest.raises(TownshipError) as caught:
        write_replies(tsession, tmp_path / "s", "140105100201")
    assert caught.value.code == "township.reply.no_village"


def test_receipts_for_batches_loaded_and_packages_quarantined(tsession, tmp_path):
    from tests.township.packages import Village

    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1")
    v.batch(tmp_path / "s2")  # batch 2 stays behind
    v.batch(tmp_path / "s1")  # batch 3 skips it: quarantined
    summary = import_stick(tsession, tmp_path / "s1")
    assert (summary.loaded, summary.refused) == (1, 1)
    [first] = write_replies(tsession, tmp_path / "r1", v.code)
    reply = read_reply(Path(first.folder), tsession.signing_key().public().fingerprint(), v.code)
    assert [(r.batch, r.passed) for r in reply.receipts] == [
        (f"ZZ-{v.code}-2026-0001", True), (f"ZZ-{v.code}-2026-0003", False)]
    assert "ZZ-" in reply.receipts[1].note and reply.receipts[1].note.strip()  # the township's reasons
    assert reply.answers == ()
    # batch 2 arrives, then batch 3 again: both pass now, and the next reply receipts them (3 passed)
    import_stick(tsession, tmp_path / "s2")
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    [second] = write_replies(tsession, tmp_path / "r2", v.code)
    reply = read_reply(Path(second.folder), tsession.signing_key().public().fingerprint(), v.code)
    assert [(r.batch, r.passed) for r in reply.receipts] == [
        (f"ZZ-{v.code}-2026-0002", True), (f"ZZ-{v.code}-2026-0003", True)]
    assert second.reply.endswith("-0002")
    assert write_replies(tsession, tmp_path / "r3", v.code)[0].folder == ""


def test_a_reply_the_database_refuses_to_record_is_taken_off_the_stick(tsession, tmp_path, monkeypatch):
    """Two staff members at two PCs take the same sequence number: the second reply, already on its
    stick, is refused by the database (unique village/year/seq), taken off the stick, nothing sent."""
    from gridDesk.storage.township.replies_repo import TownshipRepliesRepo
    from tests.township.packages import Village

    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1")
    import_stick(tsession, tmp_path / "s1")
    monkeypatch.setattr(TownshipRepliesRepo, "next_seq", lambda self, village, year: 1)  # read before the other wrote
    [done] = write_replies(tsession, tmp_path / "r1", v.code)
    assert done.receipts == 1 and done.reply.endswith("-0001")
    v.batch(tmp_path / "s2")
    import_stick(tsession, tmp_path / "s2")
    with pytest.raises(TownshipError) as caught:
        write_replies(tsession, tmp_path / "r2", v.code)
    assert caught.value.code == "township.reply.not_recorded"
    assert not any((tmp_path / "r2").iterdir())
    monkeypatch.undo()
    [again] = write_replies(tsession, tmp_path / "r2", v.code)
    assert again.receipts == 1 and again.reply.endswith("-0002")
