"""The quarterly reviews waiting for the township's second review (issue 21 item 2), on both
storages: the import loads a village's 考核结果 rows (the same batch twice changes nothing, a later
batch's rows add to or replace the earlier ones), the waiting list, a second review recorded and
carried by the next reply, and bad input refused in words with nothing kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gridDesk.archive.reply_read import read_reply
from gridDesk.domain.errors import GridDeskError
from gridDesk.domain.township import Outcome, TownshipAction, TownshipRole, may
from gridDesk.services.township import add_village
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import write_replies
from gridDesk.services.township_reviews import (PointsChangeIn, parse_change, record_second_review,
                                                 waiting_reviews)
from gridDesk.services.township_status import status_json, township_status
from gridDesk.storage.township.downlinks_repo import TownshipDownlinksRepo
from tests.township.packages import Village
from tests.township.reviews_items import HEADER, review_row, reviews_item


def _held(tsession):
    with tsession.db.transaction() as s:
        return TownshipDownlinksRepo(s).reviews()


def _waiting(tsession):
    return [(r.village, r.quarter, r.member, r.member_id) for r in waiting_reviews(tsession)]


def test_the_import_loads_the_reviews_and_the_waiting_list_follows(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [
        review_row("2026Q3", "张三", "first", 1), review_row("2026Q3", "李四", "first", 2),
        review_row("2026Q2", "张三", "first", 1), review_row("2026Q2", "张三", "second", 1)]),))
    summary = import_stick(tsession, tmp_path / "s1")
    assert summary.loaded == 1 and summary.packages[0].counts["reviews"] == 4
    assert _waiting(tsession) == [(v.code, "2026Q3", "张三", 1), (v.code, "2026Q3", "李四", 2)]
    before = _held(tsession)
    again = import_stick(tsession, tmp_path / "s1")
    assert [p.outcome for p in again.packages] == [Outcome.ALREADY]
    assert _held(tsession) == before
    # The next batch: the village recorded 李四's first review again (a corrected decision), and
    # 张三's second review by hand from the township's paper: it leaves the waiting list.
    v.batch(tmp_path / "s2", items=(reviews_item(v, [
        review_row("2026Q3", "李四", "first", 2, "同意（更正）"), review_row("2026Q3", "张三", "second", 1)],
        stamp="202612010900"),))
    assert import_stick(tsession, tmp_path / "s2").packages[0].counts["reviews"] == 2
    assert _waiting(tsession) == [(v.code, "2026Q3", "李四", 2)]
    held = _held(tsession)
    assert len(held) == 5
    assert [r.decision for r in held if r.member == "李四"] == ["同意（更正）"]
    status = status_json(township_status(tsession, date.today()))
    assert [(r["member"], r["quarter"], r["first_decision"]) for r in status["reviews_waiting"]] == [
        ("李四", "2026Q3", "同意（更正）")]
    assert status["unsent"] == {v.code: {"reviews": 0, "tasks": 0, "trainings": 0}}


def test_a_review_row_the_township_cannot_read_quarantines_the_package(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q7", "张三", "first", 1)]),))
    summary = import_stick(tsession, tmp_path / "s1")
    assert summary.packages[0].outcome is Outcome.QUARANTINED
    assert any("2026Q7" in r for r in summary.packages[0].reasons)
    assert _held(tsession) == []


def test_an_older_package_without_member_numbers_is_loaded_but_cannot_be_answered(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "王五", "first", 0)[:-1]],
                                                 header=HEADER[:-1]),))
    assert import_stick(tsession, tmp_path / "s1").loaded == 1
    assert _waiting(tsession) == [(v.code, "2026Q3", "王五", 0)]
    with pytest.raises(GridDeskError) as caught:
        record_second_review(tsession, v.code, "2026Q3", "王五", "同意")
    assert caught.value.code == "township.review.no_member_id" and "升级" in caught.value.message


def test_the_second_review_goes_out_on_the_next_reply(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "张三", "first", 7)]),))
    import_stick(tsession, tmp_path / "s1")
    done = record_second_review(tsession, v.code, "2026q3", "张三", "同意初评，约谈提醒",
                                changes=[parse_change("入户走访=80:复核台账后调整"), PointsChangeIn("民情日志", 90, "补登")])
    assert (done.quarter, done.reviewer, done.decided_on) == ("2026Q3", "小店镇", date.today())
    assert _waiting(tsession) == []
    status = status_json(township_status(tsession, date.today()))
    assert status["reviews_waiting"] == [] and status["unsent"][v.code]["reviews"] == 1
    with pytest.raises(GridDeskError) as caught:
        record_second_review(tsession, v.code, "2026Q3", "张三", "再来一次")
    assert caught.value.code == "township.review.already"
    [written] = write_replies(tsession, tmp_path / "r1", v.code)
    assert (written.receipts, written.reviews, written.tasks, written.trainings) == (1, 1, 0, 0)
    reply = read_reply(Path(written.folder), tsession.signing_key().public().fingerprint(), v.code)
    [review] = reply.reviews
    assert (review.member.name, review.member.member_id, review.quarter, review.reviewer) == ("张三", 7, "2026Q3", "小店镇")
    assert [(c.item, c.points, c.reason) for c in review.changes] == [("入户走访", 80.0, "复核台账后调整"),
                                                                       ("民情日志", 90.0, "补登")]
    assert status_json(township_status(tsession, date.today()))["unsent"][v.code]["reviews"] == 0
    assert write_replies(tsession, tmp_path / "r2", v.code)[0].folder == ""  # sent once


def test_second_reviews_refused_in_words(tsession, tmp_path):
    v = Village()
    add_village(tsession, v.code, "杏花村", v.fingerprint)
    v.batch(tmp_path / "s1", items=(reviews_item(v, [review_row("2026Q3", "张三", "first", 1, day="2026-10-08")]),))
    import_stick(tsession, tmp_path / "s1")
    cases = [
        (dict(quarter="2026Q5"), "township.review.bad_quarter"),
        (dict(quarter="三季度"), "township.review.bad_quarter"),
        (dict(quarter=f"{date.today().year + 1}Q1"), "township.review.early"),
        (dict(village="140105100999"), "township.reply.no_village"),
        (dict(village="140105200201"), "township.village_outside"),
        (dict(village="14010510020"), "township.bad_village_code"),
        (dict(member="王五"), "township.review.not_in"),
        (dict(member="张\x07三"), "invalid.control_chars"),
        (dict(member="  "), "township.review.member_required"),
        (dict(member="名" * 33), "township.text_long"),
        (dict(decision="同意\x00"), "invalid.control_chars"),
        (dict(decision=""), "township.review.decision_required"),
        (dict(decision="字" * 501), "township.text_long"),
        (dict(reviewer="党委\x1b"), "invalid.control_chars"),
        (dict(decided_on=date(2099, 1, 1)), "township.review.future"),
        (dict(decided_on=date(2026, 10, 2)), "township.review.before_first"),
        (dict(changes=[PointsChangeIn("入户走访", float("nan"), "x")]), "township.review.bad_points"),
        (dict(changes=[PointsChangeIn("入户走访", -1, "x")]), "township.review.bad_points"),
        (dict(changes=[PointsChangeIn("入户走访", 5, "")]), "township.review.reason_required"),
        (dict(changes=[PointsChangeIn("入户走访", 5, "a"), PointsChangeIn("入户走访", 6, "b")]),
         "township.review.item_twice"),
        (dict(changes=[PointsChangeIn(f"项{i}", 1, "r") for i in range(51)]), "township.review.too_many_changes"),
    ]
    for change, expected in cases:
        args = dict(village=v.code, quarter="2026Q3", member="张三", decision="同意", reviewer=None, decided_on=None,
                    changes=())
        args.update(change)
        with pytest.raises(GridDeskError) as caught:
            record_second_review(tsession, args["village"], args["quarter"], args["member"], args["decision"],
                                 args["reviewer"], args["decided_on"], args["changes"])
        assert caught.value.code == expected, (change, caught.value.code)
        assert caught.value.message and "{" not in caught.value.message
    for spec in ("入户走访", "入户走访=八十:理由", "入户走访=80"):
        with pytest.raises(GridDeskError):
            parse_change(spec)
    assert _waiting(tsession) == [(v.code, "2026Q3", "张三", 1)]  # nothing refused was kept
    tsession.role = TownshipRole.AUDITOR
    with pytest.raises(GridDeskError) as caught:
        record_second_review(tsession, v.code, "2026Q3", "张三", "同意")
    assert caught.value.code == "township.denied"
    assert not may(TownshipRole.AUDITOR, TownshipAction.REVIEW) and may(TownshipRole.STAFF, TownshipAction.REVIEW)
