"""Service stations, 一户一代表 and volunteers (tables of orm/outreach.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..domain.outreach import (ChecklistItem, GridCoverage, Station, StationCheck, StationRecord, Volunteer,
                               VolunteerKind, VolunteerRecord, VolunteerReport, WechatRep)
from .orm.outreach import (HouseholdWechatRow, OutreachRuleRow, StationCheckRow, StationHouseholdRow, StationItemRow,
                           StationRow, VolunteerReportRow, VolunteerRow)
from .orm.roster import GridRow, HouseholdRow, ResidentRow, TeamMemberRow


class StationsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def items(self) -> list[ChecklistItem]:
        return [ChecklistItem(k, label) for k, label in
                self.s.execute(select(StationItemRow.key, StationItemRow.label).order_by(StationItemRow.position))]

    def set_items(self, items: list[ChecklistItem]) -> None:
        self.s.execute(delete(StationItemRow))
        for n, item in enumerate(items):
            self.s.add(StationItemRow(key=item.key, label=item.label, position=n))

    def save(self, station_id: int | None, st: Station, grid_id: int, household_ids: list[int]) -> int:
        row = StationRow() if station_id is None else self.s.get(StationRow, station_id)
        row.name, row.grid_id, row.address, row.room = st.name, grid_id, st.address, st.room
        row.services, row.hours, row.keeper_id = "\n".join(st.services), st.hours, st.keeper_id
        if station_id is None:
            self.s.add(row)
        self.s.flush()
        self.s.execute(delete(StationHouseholdRow).where(StationHouseholdRow.station_id == row.id))
        self.s.add_all(StationHouseholdRow(station_id=row.id, household_id=h) for h in household_ids)
        return row.id

    def ticked_keys(self) -> set[str]:
        """Keys that ticks still carry (of items the list has since dropped, too)."""
        return set(self.s.scalars(select(StationCheckRow.item_key).distinct()))

    def named(self, name: str, grid_id: int) -> int | None:
        """The station of this name in this grid, if there is one."""
        return self.s.scalar(select(StationRow.id).where(StationRow.name == name, StationRow.grid_id == grid_id).limit(1))

    def exists(self, station_id: int) -> bool:
        return self.s.get(StationRow, station_id) is not None

    def grid_of(self, station_id: int) -> str | None:
        return self.s.scalar(select(GridRow.code).join(StationRow, StationRow.grid_id == GridRow.id)
                             .where(StationRow.id == station_id))

    def check(self, station_id: int, key: str, done_on: date | None, note: str) -> None:
        row = self.s.get(StationCheckRow, (station_id, key))
        if done_on is None:
            if row is not None:
                self.s.delete(row)
            return
        if row is None:
            self.s.add(StationCheckRow(station_id=station_id, item_key=key, done_on=done_on, note=note))
        else:
            row.done_on, row.note = done_on, note

    def listed(self) -> list[StationRecord]:
        items = self.items()
        checks: dict[int, dict[str, tuple[date, str]]] = {}
        for sid, key, day, note in self.s.execute(select(StationCheckRow.station_id, StationCheckRow.item_key,
                                                         StationCheckRow.done_on, StationCheckRow.note)):
            checks.setdefault(sid, {})[key] = (day, note)
        served: dict[int, list[str]] = {}
        for sid, number in self.s.execute(select(StationHouseholdRow.station_id, HouseholdRow.number)
                                          .join(HouseholdRow, HouseholdRow.id == StationHouseholdRow.household_id)
                                          .order_by(HouseholdRow.number)):
            served.setdefault(sid, []).append(number)
        stmt = (select(StationRow, GridRow.code, GridRow.name, TeamMemberRow.name)
                .join(GridRow, GridRow.id == StationRow.grid_id)
                .outerjoin(TeamMemberRow, TeamMemberRow.id == StationRow.keeper_id).order_by(GridRow.code, StationRow.id))
        out = []
        for row, code, grid_name, keeper in self.s.execute(stmt):
            done = checks.get(row.id, {})
            out.append(StationRecord(
                row.id, Station(row.name, code, row.address, row.room, tuple(x for x in row.services.split("\n") if x),
                                row.hours, row.keeper_id, tuple(served.get(row.id, ()))),
                grid_name, keeper or "",
                tuple(StationCheck(i.key, i.label, *(done.get(i.key) or (None, ""))) for i in items)))
        return out


class WechatRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def households(self, grid_code: str) -> list[WechatRep]:
        """The grid's households (its micro-grids' too), each with its representative if any."""
        grids = select(GridRow.id).where(GridRow.code.startswith(grid_code))
        heads = dict(self.s.execute(select(ResidentRow.household_id, func.min(ResidentRow.name))
                                    .where(ResidentRow.relation == "户主", ResidentRow.status == "active")
                                    .group_by(ResidentRow.household_id)).all())
        stmt = (select(HouseholdRow.id, HouseholdRow.number, HouseholdRow.address, GridRow.code,
                       HouseholdWechatRow.representative, HouseholdWechatRow.joined_on)
                .join(GridRow, GridRow.id == HouseholdRow.grid_id)
                .outerjoin(HouseholdWechatRow, HouseholdWechatRow.household_id == HouseholdRow.id)
                .where(HouseholdRow.grid_id.in_(grids)).order_by(HouseholdRow.number))
        return [WechatRep(number, address, heads.get(hid, ""), code, rep or "", joined)
                for hid, number, address, code, rep, joined in self.s.execute(stmt)]

    def set(self, household_id: int, representative: str, joined_on: date | None, by: str, at: datetime) -> None:
        row = self.s.get(HouseholdWechatRow, household_id)
        if joined_on is None:
            if row is not None:
                self.s.delete(row)
            return
        if row is None:
            self.s.add(HouseholdWechatRow(household_id=household_id, representative=representative, joined_on=joined_on,
                                          recorded_by=by, recorded_at=at))
        else:
            row.representative, row.joined_on, row.recorded_by, row.recorded_at = representative, joined_on, by, at

    def coverage(self) -> list[GridCoverage]:
        """Each top-level grid (one grid, one WeChat group): its households and its micro-grids',
        and how many have a representative in the group."""
        top = self.s.execute(select(GridRow.id, GridRow.code, GridRow.name, GridRow.parent_id)).all()
        code_of = {gid: code for gid, code, _n, _p in top}
        root_of = {gid: (code_of[parent] if parent else code) for gid, code, _n, parent in top}
        retired = set(self.s.scalars(select(GridRow.code).where(GridRow.retired_on.is_not(None))))
        # A retired grid (merged away, its households moved) has no group to cover any more.
        totals: dict[str, list[int]] = {code: [0, 0] for _g, code, _n, parent in top
                                        if parent is None and code not in retired}
        stmt = (select(HouseholdRow.grid_id, func.count(HouseholdRow.id), func.count(HouseholdWechatRow.household_id))
                .outerjoin(HouseholdWechatRow, HouseholdWechatRow.household_id == HouseholdRow.id)
                .group_by(HouseholdRow.grid_id))
        for gid, n, joined in self.s.execute(stmt):
            if root_of[gid] in retired:
                continue
            pair = totals.setdefault(root_of[gid], [0, 0])
            pair[0] += n
            pair[1] += joined
        names = {code: name for _g, code, name, _p in top}
        return [GridCoverage(code, names.get(code, code), n, j) for code, (n, j) in sorted(totals.items())]

    def rule(self, key: str, default: int) -> int:
        row = self.s.get(OutreachRuleRow, key)
        return row.value if row else default

    def set_rule(self, key: str, value: int) -> None:
        row = self.s.get(OutreachRuleRow, key)
        if row is None:
            self.s.add(OutreachRuleRow(key=key, value=value))
        else:
            row.value = value


class VolunteersRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def save(self, volunteer_id: int | None, v: Volunteer, grid_id: int) -> int:
        row = VolunteerRow() if volunteer_id is None else self.s.get(VolunteerRow, volunteer_id)
        row.name, row.kind, row.grid_id, row.resident_id = v.name, v.kind.value, grid_id, v.resident_id
        row.duties, row.phone, row.since, row.active = v.duties, v.phone, v.since, v.active
        if volunteer_id is None:
            self.s.add(row)
        self.s.flush()
        return row.id

    def get(self, volunteer_id: int) -> VolunteerRecord | None:
        return next(iter(self.listed(volunteer_id)), None)

    def listed(self, volunteer_id: int | None = None) -> list[VolunteerRecord]:
        counts = dict(self.s.execute(select(VolunteerReportRow.volunteer_id, func.count())
                                     .group_by(VolunteerReportRow.volunteer_id)).all())
        stmt = (select(VolunteerRow, GridRow.code, GridRow.name).join(GridRow, GridRow.id == VolunteerRow.grid_id)
                .order_by(GridRow.code, VolunteerRow.kind, VolunteerRow.id))
        if volunteer_id is not None:
            stmt = stmt.where(VolunteerRow.id == volunteer_id)
        return [VolunteerRecord(r.id, Volunteer(r.name, VolunteerKind(r.kind), code, r.duties, r.phone, r.since, r.active,
                                                r.resident_id), name, counts.get(r.id, 0))
                for r, code, name in self.s.execute(stmt)]

    def add_report(self, r: VolunteerReport, grid_id: int, by: str, at: datetime) -> int:
        row = VolunteerReportRow(volunteer_id=r.volunteer_id, day=r.day, content=r.content, grid_id=grid_id,
                                 added_by=by, added_at=at)
        self.s.add(row)
        self.s.flush()
        return row.id

    def reports(self, report_id: int | None = None, case_id: int | None = None) -> list[VolunteerReport]:
        stmt = (select(VolunteerReportRow, VolunteerRow.name, GridRow.code)
                .join(VolunteerRow, VolunteerRow.id == VolunteerReportRow.volunteer_id)
                .join(GridRow, GridRow.id == VolunteerReportRow.grid_id)
                .order_by(VolunteerReportRow.day.desc(), VolunteerReportRow.id.desc()))
        if report_id is not None:
            stmt = stmt.where(VolunteerReportRow.id == report_id)
        if case_id is not None:
            stmt = stmt.where(VolunteerReportRow.case_id == case_id)
        return [VolunteerReport(r.volunteer_id, r.day, r.content, code, r.id, name, r.case_id)
                for r, name, code in self.s.execute(stmt)]

    def link_case(self, report_id: int, case_id: int) -> None:
        self.s.get(VolunteerReportRow, report_id).case_id = case_id

    def resident_grid(self, resident_id: int) -> str | None:
        return self.s.scalar(select(GridRow.code).join(ResidentRow, ResidentRow.grid_id == GridRow.id)
                             .where(ResidentRow.id == resident_id))
