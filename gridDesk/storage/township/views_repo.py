"""The township window's reads of one village (村情) and of one escalation (上报件): grouped counts,
each a single query, so the page fills at once whatever the number of villages (services never
see SQL)."""

from __future__ import annotations

import json

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from .orm import (AnswerFileRow, AnswerRow, BatchRow, CaseRow, EscalationRow, ItemRow, QuarantineRow,
                  ReportFigureRow, RosterRow, TrainingRow, VisitRow)

PRESENT = ("出席", "参加")  # the attendance words the villages' training.csv uses for "was there"


class TownshipViewsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- one village -----------------------------------------------------------------------
    def roster_totals(self, village: str) -> tuple[int, int, int, int]:
        """(grids, residents, households, key-group people) of the village's last roster snapshot."""
        row = self.s.execute(select(func.count(), func.coalesce(func.sum(RosterRow.residents), 0),
                                    func.coalesce(func.sum(RosterRow.households), 0),
                                    func.coalesce(func.sum(RosterRow.key_group_people), 0))
                             .where(RosterRow.village_code == village)).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def cases_by_category(self, village: str) -> list[tuple[str, int]]:
        """The current version of each closed case the village sent, counted by its category."""
        return [(c or "", int(n)) for c, n in self.s.execute(
            select(CaseRow.category, func.count()).where(CaseRow.village_code == village, CaseRow.current.is_(True))
            .group_by(CaseRow.category).order_by(func.count().desc(), CaseRow.category))]

    def case_corrections(self, village: str) -> int:
        return int(self.s.scalar(select(func.count()).select_from(CaseRow).where(
            CaseRow.village_code == village, CaseRow.version > 1)) or 0)

    def figures(self, village: str) -> list[tuple[str, str, str, str, int, int | None]]:
        """(kind, period, section, key, value, total) of the current version of each report."""
        return [tuple(r) for r in self.s.execute(
            select(ReportFigureRow.kind, ReportFigureRow.period, ReportFigureRow.section, ReportFigureRow.key,
                   ReportFigureRow.value, ReportFigureRow.total)
            .join(ItemRow, ItemRow.id == ReportFigureRow.item_id)
            .where(ReportFigureRow.village_code == village, ItemRow.current.is_(True))
            .order_by(ReportFigureRow.period.desc(), ReportFigureRow.kind, ReportFigureRow.id))]

    def training_counts(self, village: str) -> tuple[int, int, int]:
        """(sessions, attendance rows, present) of the training the village reported."""
        sessions = self.s.scalar(select(func.count()).select_from(
            select(TrainingRow.day, TrainingRow.topic).where(TrainingRow.village_code == village)
            .distinct().subquery()))
        present_one = case((TrainingRow.presence.in_(PRESENT), 1), else_=0)
        rows, present = self.s.execute(select(func.count(), func.coalesce(func.sum(present_one), 0))
                                       .where(TrainingRow.village_code == village)).one()
        return int(sessions or 0), int(rows), int(present)

    def visit_counts(self, village: str) -> tuple[int, int, int, int]:
        """(visits, households, problems found, solved on the spot)."""
        row = self.s.execute(select(func.count(), func.coalesce(func.sum(VisitRow.households), 0),
                                    func.coalesce(func.sum(VisitRow.problems), 0),
                                    func.coalesce(func.sum(VisitRow.solved), 0))
                             .where(VisitRow.village_code == village)).one()
        return int(row[0]), int(row[1]), int(row[2]), int(row[3])

    def batches(self, village: str) -> list[tuple[str, str, str, int]]:
        """(name, bagging date, imported at, items) newest first."""
        return [(r.name, r.bagging_date, r.imported_at, r.items) for r in self.s.scalars(
            select(BatchRow).where(BatchRow.village_code == village).order_by(BatchRow.seq.desc()))]

    def quarantine(self, village: str) -> list[tuple[str, str, str, str]]:
        """(batch name, period, when, reasons) of the village's packages the township refused."""
        return [(r.batch_name, r.period, r.at, r.reasons) for r in self.s.scalars(
            select(QuarantineRow).where(QuarantineRow.village_code == village).order_by(QuarantineRow.id.desc()))]

    # -- one escalation --------------------------------------------------------------------
    def escalation(self, village: str, number: str, ordinal: int
                   ) -> tuple[int, str, str, str, str, str] | None:
        """(id, title, received at, due at, state, answered at)."""
        r = self.s.scalar(select(EscalationRow).where(EscalationRow.village_code == village,
                                                      EscalationRow.case_number == number,
                                                      EscalationRow.ordinal == ordinal))
        return (r.id, r.title, r.received_at, r.due_at, r.state, r.answered_at) if r else None

    def item_facts(self, village: str, record_id: str) -> list[tuple[str, str]]:
        """The 内容描述 of the newest version of one item (the 上报件's facts), [] when not held."""
        text = self.s.scalar(select(ItemRow.description).where(ItemRow.village_code == village,
                                                               ItemRow.record_id == record_id)
                             .order_by(ItemRow.version.desc()).limit(1))
        try:
            pairs = json.loads(text or "[]")
        except ValueError:
            return []
        return [(str(p[0]), str(p[1])) for p in pairs if isinstance(p, list) and len(p) == 2]

    def answers(self, escalation_id: int) -> list[tuple[str, str, str, str, bool, list[str]]]:
        """(kind, text, by, at, sent, attachment titles) of each answer, oldest first."""
        rows = list(self.s.scalars(select(AnswerRow).where(AnswerRow.escalation_id == escalation_id)
                                   .order_by(AnswerRow.id)))
        titles: dict[int, list[str]] = {}
        if rows:
            for f in self.s.scalars(select(AnswerFileRow).where(AnswerFileRow.answer_id.in_([a.id for a in rows]))
                                    .order_by(AnswerFileRow.answer_id, AnswerFileRow.n)):
                titles.setdefault(f.answer_id, []).append(f.title)
        return [(a.kind, a.text, a.answered_by, a.answered_at, a.reply_id is not None, titles.get(a.id, []))
                for a in rows]
