"""The centre's cycle in the archive batch (issue 18 item 6): the daily logs, the patrols, the
monthly meetings' minutes and the quarterly review results as their own categories, each one item
with DA/T 46 metadata like the visit logs'. Each batch carries what was written since the last
one: a day signed after the last batch travels again with its sign-off; a meeting travels once
its minutes are final, as the PDF the township would read on paper."""

from __future__ import annotations

import io
from datetime import datetime

from ..archive.metadata import ItemRecord
from ..archive.package import Item, csv_bytes, hashed_file
from ..domain.assessment import GRADE_LABELS, LEVEL_LABELS, Quarter, ReviewLevel
from ..domain.daily_logs import LogState
from ..domain.patrols import PatrolOutcome
from ..domain.visits import FINDING_LABELS
from ..storage.assessment_repo import AssessmentRepo
from ..storage.daily_logs_repo import DailyLogsRepo
from ..storage.patrols_repo import PatrolsRepo
from ..storage.team_repo import TeamRepo
from .meetings import MeetingsService
from .review_printouts import ReviewPrintService
from .session import UserSession

LOG_STATES = {LogState.SUBMITTED.value: "已提交", LogState.SIGNED.value: "已签核", LogState.RETURNED.value: "退回待更正"}


def _record(session: UserSession, code: str, category: str, title: str, now: datetime, seq: str,
            description: tuple[tuple[str, str], ...] = ()) -> ItemRecord:
    division, village = session.centre.division_code, session.centre.village_name
    stamp = f"{now:%Y-%m-%d}"
    return ItemRecord(f"{division}-{code}-{now.year}-{seq}", f"{code}-{seq}", f"{village}{title}（至 {stamp}）",
                      f"{village}综治中心", stamp, category, description=description)


def daily_log_item(session: UserSession, now: datetime, since: datetime | None, seq: str) -> Item:
    with session.db.transaction() as s:
        names = {t.id: t.member.name for t in TeamRepo(s).all(include_left=True)}
        repo = DailyLogsRepo(s)
        days = repo.changed_since(since)
        figures = repo.day_figures(min(d[2] for d in days), max(d[2] for d in days)) if days else {}
    rows = []
    for _id, member, day, state, nothing, minutes, places, entered_by, entered_at, reviewed_by, reviewed_at in days:
        _st, _m, found, solved, reported = figures.get((member, day), (state, minutes, 0, 0, 0))
        rows.append([f"{day:%Y-%m-%d}", names.get(member, ""), "是" if nothing else "否", round(minutes / 60, 1),
                     places, found, solved, reported, LOG_STATES.get(state, state), entered_by,
                     f"{entered_at:%Y-%m-%d %H:%M}", reviewed_by,
                     f"{reviewed_at:%Y-%m-%d %H:%M}" if reviewed_at else ""])
    header = ["日期", "网格员", "今日无异常", "工时（小时）", "去向", "发现问题", "当场解决", "上报案件", "状态",
              "填写人", "填写时间", "签核人", "签核时间"]
    return Item(_record(session, "MQRZ", "民情日志", "民情日志", now, seq, (("条数", str(len(rows))),)),
                (hashed_file("dailylogs.csv", "民情日志", csv_bytes(header, rows)),))


def patrol_item(session: UserSession, now: datetime, since: datetime | None, seq: str) -> Item:
    with session.db.transaction() as s:
        patrols = PatrolsRepo(s).recorded_since(since)
    rows = [[f"{p.at:%Y-%m-%d %H:%M}", p.place_name, p.grid_code, p.member_name,
             "发现问题" if p.outcome is PatrolOutcome.FINDING else "正常",
             FINDING_LABELS.get(p.category, "") if p.category else "", p.finding, p.notes,
             "是" if p.case_id else ""] for p in patrols]
    header = ["巡查时间", "场所/风险点", "网格", "巡查人", "情况", "问题类别", "问题描述", "备注", "已转案件"]
    return Item(_record(session, "XCJL", "巡查记录", "巡查记录", now, seq, (("条数", str(len(rows))),)),
                (hashed_file("patrols.csv", "巡查记录", csv_bytes(header, rows)),))


def minutes_items(session: UserSession, now: datetime, since: datetime | None) -> list[Item]:
    """One item per meeting whose minutes were made final since the last batch: its PDF."""
    meetings = MeetingsService(session)
    items = []
    # the first batch carries the last ten years' (a centre's paper before GridDesk is not typed in)
    for year in range(since.year if since else now.year - 10, now.year + 1):
        for m in meetings.of_year(year):
            if not m.final or m.id is None:
                continue
            made = datetime.fromisoformat(m.finalised_at).astimezone().replace(tzinfo=None) if m.finalised_at else None
            if since is not None and made is not None and made <= since:
                continue
            pdf = io.BytesIO()
            meetings.print_minutes(m.id, pdf, record=False)
            division, village = session.centre.division_code, session.centre.village_name
            record = ItemRecord(f"{division}-HYJY-{m.held_on.year}-{m.held_on:%Y%m%d}-{m.id}", f"HYJY-{m.id}",
                                f"{village}{m.held_on:%Y年%m月}月例会会议纪要", f"{village}综治中心",
                                f"{m.held_on:%Y-%m-%d}", "会议纪要", control_mark="内部使用",
                                description=(("主持人", m.host), ("记录人", m.recorder),
                                             ("参会人数", str(len(m.attendees)))))
            items.append(Item(record, (hashed_file("minutes.pdf", "会议纪要", pdf.getvalue()),)))
    return items


def review_items(session: UserSession, now: datetime, since: datetime | None, seq: str) -> list[Item]:
    """The quarterly review results (考核结果): each review recorded since the last batch, once, as
    a row with its changes; and, for each quarter the township's second review closed in that
    time, the quarter's summary table as the PDF it reads on paper. Nothing new, no item."""
    with session.db.transaction() as s:
        reviews = AssessmentRepo(s).recorded_since(since)
        names = {t.id: t.member.name for t in TeamRepo(s).all(include_left=True)} if reviews else {}
    if not reviews:
        return []
    rows = [[quarter, names.get(member, ""), LEVEL_LABELS[r.level], r.reviewer, f"{r.decided_on:%Y-%m-%d}",
             r.decision, f"{r.total:g}", GRADE_LABELS[r.grade],
             "；".join(f"{c.item_name} {'' if c.before is None else f'{c.before:g}'}→{c.after:g}（{c.reason}）"
                      for c in r.changes),
             r.recorded_by, f"{at:%Y-%m-%d %H:%M}", member] for member, quarter, r, at in reviews]
    # 网格员编号 last (columns only ever added at the end): the township's second review names the
    # member by it and the name together, as the reply format asks (archive/reply.py PersonRef).
    header = ["季度", "网格员", "评议", "评议机构", "评议日期", "评议意见", "总分", "等次", "调整及理由", "登记人", "登记时间",
              "网格员编号"]
    files = [hashed_file("reviews.csv", "考核评议结果", csv_bytes(header, rows))]
    printouts = ReviewPrintService(session)
    for quarter in sorted({q for _m, q, r, _at in reviews if r.level is ReviewLevel.SECOND}):
        pdf = io.BytesIO()
        printouts.print_summary(pdf, Quarter.parse(quarter), record=False)
        files.append(hashed_file(f"summary-{quarter}.pdf", f"{quarter}考核评议汇总表", pdf.getvalue()))
    quarters = sorted({q for _m, q, _r, _at in reviews})
    return [Item(_record(session, "KHJG", "考核结果", "网格员考核评议结果", now, seq,
                         (("季度", "、".join(quarters)), ("条数", str(len(rows))))), tuple(files))]


def division_items(session: UserSession, batch: str) -> list[Item]:
    """The yearly division report (WGHF, issue 19 item 6) once it is printed: its PDF as printed
    and its data as CSV, until a recorded batch has carried it. Each report notes the batch being
    planned; a batch that failed was never recorded, so the next one carries it again. Not by
    time: a report printed in the second a batch was planned would be neither before nor after
    it. A reprint of the same data keeps its mark; a corrected report travels again."""
    from ..storage.archive_repo import ArchiveRepo
    from ..storage.division_repo import DivisionRepo

    with session.db.transaction(writes=True) as s:
        recorded = {b.name for b in ArchiveRepo(s).batches()}
        reports = DivisionRepo(s).reports_to_send(recorded, batch)
    division, village = session.centre.division_code, session.centre.village_name
    items = []
    for year, made_at, _by, pdf, data in reports:
        record = ItemRecord(f"{division}-WGHF-{year}-{made_at:%Y%m%d%H%M%S}", f"WGHF-{year}",
                            f"{village}{year}年度网格划分情况报告", f"{village}综治中心", f"{made_at:%Y-%m-%d}",
                            "网格划分", description=(("年度", str(year)),))
        items.append(Item(record, (hashed_file("division.pdf", "网格划分情况报告", pdf),
                                   hashed_file("division.csv", "网格划分数据", data))))
    return items
