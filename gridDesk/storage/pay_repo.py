"""The pay rules, the facts a month's ledger is drawn up from (each read for every member in one
grouped query) and the ledgers with their lines (tables `pay_rules`, `pay_ledgers`, `pay_lines`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..domain.cases import CaseState, WorkKind
from ..domain.pay import ClosedCase, LedgerState, MemberInPost, PayLine, PayRules, PaySource
from ..domain.roster import TeamRole
from .orm.accounts import AccountRow
from .orm.cases import CaseEventRow, CaseRow
from .orm.pay import PayLedgerRow, PayLineRow, PayRuleRow
from .orm.roster import TeamMemberRow


class PayRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- the rules --------------------------------------------------------------------------
    def rules(self) -> PayRules:
        rows = list(self.s.scalars(select(PayRuleRow)))
        return PayRules({r.key: r.value for r in rows}, frozenset(r.key for r in rows if r.example))

    def save_rules(self, values: dict[str, int]) -> list[str]:
        """The keys whose value changed; whatever the director saves is theirs, no longer an example."""
        changed = []
        for key, value in values.items():
            row = self.s.get(PayRuleRow, key)
            if row is None:
                row = PayRuleRow(key=key, value=value, example=False)
                self.s.add(row)
                changed.append(key)
                continue
            if row.value != value:
                changed.append(key)
            row.value, row.example = value, False
        return changed

    # -- the facts of a month ----------------------------------------------------------------
    def members_in_post(self, first: date, last: date) -> list[MemberInPost]:
        stmt = select(TeamMemberRow.id, TeamMemberRow.name, TeamMemberRow.role, TeamMemberRow.appointed_on,
                      TeamMemberRow.left_on).where(TeamMemberRow.appointed_on <= last,
                                                   or_(TeamMemberRow.left_on.is_(None), TeamMemberRow.left_on > first))
        return [MemberInPost(i, n, TeamRole(r), a, left) for i, n, r, a, left in self.s.execute(stmt)]

    def closed_cases(self, since: datetime, until: datetime) -> list[ClosedCase]:
        """Cases closed in [since, until), each with the member it counts for: the one it was
        assigned to, or for 自办自结 the member whose account solved it on the spot."""
        solver = (select(AccountRow.member_id).join(CaseEventRow, CaseEventRow.account == AccountRow.username)
                  .where(CaseEventRow.case_id == CaseRow.id, CaseEventRow.action == "self_solve")
                  .correlate(CaseRow).limit(1).scalar_subquery())
        member = func.coalesce(CaseRow.assignee_member_id, solver)
        stmt = (select(member, CaseRow.number, CaseRow.work_kind, CaseRow.due_at, CaseRow.closed_at)
                .where(CaseRow.state == CaseState.CLOSED.value, CaseRow.closed_at >= since, CaseRow.closed_at < until))
        return [ClosedCase(m, n, WorkKind(k), due, closed) for m, n, k, due, closed in self.s.execute(stmt)
                if m is not None]

    # -- the ledgers -------------------------------------------------------------------------
    def ledger_row(self, month: str) -> PayLedgerRow | None:
        return self.s.get(PayLedgerRow, month)

    def lines(self, month: str) -> list[PayLine]:
        stmt = select(PayLineRow).where(PayLineRow.month == month).order_by(PayLineRow.id)
        return [PayLine(r.member_id, r.member_name, TeamRole(r.post), PaySource(r.source), r.ref, r.basis, r.amount,
                        r.n1, r.n2, r.reason, r.added_by, r.added_at, r.id) for r in self.s.scalars(stmt)]

    def save_draft(self, month: str, lines: list[PayLine], minimum_wage: int, by: str, at: datetime) -> None:
        row = self.s.get(PayLedgerRow, month)
        if row is None:
            row = PayLedgerRow(month=month, state=LedgerState.DRAFT.value, locked_by="")
            self.s.add(row)
        row.minimum_wage, row.drawn_by, row.drawn_at = minimum_wage, by, at
        self.s.flush()
        self.s.execute(delete(PayLineRow).where(PayLineRow.month == month))
        self.add_lines(month, lines)

    def add_lines(self, month: str, lines: list[PayLine]) -> None:
        self.s.add_all(PayLineRow(month=month, member_id=x.member_id, member_name=x.member_name, post=x.post.value,
                                  source=x.source.value, ref=x.ref, basis=x.basis, amount=x.amount, n1=x.n1, n2=x.n2,
                                  reason=x.reason, added_by=x.added_by, added_at=x.added_at) for x in lines)
        self.s.flush()

    def lock(self, month: str, by: str, at: datetime) -> None:
        row = self.s.get(PayLedgerRow, month)
        row.state, row.locked_by, row.locked_at = LedgerState.LOCKED.value, by, at

    def states(self) -> dict[str, str]:
        return dict(self.s.execute(select(PayLedgerRow.month, PayLedgerRow.state)).all())

    def totals(self, month: str) -> dict[int, tuple[str, int]]:
        """member -> (post, total) of a stored ledger, summed in SQL."""
        stmt = (select(PayLineRow.member_id, func.min(PayLineRow.post), func.sum(PayLineRow.amount))
                .where(PayLineRow.month == month).group_by(PayLineRow.member_id))
        return {m: (p, t) for m, p, t in self.s.execute(stmt)}


