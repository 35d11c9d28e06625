"""Training sessions, attendance, certificates and the yearly rules."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain.training import (Attendance, Certificate, Presence, SessionView, TrainingLevel, TrainingRecord,
                               TrainingSession)
from .orm.attachments import AttachmentRow
from .orm.training import AttendanceRow, CertificateRow, TrainingRuleRow, TrainingSessionRow


def _session(r: TrainingSessionRow) -> TrainingSession:
    return TrainingSession(TrainingLevel(r.level), r.organiser, r.starts_at, r.hours, r.topic, r.place, r.trainer,
                           r.assessed, r.onboarding, r.notes, r.id)


def _year(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1), datetime(year + 1, 1, 1)


class TrainingRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- sessions ----------------------------------------------------------------------------
    def save_session(self, t: TrainingSession, now: datetime) -> int:
        row = self.s.get(TrainingSessionRow, t.id) if t.id else None
        if row is None:
            row = TrainingSessionRow()
            self.s.add(row)
        row.level, row.organiser, row.starts_at, row.hours = t.level.value, t.organiser, t.starts_at, t.hours
        row.topic, row.place, row.trainer, row.notes = t.topic, t.place, t.trainer, t.notes
        row.assessed, row.onboarding, row.updated_at = t.assessed, t.onboarding, now
        self.s.flush()
        return row.id

    def session(self, session_id: int) -> TrainingSession | None:
        row = self.s.get(TrainingSessionRow, session_id)
        return _session(row) if row else None

    def sessions(self, year: int | None = None) -> list[SessionView]:
        present = (select(AttendanceRow.session_id, func.count().filter(AttendanceRow.presence == "present").label("p"),
                          func.count().filter(AttendanceRow.presence == "excused").label("e"))
                   .group_by(AttendanceRow.session_id).subquery())
        files = (select(AttachmentRow.owner_id, func.count().label("n")).where(AttachmentRow.owner == "training")
                 .group_by(AttachmentRow.owner_id).subquery())
        stmt = (select(TrainingSessionRow, present.c.p, present.c.e, files.c.n)
                .outerjoin(present, present.c.session_id == TrainingSessionRow.id)
                .outerjoin(files, files.c.owner_id == TrainingSessionRow.id)
                .order_by(TrainingSessionRow.starts_at.desc()))
        if year is not None:
            first, after = _year(year)
            stmt = stmt.where(TrainingSessionRow.starts_at >= first, TrainingSessionRow.starts_at < after)
        return [SessionView(_session(r), p or 0, e or 0, n or 0) for r, p, e, n in self.s.execute(stmt)]

    def delete_session(self, session_id: int) -> None:
        self.s.execute(delete(AttendanceRow).where(AttendanceRow.session_id == session_id))
        self.s.execute(delete(AttachmentRow).where(AttachmentRow.owner == "training",
                                                   AttachmentRow.owner_id == session_id))
        self.s.execute(delete(TrainingSessionRow).where(TrainingSessionRow.id == session_id))

    # -- attendance --------------------------------------------------------------------------
    def attendance(self, session_id: int) -> list[Attendance]:
        rows = self.s.scalars(select(AttendanceRow).where(AttendanceRow.session_id == session_id)
                              .order_by(AttendanceRow.id))
        return [Attendance(r.member_id, Presence(r.presence), r.hours, r.score, r.passed, r.reason) for r in rows]

    def replace_attendance(self, session_id: int, rows: Sequence[Attendance]) -> None:
        self.s.execute(delete(AttendanceRow).where(AttendanceRow.session_id == session_id))
        if rows:
            self.s.execute(insert(AttendanceRow), [
                {"session_id": session_id, "member_id": a.member_id, "presence": a.presence.value, "hours": a.hours,
                 "score": a.score, "passed": a.passed, "reason": a.reason} for a in rows])

    def member_history(self, member_id: int) -> list[TrainingRecord]:
        stmt = (select(TrainingSessionRow, AttendanceRow)
                .join(AttendanceRow, AttendanceRow.session_id == TrainingSessionRow.id)
                .where(AttendanceRow.member_id == member_id).order_by(TrainingSessionRow.starts_at.desc()))
        return [TrainingRecord(_session(t), Attendance(a.member_id, Presence(a.presence), a.hours, a.score, a.passed, a.reason))
                for t, a in self.s.execute(stmt)]

    def attended_counts(self, year: int) -> dict[tuple[int, str], int]:
        """(member, level) -> sessions attended in the year."""
        first, after = _year(year)
        stmt = (select(AttendanceRow.member_id, TrainingSessionRow.level, func.count())
                .join(TrainingSessionRow, TrainingSessionRow.id == AttendanceRow.session_id)
                .where(AttendanceRow.presence == "present", TrainingSessionRow.starts_at >= first,
                       TrainingSessionRow.starts_at < after)
                .group_by(AttendanceRow.member_id, TrainingSessionRow.level))
        return {(m, level): n for m, level, n in self.s.execute(stmt)}

    def onboarding_passed(self) -> set[int]:
        """Members who attended an onboarding session and passed it (or it had no assessment)."""
        # Two steps, so SQLite goes from the few onboarding sessions to their attendance instead of
        # scanning every attendance row (without statistics it guesses the other way round).
        sessions = dict(self.s.execute(select(TrainingSessionRow.id, TrainingSessionRow.assessed)
                                       .where(TrainingSessionRow.onboarding.is_(True))).all())
        if not sessions:
            return set()
        stmt = select(AttendanceRow.member_id, AttendanceRow.session_id, AttendanceRow.passed).where(
            AttendanceRow.session_id.in_(list(sessions)), AttendanceRow.presence == "present")
        return {m for m, sid, passed in self.s.execute(stmt) if passed or not sessions[sid]}

    # -- certificates ------------------------------------------------------------------------
    def certificates(self, member_id: int | None = None) -> list[Certificate]:
        stmt = select(CertificateRow).order_by(CertificateRow.member_id, CertificateRow.issued_on.desc())
        if member_id is not None:
            stmt = stmt.where(CertificateRow.member_id == member_id)
        return [Certificate(r.member_id, r.number, r.issuer, r.issued_on, r.expires_on, r.id)
                for r in self.s.scalars(stmt)]

    def save_certificate(self, c: Certificate) -> int:
        row = self.s.get(CertificateRow, c.id) if c.id else None
        if row is None:
            row = CertificateRow(member_id=c.member_id)
            self.s.add(row)
        row.number, row.issuer, row.issued_on, row.expires_on = c.number, c.issuer, c.issued_on, c.expires_on
        self.s.flush()
        return row.id

    def delete_certificate(self, certificate_id: int) -> None:
        self.s.execute(delete(CertificateRow).where(CertificateRow.id == certificate_id))

    # -- rules -------------------------------------------------------------------------------
    def rules(self, year: int) -> dict[TrainingLevel, int] | None:
        """The year's own rules, or None when the director has set none for it."""
        rows = self.s.scalars(select(TrainingRuleRow).where(TrainingRuleRow.year == year)).all()
        return {TrainingLevel(r.level): r.min_sessions for r in rows} if rows else None

    def set_rules(self, year: int, rules: dict[TrainingLevel, int]) -> None:
        self.s.execute(delete(TrainingRuleRow).where(TrainingRuleRow.year == year))
        self.s.add_all(TrainingRuleRow(year=year, level=level.value, min_sessions=n) for level, n in rules.items())

