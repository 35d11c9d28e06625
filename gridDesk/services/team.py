"""The grid team: real-name records with the eligibility check, photos, leaving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import ValidationError
from ..domain.idcard import mask_id_number, parse_id_number
from ..domain.key_groups import age_on
from ..domain.phones import normalise_mobile
from ..domain.resident_rules import bounded_text, clean_text, read_listed
from ..domain.roster import TeamMember, TeamRecord, TeamRole
from ..domain.staffing import Departure, LeaveReason, Preferences, check_preferences
from ..storage.staffing_repo import StaffingRepo
from ..storage.team_repo import TeamRepo
from .guard import rule
from .roster_scope import grid_scope, require_grids, require_member, serves_inside
from .session import Changes, UserSession

MAX_PHOTO_BYTES = 2 * 1024 * 1024
_JPEG, _PNG = b"\xff\xd8\xff", b"\x89PNG"


def check_member(m: TeamMember, declaration: bool) -> TeamMember:
    """Article 9: a citizen of 18 or over at appointment, with the exclusions declared absent."""
    name = bounded_text(m.name, 32, "name")  # refused, never cut: the township's replies name members by it
    if not name:
        raise ValidationError("name", "resident.name_required")
    idn = parse_id_number(m.id_number)
    phone = normalise_mobile(m.phone)
    if not phone:
        raise ValidationError("phone", "team.phone_required")
    if age_on(idn.birth_date, m.appointed_on) < 18:
        raise ValidationError("id_number", "team.under_18")
    if not declaration:
        raise ValidationError("declaration", "team.declaration")
    return replace(m, name=name, id_number=idn.value, phone=phone, duties=bounded_text(m.duties, 500, "duties", multiline=True))


class TeamService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    @rule(Permission.VIEW_ROSTER)
    def members(self, include_left: bool = False) -> list[TeamRecord]:
        """ID numbers masked; phones shown, as the public sign shows them. A grid member's
        account sees those who serve its grids."""
        scope = grid_scope(self.session)
        with self.session.db.transaction() as s:
            records = [r for r in TeamRepo(s).all(include_left) if serves_inside(r, scope)]
        order = list(TeamRole)
        records.sort(key=lambda r: (order.index(r.member.role), r.member.grid_code or "", r.id))
        return [replace(r, member=replace(r.member, id_number=mask_id_number(r.member.id_number)))
                for r in records]

    @rule(Permission.EDIT_ROSTER)
    def save(self, member: TeamMember, political_status: str, education: str, declaration: bool,
             member_id: int | None = None, preferences: Preferences | None = None) -> Changes:
        """`preferences`: the facts of Art. 9 (5) (issue 19), saved with the member; None keeps them."""
        if member_id is not None:  # another grid's member is the centre's to change
            with self.session.db.transaction() as s:
                current = require_member(self.session, s, member_id, Permission.EDIT_ROSTER)
            if "*" in member.id_number:
                member = replace(member, id_number=current.member.id_number)
        member = check_member(member, declaration)
        preferences = check_preferences(preferences) if preferences is not None else None
        # As the national lists name them (党员 -> 中共党员, 大专 -> 大学专科); a word of neither is refused.
        political_status = read_listed("political_status", clean_text(political_status, field="political_status"))
        education = read_listed("education", clean_text(education, field="education"))
        if grid_scope(self.session, Permission.EDIT_ROSTER) is not None:
            # A grid member's account keeps the team of its own grids: the member it saves serves
            # one of them, and an ID number already on the team is that same member's, not another's.
            if not member.grid_code:
                raise ValidationError("grid_code", "team.grid_required")
            require_grids(self.session, [member.grid_code], Permission.EDIT_ROSTER, what=f"team {member.grid_code}")
            with self.session.db.transaction() as s:
                same = next((t for t in TeamRepo(s).all(True) if t.member.id_number == member.id_number), None)
                if same is not None and same.id != member_id:
                    require_member(self.session, s, same.id, Permission.EDIT_ROSTER)
        with self.session.write(Action.WRITE.value, f"team {member.name}", member.role.value) as s:
            new_id = TeamRepo(s).upsert(member, political_status, education, declaration)
            if preferences is not None:
                StaffingRepo(s).set_preferences(new_id, preferences)
        return Changes("team", (new_id,))

    @rule(Permission.EDIT_ROSTER)
    def set_photo(self, member_id: int, photo: bytes, thumbnail: bytes) -> Changes:
        for data in (photo, thumbnail):
            if not data.startswith((_JPEG, _PNG)):
                raise ValidationError("photo", "team.photo_kind")
            if len(data) > MAX_PHOTO_BYTES:
                raise ValidationError("photo", "team.photo_size", limit=2)
        with self.session.db.transaction() as s:
            require_member(self.session, s, member_id, Permission.EDIT_ROSTER)
        with self.session.write(Action.WRITE.value, f"team:{member_id}", "photo") as s:
            TeamRepo(s).set_photo(member_id, photo, thumbnail)
        return Changes("team", (member_id,))

    @rule(Permission.VIEW_ROSTER)
    def photo(self, member_id: int, thumbnail: bool = False) -> bytes | None:
        with self.session.db.transaction() as s:
            require_member(self.session, s, member_id)
            return TeamRepo(s).photo(member_id, thumbnail)

    @rule(Permission.STAFFING)
    def leave(self, member_id: int, on: date, reason: LeaveReason, words: str = "") -> Changes:
        """离任 is the centre's record with its reason and the vacancy it opens (issue 19): see
        StaffingService.record_departure, which this calls."""
        from .staffing import StaffingService

        return StaffingService(self.session).record_departure(Departure(member_id, on, reason, words))
