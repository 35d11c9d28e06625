"""The summary reports' figures (issue 20 item 3): what GridDesk holds over a period, as named
sections, each one function over the repos. The monthly meeting's figures (meeting_figures.py)
are reused where they already count the thing (visits coverage, patrols, training, the case
clock's in-time and overdue counts); the rest are the breakdowns a report to the township adds.

Every figure is the whole village's: a report is the centre's (RULES.md, Permission.REPORTS).
Adding a section is one function here and one line in SECTIONS.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.assessment import GRADE_LABELS, Grade, Quarter
from ..domain.case_flows import CLOSURE_NOT_RECORDED, CLOSURE_WORDS
from ..domain.cases import CHANNEL_WORDS, KIND_WORDS, STATE_LABELS, CaseState, WorkKind
from ..domain.key_groups import SPECS, AttentionLevel, KeyGroup
from ..domain.meetings import FigureRow
from ..domain.reports import Figure, Section
from ..domain.roster import TEAM_ROLE_LABELS, TeamRole
from ..domain.workdays import clock_state
from .cases import OPEN_STATES
from .meeting_figures import case_rows, patrols_section, training_section, visits_section

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# The meeting's figures, in words that fit any period (the meeting's say 本月).
LABELS = {
    "visits": "走访次数", "households_visited": "走访到的户数 / 总户数",
    "grid_weeks_complete": "每周走访全覆盖的网格周 / 应覆盖网格周",
    "cases_reported": "受理事件", "cases_closed": "办结事件", "cases_closed_in_time": "按时办结 / 办结",
    "cases_open_overdue": "在办事件中已超期（截至期末）",
    "patrols_done": "巡查次数", "patrols_planned": "按频次应巡查（点·天）", "patrols_missed": "漏巡（点·天）",
    "patrol_findings": "巡查发现问题", "patrol_findings_to_cases": "转为案件 / 发现问题",
    "training_sessions": "培训场次", "training_present": "参训人次", "training_hours": "培训学时",
}


def _from_meeting(rows: tuple[FigureRow, ...], prefix: str = "") -> list[Figure]:
    out = []
    for r in rows:
        if r.key.startswith("state:"):
            label = f"在办：{STATE_LABELS[CaseState(r.key[6:])]}（填报时）"
        else:
            label = LABELS[r.key]
        out.append(Figure(prefix + r.key, label, r.value, r.of))
    return out


def _bounds(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1), datetime.min.time())


def cases_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """The meeting's case figures (reported, closed, closed in time, open by state and overdue at
    the period's end by the case clock), then the cases reported in the period by category, state,
    work kind and source (channel), the closed ones by closure type, and the in-time rate of each
    work kind's closed cases."""
    if views is None:
        from ..storage.reports_repo import ReportsRepo

        views = ReportsRepo(s).case_facts(*_bounds(first, last))
    rows = _from_meeting(case_rows(views, first, last, today))
    start, end = _bounds(first, last)
    reported = [v for v in views if start <= v.reported_at < end]
    closed = [v for v in views if v.closed_at is not None and start <= v.closed_at < end]
    # the case clock at the period's end (or now, for a period not over): open cases still running
    now = min(end, datetime.combine(today + timedelta(days=1), datetime.min.time()))
    running = [clock_state(v.reported_at, v.due_at, now) for v in views
               if v.state in OPEN_STATES and v.reported_at < end]
    rows.append(Figure("cases_open_warning", "在办事件中快到期（截至期末）", sum(1 for c in running if c == "warning")))
    for name, n in sorted(Counter(v.category for v in reported).items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(Figure(f"category:{name}", f"类别：{name}", n))
    states = Counter(v.state for v in reported)
    for state in CaseState:
        rows.append(Figure(f"reported_state:{state.value}", f"本期受理的现处环节：{STATE_LABELS[state]}", states[state]))
    kinds = Counter(v.work_kind for v in reported)
    for kind in WorkKind:
        rows.append(Figure(f"kind:{kind.value}", f"事项类型：{KIND_WORDS[kind.value]}", kinds[kind]))
    channels = Counter(v.channel.value for v in reported)
    for channel, words in CHANNEL_WORDS.items():
        rows.append(Figure(f"channel:{channel}", f"来源：{words}", channels[channel]))
    closures = Counter(v.closure_type or "" for v in closed)
    for closure, words in CLOSURE_WORDS.items():
        rows.append(Figure(f"closure:{closure}", f"结案方式：{words}", closures[closure]))
    if closures[""]:
        rows.append(Figure("closure:", f"结案方式：{CLOSURE_NOT_RECORDED}", closures[""]))
    for kind in WorkKind:
        of_kind = [v for v in closed if v.work_kind is kind]
        on_time = sum(1 for v in of_kind if v.due_at is None or v.closed_at <= v.due_at)
        rows.append(Figure(f"on_time:{kind.value}", f"按时办结率：{KIND_WORDS[kind.value]}", on_time, len(of_kind)))
    return tuple(rows)


def cases_ytd_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """年度累计: reported, closed and closed in time from 1 January to the period's end, counted in
    the database as the meeting's figures count them."""
    from ..storage.reports_repo import ReportsRepo

    start, end = _bounds(date(first.year, 1, 1), last)
    reported, closed, in_time = ReportsRepo(s).case_totals(start, end)
    rows = (FigureRow("cases_reported", reported), FigureRow("cases_closed", closed),
            FigureRow("cases_closed_in_time", in_time, closed))
    return tuple(Figure("ytd_" + f.key, "年度累计" + f.label, f.value, f.of) for f in _from_meeting(rows))


def visits_figures(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """Visits coverage, as the monthly meeting counts it, over the period's weeks."""
    return tuple(_from_meeting(visits_section(s, first, last, today)))


def patrols_figures(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    return tuple(_from_meeting(patrols_section(s, first, last, today)))


def key_groups_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """Key-group tags in force on the period's last day (or today, for a period not over): by
    group, then by attention level. Counts only: no person is named."""
    from ..storage.key_groups_repo import KeyGroupsRepo

    on = min(last, today)
    tags = [t for t in KeyGroupsRepo(s).by_kinds([g.value for g in KeyGroup], on) if t.since is None or t.since <= on]
    groups, levels = Counter(t.group for t in tags), Counter(t.level for t in tags)
    rows = [Figure("key_groups", "重点人群（人次）", len(tags))]
    rows += [Figure(f"group:{g.value}", f"人群：{SPECS[g].label}", groups[g]) for g in KeyGroup]
    rows += [Figure(f"level:{lv.name.lower()}", f"关注程度：{lv.value}", levels[lv]) for lv in AttentionLevel]
    return tuple(rows)


def team_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """The team in post on the period's last day by post, who joined and who left in it, how
    many in post have passed the onboarding training (持证上岗); then the training held (the
    meeting's figures)."""
    from ..storage.team_repo import TeamRepo
    from ..storage.training_repo import TrainingRepo

    on = min(last, today)
    team = TeamRepo(s).all(include_left=True)
    serving = [t for t in team if t.member.appointed_on <= on and (t.left_on is None or t.left_on > on)]
    roles = Counter(t.member.role for t in serving)
    passed = TrainingRepo(s).onboarding_passed()
    rows = [Figure("team_in_post", "在岗网格队伍（期末）", len(serving))]
    rows += [Figure(f"role:{r.value}", f"岗位：{TEAM_ROLE_LABELS[r]}", roles[r]) for r in TeamRole]
    rows += [Figure("team_joined", "本期新任", sum(1 for t in team if first <= t.member.appointed_on <= last)),
             Figure("team_left", "本期离岗", sum(1 for t in team if t.left_on is not None and first <= t.left_on <= last)),
             Figure("team_certified", "已取得上岗资格 / 在岗", sum(1 for t in serving if t.id in passed), len(serving))]
    return tuple(rows) + tuple(_from_meeting(training_section(s, first, last, today)))


def assessment_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """The quarterly review results of each quarter that ends inside the period (a month's report
    shows the quarter it closes): members reviewed by the village, closed by the township's
    second review, and the closed ones by grade."""
    from ..storage.assessment_repo import AssessmentRepo
    from ..storage.team_repo import TeamRepo
    from .assessment import score_quarter

    rows: list[Figure] = []
    quarters = [Quarter(first.year, q) for q in range(1, 5)
                if first <= Quarter(first.year, q).end <= last]
    if not quarters:
        return ()
    repo = AssessmentRepo(s)
    team = {t.id: t for t in TeamRepo(s).all(include_left=True)}
    for q in quarters:
        reviews = repo.reviews(str(q))
        members = [team[m] for m in reviews if m in team]
        scored = score_quarter(s, q, today, members) if members else []
        closed = [mq for mq in scored if len(mq.reviews) > 1]
        grades = Counter(mq.standing.grade for mq in closed)
        words = f"{q.year}年第{'一二三四'[q.n - 1]}季度"
        rows.append(Figure(f"assessment:{q}:reviewed", f"{words}村级初评 人数", len(scored)))
        rows.append(Figure(f"assessment:{q}:closed", f"{words}乡镇复评完成 / 初评", len(closed), len(scored)))
        rows += [Figure(f"assessment:{q}:grade:{g.value}", f"{words}等次：{GRADE_LABELS[g]}", grades[g]) for g in Grade]
    return tuple(rows)


_FORM_WORDS = {"letter": "来信", "call": "来电", "visit": "来访", "online": "网上信访"}


def petitions_section(s: "Session", first: date, last: date, today: date, views=None) -> tuple[Figure, ...]:
    """The petitions received in the period (信访): how many and how many people, by form, the
    集体访, the repeats of an earlier petition (重复信访率 = repeats / petitions), answered in time,
    and those past their time limit at the period's end (or today)."""
    from ..domain.petitions import PetitionFilter, figures_of
    from ..storage.petitions_repo import PetitionsRepo

    repo = PetitionsRepo(s)
    f = figures_of(repo.listed(PetitionFilter(first=first, last=last)), first, last, min(last, today), repo.rules())
    if not f.count:
        return (Figure("petitions", "受理信访（件）", 0),)
    rows = [Figure("petitions", "受理信访（件）", f.count), Figure("petitions.people", "信访人次", f.people)]
    rows += [Figure(f"petitions.form:{k}", f"形式：{_FORM_WORDS.get(k, k)}", n) for k, n in f.by_form.items() if n]
    rows += [Figure("petitions.collective", "集体访（件）", f.collective),
             Figure("petitions.repeats", "重复信访 / 受理信访", f.repeats, f.count),
             Figure("petitions.answered_in_time", "按期答复 / 受理信访", f.answered_in_time, f.count),
             Figure("petitions.overdue", "超期未答复（截至期末）", f.overdue)]
    return tuple(rows)


# (key, title, function): the order of the report's sections.
SECTIONS: list[tuple[str, str, Callable[..., tuple[Figure, ...]]]] = [
    ("cases", "一、事件办理", cases_section),
    ("visits", "二、走访覆盖", visits_figures),
    ("patrols", "三、场所和风险点巡查", patrols_figures),
    ("key_groups", "四、重点人群", key_groups_section),
    ("team", "五、网格队伍和培训", team_section),
    ("assessment", "六、季度考核评议结果", assessment_section),
    ("petitions", "七、信访", petitions_section),
]


def summary_sections(s: "Session", first: date, last: date, today: date,
                     with_ytd: bool) -> tuple[tuple[Section, ...], tuple[Section, ...]]:
    """Every section over the period (the cases read once: those reported or closed in it, and
    those open), and the year to date when asked (counted in the database)."""
    from ..storage.reports_repo import ReportsRepo

    views = ReportsRepo(s).case_facts(*_bounds(first, last))
    sections = tuple(Section(key, title, fn(s, first, last, today, views)) for key, title, fn in SECTIONS)
    ytd = (Section("cases_ytd", "年度累计", cases_ytd_section(s, first, last, today, views)),) if with_ytd else ()
    return tuple(sec for sec in sections if sec.rows), ytd
