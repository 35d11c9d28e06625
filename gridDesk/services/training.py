"""Training: sessions with their materials, attendance saved whole or not at all, certificates,
the yearly rule per level as data, and the compliance table the township asks for every year."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from ..domain.accounts import Permission
from ..domain.attachments import NewAttachment
from ..domain.audit import Action
from ..domain.errors import NotFound, ValidationError
from ..domain.resident_rules import clean_text
from ..domain.roster import TeamRecord
from ..domain.training import (DEFAULT_RULES, EXPIRY_WARNING_DAYS, Attendance, Certificate, ComplianceRow,
                               ExpiringCertificate, LevelCount, SessionView, TrainingLevel, TrainingRecord,
                               TrainingSession, certificate_state, check_attendance, check_session, months_in_post,
                               prorate)
from ..storage.audit_titles_repo import AuditTitlesRepo
from ..storage.team_repo import TeamRepo
from ..storage.training_repo import TrainingRepo
from .guard import rule
from .roster_scope import grid_scope, require_member, serves_inside
from .attachments import checked, store
from .clock import local_dt
from .session import Changes, UserSession


@dataclass(frozen=True)
class TrainingGaps:
    """What the dashboard and `griddesk status` show of training."""

    year: int
    short: int  # members still short of the year's rule
    uncertified: int  # serving members without a valid certificate (未持证)
    expiring: int  # certificates running out within 60 days


class TrainingService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(None, why="the time by the session's clock")
    def now(self) -> datetime:
        return local_dt(self.session.clock())

    # -- sessions ----------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def sessions(self, year: int | None = None) -> list[SessionView]:
        with self.session.db.transaction() as s:
            return TrainingRepo(s).sessions(year)

    @rule(Permission.VIEW_ROSTER)
    def get(self, session_id: int) -> TrainingSession:
        with self.session.db.transaction() as s:
            found = TrainingRepo(s).session(session_id)
        if found is None:
            raise NotFound("training.gone")
        return found

    @rule(Permission.TRAINING)
    def save_session(self, t: TrainingSession, materials: Sequence[NewAttachment] = ()) -> Changes:
        """A new or changed session, with its materials (kept encrypted in the database)."""
        t = check_session(replace(t, topic=clean_text(t.topic, field="topic"),
                                  organiser=clean_text(t.organiser, 64, "organiser"),
                                  place=clean_text(t.place, field="place"), trainer=clean_text(t.trainer, 64, "trainer"),
                                  notes=clean_text(t.notes, 2000, "notes", multiline=True)))
        files = checked(materials)
        with self.session.write(Action.WRITE.value, "training", f"{t.starts_at:%Y-%m-%d} {t.topic}") as s:
            repo = TrainingRepo(s)
            if t.id is not None:
                before = repo.session(t.id)
                if before is None:
                    raise NotFound("training.gone")
                if t.starts_at > self.now() and any(a.presence.value == "present" for a in repo.attendance(t.id)):
                    raise ValidationError("starts_at", "training.attended_future")
            session_id = repo.save_session(t, self.now())
            store(s, self.session, "training", session_id, files)
        return Changes("training", (session_id,))

    @rule(Permission.DELETE_RECORDS)
    def delete_session(self, session_id: int) -> Changes:
        with self.session.db.transaction() as s:  # the log keeps what was deleted: the audit page names it
            found = AuditTitlesRepo(s).trainings([str(session_id)]).get(str(session_id))
        known = f" {found[0]} {found[1]}" if found else ""
        with self.session.write(Action.WRITE.value, f"training:{session_id}{known}", "deleted") as s:
            TrainingRepo(s).delete_session(session_id)
        return Changes("training", (session_id,))

    # -- attendance --------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def attendance(self, session_id: int) -> list[Attendance]:
        """Who came, with scores and reasons: a grid member's account sees its grids' members' rows."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            serving = {t.id for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)}
            return [a for a in TrainingRepo(s).attendance(session_id) if scope is None or a.member_id in serving]

    @rule(Permission.TRAINING)
    def set_attendance(self, session_id: int, rows: Sequence[Attendance]) -> Changes:
        """The session's whole attendance list: every row checked, then saved in one go, or nothing."""
        rows = [replace(a, reason=clean_text(a.reason, 128, "reason")) for a in rows]
        with self.session.write(Action.WRITE.value, f"training:{session_id}", f"attendance {len(rows)}") as s:
            repo = TrainingRepo(s)
            training = repo.session(session_id)
            if training is None:
                raise NotFound("training.gone")
            team = {t.id: t.member.name for t in TeamRepo(s).all(include_left=True)}
            check_attendance(rows, training, team, self.now())
            repo.replace_attendance(session_id, rows)
        return Changes("training", (session_id,))

    @rule(Permission.VIEW_ROSTER)
    def history(self, member_id: int) -> list[TrainingRecord]:
        with self.session.db.transaction() as s:
            require_member(self.session, s, member_id)  # another grid's member's record is the centre's
            return TrainingRepo(s).member_history(member_id)

    # -- certificates ------------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def certificates(self, member_id: int | None = None) -> list[Certificate]:
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            serving = {t.id for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)}
            return [c for c in TrainingRepo(s).certificates(member_id) if c.member_id in serving]

    @rule(Permission.TRAINING)
    def save_certificate(self, c: Certificate) -> Changes:
        c = replace(c, number=clean_text(c.number, 64, "number"), issuer=clean_text(c.issuer, 64, "issuer"))
        if not c.number:
            raise ValidationError("number", "cert.number_required")
        if not c.issuer:
            raise ValidationError("issuer", "cert.issuer_required")
        if c.issued_on > self.now().date():
            raise ValidationError("issued_on", "cert.issued_future")
        if c.expires_on is not None and c.expires_on <= c.issued_on:
            raise ValidationError("expires_on", "cert.expiry_order")
        with self.session.write(Action.WRITE.value, f"team:{c.member_id}", f"certificate {c.number}") as s:
            if c.member_id not in {t.id for t in TeamRepo(s).all(include_left=True)}:
                raise ValidationError("member_id", "cert.not_on_team")
            cert_id = TrainingRepo(s).save_certificate(c)
        return Changes("certificates", (cert_id,))

    @rule(Permission.TRAINING)
    def delete_certificate(self, certificate_id: int) -> Changes:
        with self.session.db.transaction() as s:  # the log keeps what was deleted: the audit page names it
            found = AuditTitlesRepo(s).certificates([str(certificate_id)]).get(str(certificate_id))
        known = f" {found[0]}（{found[1]}）" if found else ""
        with self.session.write(Action.WRITE.value, f"certificate:{certificate_id}{known}", "deleted") as s:
            TrainingRepo(s).delete_certificate(certificate_id)
        return Changes("certificates", (certificate_id,))

    @rule(Permission.VIEW_ROSTER)
    def certificate_states(self) -> dict[int, str]:
        """Every team member's 持证 state within the account's reach: valid | expiring | expired | none."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            team = [t.id for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)]
            return self._states(s, team, TrainingRepo(s).certificates())

    def _states(self, s, members: list[int], certs: list[Certificate]) -> dict[int, str]:
        today = self.now().date()
        passed = TrainingRepo(s).onboarding_passed()
        by_member: dict[int, list[Certificate]] = {}
        for c in certs:
            by_member.setdefault(c.member_id, []).append(c)
        return {m: certificate_state(by_member.get(m, []), m in passed, today) for m in members}

    @rule(Permission.VIEW_ROSTER)
    def expiring_certificates(self) -> list[ExpiringCertificate]:
        """(member name, certificate) running out within 60 days, soonest first."""
        today = self.now().date()
        with self.session.db.transaction() as s:
            scope = grid_scope(self.session)
            names = {t.id: t.member.name for t in TeamRepo(s).all() if serves_inside(t, scope)}
            certs = TrainingRepo(s).certificates()
        soon = [ExpiringCertificate(names[c.member_id], c) for c in certs if c.member_id in names and c.expires_on is not None
                and 0 <= (c.expires_on - today).days <= EXPIRY_WARNING_DAYS]
        return sorted(soon, key=lambda e: e.certificate.expires_on)

    # -- the yearly rule ---------------------------------------------------------------------
    @rule(Permission.VIEW_ROSTER)
    def rules(self, year: int) -> tuple[dict[TrainingLevel, int], bool]:
        """The year's rule per level, and whether it is the director's own (else the Measures' defaults)."""
        with self.session.db.transaction() as s:
            own = TrainingRepo(s).rules(year)
        return (own, True) if own is not None else (dict(DEFAULT_RULES), False)

    @rule(Permission.EDIT_RULES)
    def set_rules(self, year: int, rules: dict[TrainingLevel, int]) -> Changes:
        if any(not 0 <= n <= 24 for n in rules.values()):
            raise ValidationError("rules", "training.rule_range", limit=24)
        if not 2000 <= year <= 2100:
            raise ValidationError("year", "training.bad_year")
        text = "，".join(f"{level.value}≥{n}" for level, n in rules.items())
        with self.session.write(Action.SETTINGS_CHANGED.value, "training rules", f"{year} {text}") as s:
            TrainingRepo(s).set_rules(year, rules)
        return Changes("training_rules", (year,))

    @rule(Permission.VIEW_ROSTER)
    def compliance(self, year: int) -> list[ComplianceRow]:
        """Each member in post during the year: sessions attended per level against the rule, the
        rule prorated by months in post for those appointed (or leaving) mid-year, and 持证."""
        return self._compliance(year)[0]

    def _compliance(self, year: int) -> tuple[list[ComplianceRow], list[TeamRecord], list[Certificate]]:
        self.session.require(Permission.VIEW_ROSTER)
        rules, _own = self.rules(year)
        with self.session.db.transaction() as s:
            scope = grid_scope(self.session)
            team = [t for t in TeamRepo(s).all(include_left=True) if serves_inside(t, scope)]
            counts = TrainingRepo(s).attended_counts(year)
            certs = TrainingRepo(s).certificates()
            states = self._states(s, [t.id for t in team], certs)
        rows = [row for t in team if (row := self._row(t, year, rules, counts, states)) is not None]
        return rows, team, certs

    @staticmethod
    def _row(t: TeamRecord, year: int, rules: dict[TrainingLevel, int], counts: dict[tuple[int, str], int],
             states: dict[int, str]) -> ComplianceRow | None:
        months = months_in_post(year, t.member.appointed_on, t.left_on)
        if months == 0:
            return None
        levels = tuple(LevelCount(level, counts.get((t.id, level.value), 0), prorate(n, months))
                       for level, n in rules.items() if n > 0)
        other = {level: counts[(t.id, level.value)] for level in TrainingLevel
                 if level not in rules and (t.id, level.value) in counts}
        return ComplianceRow(t.id, t.member.name, t.member.role.value, year, levels, other, months,
                             states.get(t.id, "none"))

    @rule(Permission.VIEW_ROSTER)
    def gaps(self, year: int | None = None) -> TrainingGaps:
        year = year or self.now().year
        rows, team, certs = self._compliance(year)
        serving = {t.id for t in team if t.left_on is None}
        today = self.now().date()
        expiring = sum(1 for c in certs if c.member_id in serving and c.expires_on is not None
                       and 0 <= (c.expires_on - today).days <= EXPIRY_WARNING_DAYS)
        return TrainingGaps(year, sum(1 for r in rows if r.short and r.member_id in serving),
                            sum(1 for r in rows if r.member_id in serving and r.certificate in ("none", "expired")),
                            expiring)
