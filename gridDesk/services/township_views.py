"""What the township window reads beyond the status matrix (issue 21 item 2): one village's figures
and reports (村情), several side by side, and one escalation's facts with the answers given so far
(上报件). Read only; each needs VIEW_STATUS (an auditor reads everything)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.escalations import archival_code
from ..domain.township import EscalationRow, TownshipAction, TownshipError, TownshipStatus, check_village_code
from ..storage.township.repo import TownshipRepo
from ..storage.township.views_repo import TownshipViewsRepo
from .township import TownshipSession

COMPARE_LIMIT = 6  # villages side by side: more columns than this do not fit a screen


@dataclass(frozen=True)
class Figure:
    kind: str
    period: str
    section: str
    key: str
    value: int
    total: int | None


@dataclass(frozen=True)
class VillageView:
    code: str
    name: str
    registered_at: str
    grids: int
    residents: int
    households: int
    key_people: int
    cases: int  # current closed cases held
    corrections: int  # case versions after the first
    cases_by_category: tuple[tuple[str, int], ...]
    figures: tuple[Figure, ...]  # newest period first
    training_sessions: int
    training_rows: int
    training_present: int
    visits: int
    visit_households: int
    visit_problems: int
    visit_solved: int
    batches: tuple[tuple[str, str, str, int], ...]  # (name, bagging date, imported at, items), newest first
    quarantined: tuple[tuple[str, str, str, str], ...]  # (batch, period, when, reasons)
    escalations: int

    def figure_periods(self) -> list[str]:
        return list(dict.fromkeys(f.period for f in self.figures))


@dataclass(frozen=True)
class Answer:
    kind: str  # instruct | return | solved | county
    text: str
    by: str
    at: str
    sent: bool
    attachments: tuple[str, ...]


@dataclass(frozen=True)
class EscalationDetail:
    village: str
    village_name: str
    case_number: str
    ordinal: int
    title: str
    received_at: str
    due_at: str
    state: str
    facts: tuple[tuple[str, str], ...]  # the 上报件's 内容描述 as the village wrote it
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class QueueCounts:
    waiting: int
    overdue: int  # waiting past its due day
    due_soon: int  # waiting, one working day or less left
    answered: int  # answered, not yet on a reply
    sent: int


def registered_villages(session: TownshipSession) -> list[tuple[str, str]]:
    """(code, name) of every registered village, for the pages' pickers (no status read, so no
    status_viewed row on the audit log for a list of names)."""
    session.require(TownshipAction.VIEW_STATUS)
    with session.db.transaction() as s:
        return [(v.code, v.name) for v in TownshipRepo(s).villages()]


def village_view(session: TownshipSession, code: str) -> VillageView:
    return village_views(session, [code])[0]


def village_views(session: TownshipSession, codes: list[str]) -> list[VillageView]:
    """The villages named, in that order (one read transaction); an unknown code is refused in words."""
    session.require(TownshipAction.VIEW_STATUS)
    codes = [check_village_code(c, session.code) for c in dict.fromkeys(codes)]
    if not codes:
        raise TownshipError("township.view.none_chosen")
    if len(codes) > COMPARE_LIMIT:
        raise TownshipError("township.view.too_many", count=len(codes), limit=COMPARE_LIMIT)
    out = []
    with session.db.transaction() as s:
        repo, views = TownshipRepo(s), TownshipViewsRepo(s)
        queued: dict[str, int] = {}
        for village, *_rest in repo.escalations():
            queued[village] = queued.get(village, 0) + 1
        for code in codes:
            v = repo.village(code)
            if v is None:
                raise TownshipError("township.view.no_village", village=code)
            grids, residents, households, key_people = views.roster_totals(code)
            by_category = tuple(views.cases_by_category(code))
            sessions, rows, present = views.training_counts(code)
            visits, visit_households, problems, solved = views.visit_counts(code)
            out.append(VillageView(
                code, v.name, v.registered_at[:10], grids, residents, households, key_people,
                sum(n for _c, n in by_category), views.case_corrections(code), by_category,
                tuple(Figure(*f) for f in views.figures(code)), sessions, rows, present, visits, visit_households,
                problems, solved, tuple(views.batches(code)), tuple(views.quarantine(code)), queued.get(code, 0)))
    return out


def escalation_detail(session: TownshipSession, village: str, number: str, ordinal: int) -> EscalationDetail:
    session.require(TownshipAction.VIEW_STATUS)
    village = check_village_code(village, session.code)
    with session.db.transaction() as s:
        views = TownshipViewsRepo(s)
        found = views.escalation(village, number, int(ordinal))
        if found is None:
            raise TownshipError("township.answer.no_escalation", village=village, number=number, ordinal=ordinal)
        escalation_id, title, received, due, state, _answered = found
        v = TownshipRepo(s).village(village)
        facts = views.item_facts(village, archival_code(village, number, int(ordinal)))
        answers = tuple(Answer(k, t, by, at, sent, tuple(files)) for k, t, by, at, sent, files in views.answers(escalation_id))
    return EscalationDetail(village, v.name if v else village, number, int(ordinal), title, received, due, state,
                            tuple(facts), answers)


def queue_counts(status: TownshipStatus) -> QueueCounts:
    rows: tuple[EscalationRow, ...] = status.escalations
    waiting = [e for e in rows if e.state == "waiting"]
    return QueueCounts(len(waiting), sum(e.working_days_left < 0 for e in waiting),
                       sum(0 <= e.working_days_left <= 1 for e in waiting),
                       sum(e.state == "answered" for e in rows), sum(e.state == "sent" for e in rows))


def queue_order(rows: tuple[EscalationRow, ...] | list[EscalationRow], which: str = "waiting") -> list[EscalationRow]:
    """The queue as the window lists it: waiting ones first, the most overdue at the top (fewest
    working days left), then answered and sent; `which` is waiting | answered | all."""
    if which not in ("waiting", "answered", "all"):
        raise TownshipError("township.view.bad_filter", value=str(which)[:20])
    rank = {"waiting": 0, "answered": 1, "sent": 2}
    chosen = [e for e in rows if which == "all" or (e.state == "waiting") == (which == "waiting")]
    return sorted(chosen, key=lambda e: (rank.get(e.state, 3), e.working_days_left, e.due_on, e.village,
                                         e.case_number, e.ordinal))


def packages_on_stick(stick: Path) -> int:
    """How many village batches the import will go through (the window's progress bar), found as
    the import finds them; 0 when the folder is not there (the import then says why)."""
    from .township_import import _bags

    try:
        return len(_bags(Path(stick)))
    except OSError:
        return 0
