"""A hand-built township for the window's tests and bench: villages whose packages are written by
GridDesk's own package writer (tests/township/packages.py), escalations as the village side writes
them (the 上报件 contract, domain/escalations.py), and the dates the matrix reads set to known days
(the import stamps today's; the tests fix "today" so the cells do not drift with the calendar)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from gridDesk.archive.metadata import ItemRecord, StepEntry
from gridDesk.archive.package import Item, ItemFile
from gridDesk.domain import escalations as E
from gridDesk.services.township import TownshipSession, add_village
from gridDesk.storage.township.orm import BatchRow, EscalationRow, VillageRow
from tests.township.packages import Village
from tests.unit.test_archive_package import _pdf


def escalation(v: Village, n: int, title: str = "", ordinal: int = 1) -> Item:
    """The village's n-th case handed to the township, as services/archive_escalations.py packs it."""
    number = f"{v.code}-2026-{n:05d}"
    facts = {name: "" for name in E.FIELDS}
    facts.update({E.F_VILLAGE: v.code, E.F_NUMBER: number, E.F_ORDINAL: str(ordinal), E.F_AT: "2026-11-18T09:30",
                  E.F_BY: "王网格员", E.F_ACCOUNT: "wang", E.F_KIND: "调解", E.F_CATEGORY: "矛盾纠纷/土地",
                  E.F_TITLE: title or f"宅基地纠纷 {n}", E.F_DESCRIPTION: "两户因宅基地边界争执，村里调解未果。",
                  E.F_PLACE: "三组", E.F_GRID: "G01", E.F_REASON: "涉及土地确权，村里无权处理",
                  E.F_CHANNEL: "档案包"})
    steps = [StepEntry("问题上报", "2026-11-10T09:00", "王网格员"), StepEntry("案卷建立", "2026-11-11T09:00", "李主任")]
    steps += [StepEntry(E.ESCALATE_WORD, f"2026-11-{17 + k:02d}T09:30", "李主任") for k in range(ordinal)]
    record = ItemRecord(E.archival_code(v.code, number, ordinal), E.file_number(number, ordinal),
                        f"{facts[E.F_TITLE]}（第 {ordinal} 次上报乡镇）", v.name, "2026-11-18", E.CATEGORY,
                        description=tuple((name, facts[name]) for name in E.FIELDS), steps=tuple(steps),
                        steps_note=f"上报件：办理经过截至第 {ordinal} 次上报乡镇")
    return Item(record, (ItemFile(E.SLIP_FILE, "上报单", _pdf()),))


def register(session: TownshipSession, villages: list[Village], registered_on: str = "2026-09-01") -> None:
    for v in villages:
        add_village(session, v.code, v.name, v.fingerprint)
    with session.db.transaction(writes=True) as s:
        s.execute(update(VillageRow).values(registered_at=f"{registered_on}T09:00:00"))


def imported_on(session: TownshipSession, batch: str, day: str) -> None:
    with session.db.transaction(writes=True) as s:
        s.execute(update(BatchRow).where(BatchRow.name == batch).values(imported_at=f"{day}T10:00:00"))


def due_on(session: TownshipSession, village: str, number: str, day: str, received: str = "2026-12-01") -> None:
    with session.db.transaction(writes=True) as s:
        s.execute(update(EscalationRow).where(EscalationRow.village_code == village,
                                              EscalationRow.case_number == number)
                  .values(due_at=f"{day}T17:00:00", received_at=f"{received}T10:00:00"))


def three_villages(stick: Path) -> tuple[Village, Village, Village]:
    """杏花村 every month on time with two escalations; 桃园村 missing October, November late, one
    escalation; 柳林村's October package signed with another key (quarantined), November missing."""
    a, b, c = (Village("140105100201", "杏花村"), Village("140105100202", "桃园村"), Village("140105100203", "柳林村"))
    a.batch(stick, items=(a.case(1), a.training(), a.visits(), a.report(), a.roster({"G01": 4, "G02": 2})),
            bagging_date="2026-09-20")
    a.batch(stick, items=(a.case(2, grid="G02"),), bagging_date="2026-10-20")
    a.batch(stick, items=(a.case(3), escalation(a, 7), escalation(a, 8)), bagging_date="2026-11-20")
    b.batch(stick, items=(b.case(1), b.roster({"G01": 3})), bagging_date="2026-09-21")
    b.batch(stick, items=(b.case(2), escalation(b, 5)), bagging_date="2026-11-21")
    c.batch(stick, items=(c.case(1),), bagging_date="2026-09-22")
    from gridDesk.security.sm import SigningKey

    c.batch(stick, items=(c.case(2),), bagging_date="2026-10-22", key=SigningKey.generate())
    return a, b, c


def settle(session: TownshipSession, a: Village, b: Village, c: Village) -> None:
    """The days the import would have stamped had each stick come in its month."""
    for name, day in ((f"ZZ-{a.code}-2026-0001", "2026-10-05"), (f"ZZ-{a.code}-2026-0002", "2026-11-06"),
                      (f"ZZ-{a.code}-2026-0003", "2026-12-04"), (f"ZZ-{b.code}-2026-0001", "2026-10-08"),
                      (f"ZZ-{b.code}-2026-0002", "2026-12-15"), (f"ZZ-{c.code}-2026-0001", "2026-10-09")):
        imported_on(session, name, day)
    due_on(session, a.code, f"{a.code}-2026-00007", "2026-12-24")
    due_on(session, a.code, f"{a.code}-2026-00008", "2026-12-10")  # overdue on the 20th
    due_on(session, b.code, f"{b.code}-2026-00005", "2026-12-21")
