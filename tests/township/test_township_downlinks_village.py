"""A second review, a task and a training session sent down reach the village (issue 21 items 2
and 3, on the encrypted file AND on PostgreSQL): the demo village records its own (first) review of
a member's earlier quarter and exports; the township imports the batch, finds the quarter waiting
for its second review, records it, sends a task (准入清单 type) and a training session naming the
member and one person the village does not have; the village imports the reply: the quarter has
its second review with the township's changed points, the task is a 乡镇交办 case with its type,
the member's attendance is recorded and the unknown person is listed, not invented."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from gridDesk import paths
from gridDesk.archive.verify import report_text
from gridDesk.domain.assessment import ItemKind, Quarter, ReviewLevel
from gridDesk.domain.cases import Channel
from gridDesk.domain.township import ADMISSION_LIST
from gridDesk.security.keycache import MemoryCache
from gridDesk.services.access import Access
from gridDesk.services.archive_export import ArchiveService
from gridDesk.services.assessment import AssessmentService
from gridDesk.services.cases import CasesService
from gridDesk.services.clock import local_dt
from gridDesk.services.demo import build_demo
from gridDesk.services.quarter_reviews import PointsChange, QuarterReviewsService
from gridDesk.services.replies import APPLIED, RepliesService
from gridDesk.services.township import add_village
from gridDesk.services.township_downlinks import parse_attendee, send_task, send_training
from gridDesk.services.township_import import import_stick
from gridDesk.services.township_reply import write_replies
from gridDesk.services.township_reviews import PointsChangeIn, record_second_review, waiting_reviews
from gridDesk.services.training import TrainingService


def _make(p):
    return Access(p, paths.migrations_dir(), MemoryCache())


def _first_review(village) -> tuple[int, str, Quarter, str]:
    """The village's own review of one member's quarter before the demo's reviewed one, every
    item scored (entered, or from the paper books with the reason)."""
    assessment = AssessmentService(village)
    quarter = Quarter.of(local_dt(village.clock()).date()).previous().previous()
    mq = assessment.quarter(quarter)[0]
    items, _grades = assessment.rules()
    for i in items:
        if i.kind is not ItemKind.METRIC:
            assessment.save_entry(mq.member_id, quarter, i.id, round(i.max_points * 0.8), "按时完成",
                                  5 if i.kind is ItemKind.REPRESENTATIVES else 0)
    mq = assessment.member_quarter(mq.member_id, quarter)
    paper = [PointsChange(i.item_id, round(i.max_points * 0.8), "纸质台账") for i in mq.items if i.points is None]
    QuarterReviewsService(village).record(mq.member_id, quarter, ReviewLevel.FIRST, "杏花村党总支",
                                          local_dt(village.clock()).date(), "同意", paper)
    changed = next(i for i in assessment.member_quarter(mq.member_id, quarter).items if i.kind is not ItemKind.METRIC)
    return mq.member_id, mq.name, quarter, changed.name


def test_second_review_task_and_training_land_at_the_village(tsession, tmp_path):
    summary = build_demo(tmp_path / "v", paths.migrations_dir(), 120, make_access=_make, with_activity=True)
    village = _make(summary.db_path).login("demo", "Demo@2026")
    try:
        member_id, name, quarter, item = _first_review(village)
        archive = ArchiveService(village)
        fingerprint = archive.ensure_signing_key().public().fingerprint()
        stick = tmp_path / "stick"
        stick.mkdir()
        _batch, report = archive.export(stick)
        assert report.passed, report_text([report])
        code = village.centre.division_code
        cases_before = {c.id for c in CasesService(village).list(None)}
    finally:
        village.close()

    add_village(tsession, code, "杏花村", fingerprint)
    assert import_stick(tsession, stick).loaded == 1
    # The demo's last quarter has both reviews: only the quarter reviewed above waits.
    assert [(w.quarter, w.member, w.member_id) for w in waiting_reviews(tsession)] == [(str(quarter), name, member_id)]
    record_second_review(tsession, code, str(quarter), name, "同意初评，调整一项",
                         changes=[PointsChangeIn(item, 1, "乡镇抽查入户情况后调整")])
    assert waiting_reviews(tsession) == []
    send_task(tsession, code, ADMISSION_LIST[1], "开展矛盾纠纷大排查", date.today() + timedelta(days=7),
              "小综治〔2026〕3号", "逐户排查，月底报结果。")
    held = (datetime.now() - timedelta(days=1)).replace(hour=9, minute=0)
    send_training(tsession, code, "人民调解实务", held.strftime("%Y-%m-%d %H:%M"), "2", "镇会议室", "司法所",
                  attendees=[parse_attendee(name), parse_attendee("赵不在/140105********0013")])
    [written] = write_replies(tsession, tmp_path / "reply", code)
    assert (written.receipts, written.reviews, written.tasks, written.trainings) == (1, 1, 1, 1)

    village = _make(summary.db_path).login("demo", "Demo@2026")
    try:
        ArchiveService(village).register_township(tsession.signing_key().public().fingerprint())
        done = RepliesService(village).import_reply(Path(written.folder))
        outcomes = {i.kind: i for i in done.items}
        assert all(i.outcome == APPLIED for i in done.items), [(i.kind, i.reason_in()) for i in done.items]
        mq = AssessmentService(village).member_quarter(member_id, quarter)
        assert [r.level for r in mq.reviews] == [ReviewLevel.FIRST, ReviewLevel.SECOND]
        second = mq.reviews[1]
        assert (second.reviewer, second.decision) == ("小店镇", "同意初评，调整一项")
        assert [(c.item_name, c.after) for c in second.changes] == [(item, 1.0)]
        new = [c for c in CasesService(village).list(None) if c.id not in cases_before]
        assert len(new) == 1 and new[0].title == "开展矛盾纠纷大排查"
        case = CasesService(village).get(new[0].id)
        assert case.channel is Channel.TOWNSHIP and case.task is not None and case.task.name == ADMISSION_LIST[1]
        sessions = [s for s in TrainingService(village).sessions(held.year) if s.session.topic == "人民调解实务"]
        assert len(sessions) == 1
        attended = TrainingService(village).attendance(sessions[0].session.id)
        assert [a.member_id for a in attended] == [member_id]
        assert "赵不在" in outcomes["training"].reason_in()  # listed, not invented
    finally:
        village.close()
