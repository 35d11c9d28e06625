"""People's mediation (人民调解) on a dispute case: intake and acceptance with the mediation's own
number, investigations, sessions, the outcome (the agreement, or the referral), the printed
人民调解协议书 and the follow-up visits. Each write is one transaction with its audit row; the
team mediates within its grids (the rules table's MEDIATION row); reads follow the case scope;
the parties' ID numbers and phones are masked unless unmasked, on the record."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from ..domain.audit import Action
from ..domain.errors import Conflict, NotFound
from ..domain.idcard import mask_id_number, mask_phone, parse_id_number
from ..domain.mediation import (DISPUTE_ROOT, MAX_PARTIES, AwaitingCase, PERFORMANCE_WORDS, REFERRAL_WORDS,
                                SEVERITY_WORDS, SOURCE_WORDS,
                                STATE_WORDS, DisputeFacts, FollowUpVisit, Intake, Investigation, Mediation,
                                MediationLine, MediationSession, MediationState, Outcome, Party, Severity, Step,
                                after_followup, bounded, check_followup, check_id, check_intake, check_investigation,
                                check_names, check_outcome, check_session, check_step, day_of, parse_number, refuse)
from ..domain.phones import normalise_phone
from ..domain.rules import Permission
from ..storage.cases_repo import CasesRepo
from ..storage.mediation_repo import INVESTIGATION, SESSION, MediationRepo
from .clock import local_dt
from .guard import rule
from .roster_scope import grid_scope, inside, refuse_outside
from .session import Changes, UserSession


class MediationService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="today's date by the session's clock")
    def today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _now(self) -> datetime:
        return local_dt(self.session.clock()).replace(microsecond=0)

    # -- reach ----------------------------------------------------------------------------------
    def _reach(self, repo: MediationRepo, case_id: int, permission: Permission, what: str) -> None:
        """The case exists and is within the account's reach for `permission` (its grids, or
        assigned to it); else NotFound, or a refusal on the record naming nothing of it."""
        found = repo.case_grid(case_id)
        if found is None:
            raise NotFound("mediation.case_gone")
        grid, assignee = found
        mine = self.session.account.member_id
        if not (inside(grid or None, grid_scope(self.session, permission))
                or (assignee is not None and assignee == mine)):
            refuse_outside(self.session, what)

    def _is_dispute(self, s, case_id: int) -> bool:
        repo = CasesRepo(s)
        row = repo.row(case_id)
        return row is not None and self._under_dispute_root({c.id: c for c in repo.categories()}, row.category_id)

    # -- intake -----------------------------------------------------------------------------------
    @rule(Permission.MEDIATION)
    def register(self, intake: Intake) -> Changes:
        """受理登记: the dispute's intake, accepted, with the year's next mediation number."""
        case_id = check_id(intake.case_id, "mediation.case_gone")
        today = self.today()
        if not isinstance(intake.parties, (tuple, list)):
            raise refuse("parties", "mediation.parties_required")
        if len(intake.parties) > MAX_PARTIES:  # before each is looked up in the roster
            raise refuse("parties", "mediation.too_many_parties", limit=MAX_PARTIES, count=len(intake.parties))
        intake = replace(intake, occurred_on=day_of(intake.occurred_on), accepted_on=day_of(intake.accepted_on),
                         place=bounded(intake.place, 128, "place"),
                         dispute_type=bounded(intake.dispute_type, 32, "dispute_type"),
                         summary=bounded(intake.summary, 4000, "summary", multiline=True),
                         parties=tuple(self._party(p) for p in intake.parties))
        check_intake(intake, today)
        accepted = intake.accepted_on or today
        with self.session.db.transaction() as s:
            self._reach(MediationRepo(s), case_id, Permission.MEDIATION, f"mediation case:{case_id}")
        with self.session.write(Action.WRITE.value, f"case:{case_id}", "mediation registered") as s:
            repo = MediationRepo(s)
            case = CasesRepo(s).row(case_id)
            if case is None:
                raise NotFound("mediation.case_gone")
            if not self._is_dispute(s, case_id):
                raise refuse("case", "mediation.not_dispute")
            if case.state == "closed":
                raise refuse("case", "mediation.case_closed")
            earlier = repo.of_case(case_id)
            if earlier is not None:
                raise Conflict("mediation.already", number=repo.row(earlier).number)
            mediation_id, number = repo.insert(intake, accepted, self.session.account.username, self._now())
        return Changes("mediations", (mediation_id,), warning="")

    def _party(self, p: Party) -> Party:
        name = bounded(p.name, 32, "party_name")
        id_number = bounded(p.id_number, 24, "party_id")
        id_number = parse_id_number(id_number).value if id_number else ""
        phone = bounded(p.phone, 24, "party_phone")
        phone = normalise_phone(phone, "party_phone") if phone else ""
        address = bounded(p.address, 128, "party_address", multiline=False)
        resident_id = p.resident_id
        if resident_id is not None:
            from ..storage.residents_repo import ResidentsRepo

            check_id(resident_id, "mediation.party_gone")
            with self.session.db.transaction() as s:
                r = ResidentsRepo(s).get(resident_id)
            if r is None:
                raise NotFound("mediation.party_gone")
            if not inside(r.grid_code, grid_scope(self.session, Permission.VIEW_ROSTER)):
                refuse_outside(self.session, f"mediation party resident:{resident_id}")
            name = name or r.name
            id_number = id_number or r.id_number
            phone = phone or r.phone
            address = address or r.actual_address or r.registered_address
        return Party(name, id_number, phone, address[:128], resident_id)

    # -- the steps --------------------------------------------------------------------------------
    def _step(self, mediation_id: int, version: int, step: Step, what: str):
        """The write of one step: the row, its state allowing the step, no newer copy saved."""
        mediation_id = check_id(mediation_id)
        with self.session.db.transaction() as s:
            repo = MediationRepo(s)
            row = repo.row(mediation_id)
            if row is None:
                raise NotFound("mediation.gone")
            self._reach(repo, row.case_id, Permission.MEDIATION, f"mediation:{mediation_id}")
        return self.session.write(Action.WRITE.value, f"mediation:{mediation_id}", what)

    def _locked_row(self, s, mediation_id: int, version: int, step: Step):
        repo = MediationRepo(s)
        row = repo.row(mediation_id)
        if row is None:
            raise NotFound("mediation.gone")
        if row.version != version:
            raise Conflict("mediation.changed")
        check_step(MediationState(row.state), step)
        return repo, row

    @rule(Permission.MEDIATION)
    def investigate(self, mediation_id: int, version: int, v: Investigation) -> Changes:
        """调查: when, who, what was found."""
        v = replace(v, on=day_of(v.on), by=bounded(v.by, 64, "by"), found=bounded(v.found, 4000, "found", multiline=True))
        with self._step(mediation_id, version, Step.INVESTIGATE, "investigation") as s:
            repo, row = self._locked_row(s, mediation_id, version, Step.INVESTIGATE)
            check_investigation(v, row.accepted_on, self.today())
            repo.add_record(row.id, INVESTIGATION, v.on, "", v.by, "", v.found, self.session.account.username,
                            self._now())
            row.version += 1
        return Changes("mediations", (mediation_id,))

    @rule(Permission.MEDIATION)
    def hold_session(self, mediation_id: int, version: int, m: MediationSession) -> Changes:
        """调解: when, where, who mediated, who attended, what was said."""
        mediators = tuple(bounded(x, 32, "mediators") for x in check_names(m.mediators))
        if sum(len(x) + 1 for x in mediators) > 200:
            raise refuse("mediators", "invalid.too_long", limit=200, length=sum(len(x) + 1 for x in mediators))
        m = replace(m, on=day_of(m.on), place=bounded(m.place, 128, "place"), mediators=mediators,
                    attended=bounded(m.attended, 2000, "attended", multiline=True),
                    said=bounded(m.said, 8000, "said", multiline=True))
        with self._step(mediation_id, version, Step.SESSION, "session") as s:
            repo, row = self._locked_row(s, mediation_id, version, Step.SESSION)
            check_session(m, row.accepted_on, self.today())
            repo.add_record(row.id, SESSION, m.on, m.place, "、".join(m.mediators), m.attended, m.said,
                            self.session.account.username, self._now())
            row.state = MediationState.IN_PROGRESS.value
            row.version += 1
        return Changes("mediations", (mediation_id,))

    @rule(Permission.MEDIATION)
    def record_outcome(self, mediation_id: int, version: int, o: Outcome) -> Changes:
        """调解结果: the agreement (人民调解协议书's words), or no agreement and where it is referred."""
        a = o.agreement
        if a is not None:
            a = replace(a, facts=bounded(a.facts, 4000, "facts", multiline=True),
                        disputed=bounded(a.disputed, 2000, "disputed", multiline=True),
                        terms=bounded(a.terms, 4000, "terms", multiline=True),
                        performance=bounded(a.performance, 2000, "performance", multiline=True),
                        recorder=bounded(a.recorder, 32, "recorder"), perform_by=day_of(a.perform_by))
        if not isinstance(o.agreed, bool):
            raise refuse("agreed", "mediation.agreed_required")
        o = replace(o, on=day_of(o.on), note=bounded(o.note, 2000, "note", multiline=True), agreement=a)
        with self._step(mediation_id, version, Step.OUTCOME, "outcome") as s:
            repo, row = self._locked_row(s, mediation_id, version, Step.OUTCOME)
            check_outcome(o, repo.last_session(row.id), self.today())
            repo.set_outcome(row, o, MediationState.AGREED if o.agreed else MediationState.REFERRED)
            row.version += 1
        return Changes("mediations", (mediation_id,))

    @rule(Permission.MEDIATION)
    def follow_up(self, mediation_id: int, version: int, f: FollowUpVisit) -> Changes:
        """回访: whether the agreement was carried out; carried out, the mediation closes."""
        f = replace(f, on=day_of(f.on), by=bounded(f.by, 64, "by"), notes=bounded(f.notes, 2000, "notes", multiline=True))
        with self._step(mediation_id, version, Step.FOLLOW_UP, "follow-up") as s:
            repo, row = self._locked_row(s, mediation_id, version, Step.FOLLOW_UP)
            check_followup(f, row.outcome_on, self.today())
            repo.add_followup(row.id, f, self.session.account.username, self._now())
            row.state = after_followup(f).value
            row.version += 1
        return Changes("mediations", (mediation_id,))

    # -- reading ----------------------------------------------------------------------------------
    def _read(self, mediation_id: object) -> Mediation:
        mediation_id = check_id(mediation_id)
        with self.session.db.transaction() as s:
            repo = MediationRepo(s)
            m = repo.get(mediation_id)
            if m is None:
                raise NotFound("mediation.gone")
            self._reach(repo, m.case_id, Permission.VIEW_CASES, f"mediation:{mediation_id}")
        return m

    @rule(Permission.VIEW_CASES)
    def get(self, mediation_id: int) -> Mediation:
        """The whole record, the parties' ID numbers and phones masked."""
        return _masked(self._read(mediation_id))

    @rule(Permission.UNMASK)
    def unmask(self, mediation_id: int, reason: str) -> Mediation:
        """The parties' full numbers, for a stated reason; the view is on the record."""
        reason = bounded(reason, 200, "reason")
        if len(reason) < 2:
            raise refuse("reason", "mediation.unmask_reason")
        m = self._read(mediation_id)
        self.session.record(Action.UNMASK.value, f"mediation:{m.id} {m.number}", reason)
        return replace(m, masked=False)

    @rule(Permission.VIEW_CASES)
    def of_case(self, case_id: int) -> Mediation | None:
        """The case's mediation (masked), None when it has none."""
        case_id = check_id(case_id, "mediation.case_gone")
        with self.session.db.transaction() as s:
            repo = MediationRepo(s)
            self._reach(repo, case_id, Permission.VIEW_CASES, f"case:{case_id}")
            found = repo.of_case(case_id)
        return self.get(found) if found is not None else None

    @rule(Permission.MEDIATION)
    def awaiting(self) -> list[AwaitingCase]:
        """The open dispute cases within reach that no mediation has taken yet, newest first: what
        the 人民调解 tab's 登记调解 offers to choose from."""
        scope = grid_scope(self.session, Permission.MEDIATION)
        mine = self.session.account.member_id
        with self.session.db.transaction() as s:
            repo = CasesRepo(s)
            cats = {c.id: c for c in repo.categories()}
            disputes = [c for c in cats if self._under_dispute_root(cats, c)]
            rows = MediationRepo(s).open_without_mediation(disputes)
        return [AwaitingCase(case_id, number, title, reported)
                for case_id, number, title, reported, grid, assignee in rows
                if inside(grid or None, scope) or (assignee is not None and assignee == mine)]

    @staticmethod
    def _under_dispute_root(cats: dict, category_id: int) -> bool:
        cat = cats.get(category_id)
        while cat is not None:
            if cat.name == DISPUTE_ROOT and cat.parent_id is None:
                return True
            cat = cats.get(cat.parent_id) if cat.parent_id is not None else None
        return False

    @rule(Permission.VIEW_CASES)
    def is_dispute(self, case_id: int) -> bool:
        """Whether the case is a dispute (矛盾纠纷 or one of its kinds): the ones mediation takes."""
        case_id = check_id(case_id, "mediation.case_gone")
        with self.session.db.transaction() as s:
            if MediationRepo(s).case_grid(case_id) is None:
                raise NotFound("mediation.case_gone")
            return self._is_dispute(s, case_id)

    @rule(Permission.VIEW_CASES)
    def find(self, number: str) -> int:
        """The mediation of a number ('（2026）调字第003号' or '2026-3'), within reach."""
        year, seq = parse_number(number)
        with self.session.db.transaction() as s:
            found = MediationRepo(s).by_number(year, seq)
        if found is None:
            raise NotFound("mediation.no_number", number=number.strip()[:40])
        self._read(found)
        return found

    @rule(Permission.VIEW_CASES)
    def listed(self, year: int | None = None, states: Sequence[MediationState] | None = None,
               first: date | None = None, last: date | None = None) -> list[MediationLine]:
        """The mediations accepted in a year (or between two days; all when neither), newest first,
        within the account's reach."""
        if year is not None:
            if isinstance(year, int) and not isinstance(year, bool) and year < 2000:
                raise refuse("accepted_on", "mediation.date_too_early", date=str(year)[:10])
            if isinstance(year, bool) or not isinstance(year, int) or year > 9999:
                raise refuse("accepted_on", "mediation.date_too_late_year", value=str(year)[:10])
            first, last = date(year, 1, 1), date(year, 12, 31)
        first, last = day_of(first), day_of(last)
        for day in (first, last):
            if day is not None and not isinstance(day, date):
                raise refuse("accepted_on", "mediation.bad_list_days", value=str(day)[:20])
        if first is not None and last is not None and first > last:
            raise refuse("accepted_on", "mediation.bad_list_days", value=f"{first:%Y-%m-%d} > {last:%Y-%m-%d}")
        scope = grid_scope(self.session, Permission.VIEW_CASES)
        mine = self.session.account.member_id
        with self.session.db.transaction() as s:
            rows = MediationRepo(s).lines(first, last, states)
        return [line for line, grid, assignee in rows
                if inside(grid or None, scope) or (assignee is not None and assignee == mine)]

    @rule(Permission.VIEW_CASES)
    def dispute_facts(self, case_ids: Iterable[int]) -> dict[int, DisputeFacts]:
        """For the monthly dispute report: each case's mediation, as plain facts (cases with none
        are absent, and so are cases outside the account's grids); ids are checked."""
        ids = [check_id(i, "mediation.case_gone") for i in case_ids]
        scope = grid_scope(self.session, Permission.VIEW_CASES)
        mine = self.session.account.member_id
        with self.session.db.transaction() as s:
            repo = MediationRepo(s)
            rows = repo.facts(ids)
            if scope is not None:  # a grid's account: its grids' cases and those assigned to it, no others
                reach = {r[0]: repo.case_grid(r[0]) for r in rows}
                rows = [r for r in rows if reach[r[0]] is not None and (
                    inside(reach[r[0]][0] or None, scope) or (reach[r[0]][1] is not None and reach[r[0]][1] == mine))]
        major = Severity.MAJOR.value  # once: an enum member's .value is a descriptor call per row
        return {case_id: DisputeFacts(severity == major, people, outcome_on, agreed)
                for case_id, severity, people, outcome_on, agreed in rows}

    # -- the agreement, printed ----------------------------------------------------------------
    @rule(Permission.VIEW_CASES)
    def agreement(self, mediation_id: int):
        """The 人民调解协议书 as plain data for the printout, the parties' numbers masked (the full
        ones only through print_agreement's unmask reason, on the record)."""
        return self._agreement(self._read(mediation_id), False)

    def _agreement(self, m: Mediation, full_numbers: bool):
        from ..printing.mediation_agreement import AgreementData

        _printable(m)
        a = m.outcome.agreement
        shown = m if full_numbers else _masked(m)
        mediators: list[str] = []
        for sess in m.sessions:
            mediators += [x for x in sess.mediators if x not in mediators]
        return AgreementData(
            f"{self.session.centre.village_name}人民调解委员会", m.number,
            tuple((p.name, _sex(q.id_number), p.id_number, p.phone, p.address)
                  for p, q in zip(shown.parties, m.parties)),
            a.facts, a.disputed, a.terms, a.performance, f"{a.perform_by:%Y年%m月%d日}" if a.perform_by else "",
            tuple(mediators), a.recorder, f"{m.outcome.on:%Y年%m月%d日}", f"{self.today():%Y-%m-%d}")

    @rule(Permission.VIEW_CASES)
    def print_agreement(self, mediation_id: int, out, record: bool = True, unmask_reason: str = "") -> int:
        """人民调解协议书 as a PDF (a file, or a buffer for the preview); pages written; audited when
        recorded. Full ID numbers and phones only with a reason, by those who may unmask."""
        from ..printing.mediation_agreement import write_agreement
        from .print_files import written_on_record
        from .printouts import PrintService, out_name

        self.session.require(Permission.PRINT)
        if unmask_reason:
            self.session.require(Permission.UNMASK)
            data = self._agreement(self.unmask(mediation_id, unmask_reason), True)
        else:
            data = self.agreement(mediation_id)
        font = PrintService(self.session).font_file()
        on_record = (lambda failed: self.session.record(Action.PRINT.value, f"mediation:{mediation_id} {data.number}",
                                                        f"人民调解协议书 → {out_name(out)}{failed}")) if record else None
        return written_on_record(out, lambda target: write_agreement(data, target, font), on_record)

    @rule(Permission.PRINT)
    def record_print(self, mediation_id: int, how: str) -> None:
        """A previewed agreement was printed or saved (refused where there is no agreement)."""
        m = self._read(mediation_id)
        _printable(m)
        self.session.record(Action.PRINT.value, f"mediation:{m.id} {m.number}", f"人民调解协议书 {how}"[:200])

    @rule(Permission.VIEW_CASES)
    def record_rows(self, mediation_id: int) -> list[list[str]]:
        """The whole mediation as rows (项目, 日期, 人员, 内容) for the archive's 调解卷, masked."""
        m = _masked(self._read(mediation_id))
        rows = [["受理登记", f"{m.accepted_on:%Y-%m-%d}", "", f"编号 {m.number}；事件 {m.case_number}；来源 "
                 f"{SOURCE_WORDS[m.source]}；等级 {SEVERITY_WORDS[m.severity]}；发生 {m.occurred_on:%Y-%m-%d}；"
                 f"地点 {m.place}；涉及 {m.people} 人；类型 {m.dispute_type}；{m.summary}"]]
        rows += [["当事人", "", p.name, "；".join(filter(None, (p.id_number, p.phone, p.address)))] for p in m.parties]
        rows += [["调查", f"{v.on:%Y-%m-%d}", v.by, v.found] for v in m.investigations]
        rows += [["调解", f"{x.on:%Y-%m-%d}", "、".join(x.mediators), f"地点 {x.place}；参加 {x.attended}；{x.said}"]
                 for x in m.sessions]
        if m.outcome is not None:
            o = m.outcome
            if o.agreed and o.agreement is not None:
                a = o.agreement
                rows.append(["达成协议", f"{o.on:%Y-%m-%d}", a.recorder,
                             f"事实 {a.facts}；争议 {a.disputed}；协议 {a.terms}；履行 {a.performance}"
                             f"（{a.perform_by:%Y-%m-%d}）" if a.perform_by else a.terms])
            else:
                rows.append(["未达成协议", f"{o.on:%Y-%m-%d}", "",
                             f"引导至{REFERRAL_WORDS[o.referral]}；{o.note}" if o.referral else o.note])
        rows += [["履行回访", f"{f.on:%Y-%m-%d}", f.by, f"{PERFORMANCE_WORDS[f.performance]}；{f.notes}"]
                 for f in m.followups]
        rows.append(["状态", "", "", STATE_WORDS[m.state]])
        return rows


def _printable(m: Mediation) -> None:
    """There is a written agreement to print; else the refusal naming the mediation's state."""
    if m.outcome is None or not m.outcome.agreed or m.outcome.agreement is None:
        check_step(MediationState.REFERRED if m.outcome else m.state, Step.PRINT)


def _sex(id_number: str) -> str:
    if len(id_number) == 18 and id_number[16].isdigit():
        return "男" if int(id_number[16]) % 2 else "女"
    return ""


def _masked(m: Mediation) -> Mediation:
    return replace(m, masked=True, parties=tuple(
        replace(p, id_number=mask_id_number(p.id_number) if p.id_number else "",
                phone=mask_phone(p.phone) if p.phone else "") for p in m.parties))
