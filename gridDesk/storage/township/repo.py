"""Every query of the township edition (services never see SQL). Rows out are plain tuples or
domain dataclasses."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from ...security.audit_chain import GENESIS, ChainReport, Head, row_hash, verify
from .orm import (AuditHeadRow, AuditRow, BatchRow, CaseRow, EscalationRow, FileRow, ItemFileRow, ItemRow, QuarantineRow,
                  ReportFigureRow, RosterRow, SettingRow, StaffRow, TrainingRow, VillageRow, VisitRow)


@dataclass(frozen=True)
class Village:
    code: str
    name: str
    fingerprint: str
    pem: str
    registered_at: str


@dataclass(frozen=True)
class Staff:
    username: str
    name: str
    role: str
    db_role: str
    active: bool


@dataclass(frozen=True)
class Batch:
    village: str
    name: str
    seq: int
    digest: str
    bagging_date: str
    period: str
    imported_at: str


class TownshipRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    # -- settings and staff ----------------------------------------------------------------
    def settings(self) -> dict[str, str]:
        return {r.key: r.value for r in self.s.scalars(select(SettingRow))}

    def set_setting(self, key: str, value: str) -> None:
        self.s.merge(SettingRow(key=key, value=value))

    def add_staff(self, username: str, name: str, role: str, db_role: str, at: str) -> None:
        self.s.add(StaffRow(username=username, name=name, role=role, db_role=db_role, active=True, created_at=at))

    def staff(self, username: str) -> Staff | None:
        r = self.s.scalar(select(StaffRow).where(StaffRow.username == username))
        return Staff(r.username, r.name, r.role, r.db_role, r.active) if r else None

    def role_exists(self, role: str) -> bool:
        return bool(self.s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar())

    # -- the township's own audit log ------------------------------------------------------
    def audit(self, ts: str, account: str, action: str, target: str = "", detail: str = "") -> None:
        last = self.s.execute(select(AuditRow.id, AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)).first()
        row_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        self.s.add(AuditRow(id=row_id, ts=ts, account=account, action=action, target=target, detail=detail,
                            hash=row_hash(prev, row_id, ts, account, action, target, detail)))
        self.s.flush()  # two writers at once: the second one's primary key refuses it, never a fork

    def audit_rows(self) -> list[tuple[int, str, str, str, str, str, str]]:
        return [(r.id, r.ts, r.account, r.action, r.target, r.detail, r.hash)
                for r in self.s.scalars(select(AuditRow).order_by(AuditRow.id))]

    def verify_audit(self) -> ChainReport:
        return verify(self.audit_rows())

    # -- villages --------------------------------------------------------------------------
    def villages(self) -> list[Village]:
        return [Village(r.code, r.name, r.fingerprint, r.pem, r.registered_at)
                for r in self.s.scalars(select(VillageRow).order_by(VillageRow.code))]

    def village(self, code: str) -> Village | None:
        r = self.s.get(VillageRow, code)
        return Village(r.code, r.name, r.fingerprint, r.pem, r.registered_at) if r else None

    def village_with_fingerprint(self, fingerprint: str) -> Village | None:
        r = self.s.scalar(select(VillageRow).where(VillageRow.fingerprint == fingerprint))
        return Village(r.code, r.name, r.fingerprint, r.pem, r.registered_at) if r else None

    def add_village(self, code: str, name: str, fingerprint: str, pem: str, at: str, by: str) -> None:
        self.s.add(VillageRow(code=code, name=name, fingerprint=fingerprint, pem=pem, registered_at=at,
                              registered_by=by))
        self.s.flush()

    def set_pem(self, code: str, pem: str) -> None:
        self.s.execute(update(VillageRow).where(VillageRow.code == code).values(pem=pem))

    # -- batches, heads, quarantine --------------------------------------------------------
    def batches(self, village: str | None = None) -> list[Batch]:
        q = select(BatchRow).order_by(BatchRow.village_code, BatchRow.seq)
        if village is not None:
            q = q.where(BatchRow.village_code == village)
        return [Batch(r.village_code, r.name, r.seq, r.digest, r.bagging_date, r.period, r.imported_at)
                for r in self.s.scalars(q)]

    def batch_by_digest(self, digest: str) -> Batch | None:
        r = self.s.scalar(select(BatchRow).where(BatchRow.digest == digest))
        return Batch(r.village_code, r.name, r.seq, r.digest, r.bagging_date, r.period, r.imported_at) if r else None

    def last_batch(self, village: str) -> Batch | None:
        rows = self.batches(village)
        return rows[-1] if rows else None

    def add_batch(self, village: str, name: str, seq: int, digest: str, previous: str, bagging_date: str,
                  at: str, by: str, head: Head | None) -> int:
        row = BatchRow(village_code=village, name=name, seq=seq, digest=digest, previous_digest=previous,
                       bagging_date=bagging_date, period=bagging_date[:7], imported_at=at, imported_by=by,
                       audit_count=head.count if head else 0, audit_head=head.digest if head else "")
        self.s.add(row)
        self.s.flush()
        return row.id

    def set_batch_items(self, batch_id: int, count: int) -> None:
        self.s.execute(update(BatchRow).where(BatchRow.id == batch_id).values(items=count))

    def heads(self) -> dict[str, tuple[Head, ...]]:
        out: dict[str, list[Head]] = {}
        for r in self.s.scalars(select(AuditHeadRow).order_by(AuditHeadRow.id)):
            out.setdefault(r.name, []).append(Head(r.count, r.digest))
        return {k: tuple(v) for k, v in out.items()}

    def add_head(self, name: str, head: Head) -> None:
        exists = self.s.scalar(select(func.count()).select_from(AuditHeadRow).where(
            AuditHeadRow.name == name, AuditHeadRow.count == head.count, AuditHeadRow.digest == head.digest))
        if not exists:
            self.s.add(AuditHeadRow(name=name, count=head.count, digest=head.digest))

    def add_quarantine(self, village: str, batch: str, digest: str, period: str, folder: str, reasons: str,
                       at: str) -> None:
        self.s.add(QuarantineRow(village_code=village[:12], batch_name=batch[:200], digest=digest[:64],
                                 period=period[:7], folder=folder, reasons=reasons, at=at))

    def quarantined(self) -> list[tuple[str, str, str]]:
        """(village, period, batch) of every package quarantined."""
        return [(r.village_code, r.period, r.batch_name) for r in self.s.scalars(select(QuarantineRow))]

    # -- items and what the categories carry -----------------------------------------------
    def versions(self, village: str, record_ids: Iterable[str]) -> dict[str, set[int]]:
        """record id -> the versions the township holds, for the records named (chunked queries)."""
        ids, out = list(dict.fromkeys(record_ids)), {}
        for i in range(0, len(ids), 500):
            for record, version in self.s.execute(select(ItemRow.record_id, ItemRow.version).where(
                    ItemRow.village_code == village, ItemRow.record_id.in_(ids[i:i + 500]))):
                out.setdefault(record, set()).add(version)
        return out

    def add_items_bulk(self, village: str, batch_id: int, rows: list[tuple[str, int, str, str, str, list]],
                       held: dict[str, set[int]]) -> list[tuple[int, bool]]:
        """New items in one flush: (record id, version, category, title, date, description) each;
        returns (item id, current) in order. A newer version makes the held ones not current."""
        newest: dict[str, int] = {r: max(v) for r, v in held.items()}
        for record, version, *_rest in rows:
            newest[record] = max(newest.get(record, 0), version)
        superseded = [r for r, v in held.items() if newest[r] > max(v)]
        for i in range(0, len(superseded), 500):
            chunk = superseded[i:i + 500]
            self.s.execute(update(ItemRow).where(ItemRow.village_code == village, ItemRow.record_id.in_(chunk))
                           .values(current=False))
            self.s.execute(update(CaseRow).where(CaseRow.village_code == village, CaseRow.record_id.in_(chunk))
                           .values(current=False))
        values = [{"village_code": village, "record_id": record, "version": version, "category": category,
                   "title": title, "date": day, "description": json.dumps(list(description), ensure_ascii=False),
                   "batch_id": batch_id, "current": version == newest[record]}
                  for record, version, category, title, day, description in rows]
        if not values:
            return []
        # ORM bulk INSERT .. RETURNING in the parameters' order (insertmanyvalues on both engines)
        ids = list(self.s.scalars(insert(ItemRow).returning(ItemRow.id, sort_by_parameter_order=True), values))
        return [(i, v["current"]) for i, v in zip(ids, values)]

    def file_at(self, sm3: str) -> tuple[int, str, int] | None:
        """(size, pack, offset) of a stored file, or None when the store holds no such file."""
        row = self.s.get(FileRow, sm3)
        return None if row is None else (row.size, row.pack, row.pack_offset)

    def stored_files(self) -> list[tuple[str, int, str, int]]:
        """Every stored file as (sm3, size, pack, offset), in the order they lie on disk."""
        return [tuple(r) for r in self.s.execute(select(FileRow.sm3, FileRow.size, FileRow.pack, FileRow.pack_offset)
                                                 .order_by(FileRow.pack, FileRow.pack_offset, FileRow.sm3))]

    def known_files(self, digests: Iterable[str]) -> set[str]:
        wanted, out = list(dict.fromkeys(digests)), set()
        for i in range(0, len(wanted), 500):
            out.update(self.s.scalars(select(FileRow.sm3).where(FileRow.sm3.in_(wanted[i:i + 500]))))
        return out

    def add_files_bulk(self, files: dict[str, tuple[int, str, int]], item_files: list[tuple[int, str, str]]) -> None:
        """New files (sm3 -> (size, pack, offset in it); pack "" for a loose file; the caller left out
        the known ones) and each item's files."""
        self._bulk(FileRow, [{"sm3": d, "size": n, "pack": pack, "pack_offset": at}
                             for d, (n, pack, at) in files.items()])
        self._bulk(ItemFileRow, [{"item_id": i, "name": name, "sm3": d} for i, name, d in item_files])

    def add_cases_bulk(self, rows: list[dict]) -> None:
        self._bulk(CaseRow, rows)

    def _bulk(self, model, rows: list[dict]) -> None:
        """Many new rows of one table, in the session's transaction. On PostgreSQL through COPY (a
        package's 6,000 file rows took 0.6 s as INSERTs, the most of its load); elsewhere one
        executemany. COPY needs no more than the INSERT privilege each staff role has."""
        if not rows:
            return
        if self.s.get_bind().dialect.name != "postgresql":
            self.s.execute(insert(model), rows)
            return
        import psycopg
        from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

        self.s.flush()  # what the session holds goes first: the rows copied may point at it
        table = model.__table__
        # the ORM's own defaults for what the rows leave out (COPY knows only the server's)
        defaults = {c.key: c.default.arg for c in table.columns
                    if c.key not in rows[0] and c.default is not None and c.default.is_scalar}
        columns = list(rows[0]) + list(defaults)
        names = ", ".join(f'"{table.c[c].name}"' for c in columns)
        statement = f'COPY "{table.name}" ({names}) FROM STDIN'
        connection = self.s.connection()
        try:
            with connection.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:  # the same transaction: psycopg's connection under the session's
                    copy.write_row([row[c] if c in row else defaults[c] for c in columns])
        except psycopg.Error as exc:  # as SQLAlchemy says it, so the engine's transaction says it in words
            broken = isinstance(exc, psycopg.OperationalError) or connection.connection.driver_connection.closed
            if broken:
                connection.invalidate(exc)
                raise OperationalError(statement, None, exc) from exc
            raise (IntegrityError if isinstance(exc, psycopg.IntegrityError) else DBAPIError)(statement, None, exc) from exc

    def replace_roster(self, village: str, counts: dict[str, tuple[int, int, int]], batch_id: int) -> None:
        self.s.execute(delete(RosterRow).where(RosterRow.village_code == village))
        for grid, (residents, households, key_people) in sorted(counts.items()):
            self.s.add(RosterRow(village_code=village, grid=grid, residents=residents, households=households,
                                 key_group_people=key_people, batch_id=batch_id))

    def add_training(self, village: str, rows: list[dict[str, str]], batch_id: int) -> int:
        have = {(d, t, p) for d, t, p in self.s.execute(select(TrainingRow.day, TrainingRow.topic, TrainingRow.person)
                                                         .where(TrainingRow.village_code == village))}
        added = 0
        for r in rows:
            key = (r["day"], r["topic"], r["person"])
            if key in have:
                continue
            have.add(key)
            self.s.add(TrainingRow(village_code=village, batch_id=batch_id, **r))
            added += 1
        return added

    def add_visits(self, village: str, rows: list[dict], batch_id: int) -> int:
        have = set(self.s.execute(select(VisitRow.day, VisitRow.slot, VisitRow.grid, VisitRow.member)
                                  .where(VisitRow.village_code == village)))
        added = 0
        for r in rows:
            key = (r["day"], r["slot"], r["grid"], r["member"])
            if key in have:
                continue
            have.add(key)
            self.s.add(VisitRow(village_code=village, batch_id=batch_id, **r))
            added += 1
        return added

    def add_figures(self, item_id: int, village: str, kind: str, period: str,
                    figures: Iterable[tuple[str, str, int, int | None]]) -> int:
        n = 0
        for section, key, value, total in figures:
            self.s.add(ReportFigureRow(item_id=item_id, village_code=village, kind=kind, period=period,
                                       section=section, key=key, value=value, total=total))
            n += 1
        return n

    # -- what the township counts ----------------------------------------------------------
    def counts(self, village: str | None = None) -> dict[str, int]:
        def n(model, *where) -> int:
            q = select(func.count()).select_from(model)
            if village is not None:
                q = q.where(model.village_code == village)
            return int(self.s.scalar(q.where(*where)) or 0)

        return {"batches": n(BatchRow), "items": n(ItemRow), "cases": n(CaseRow, CaseRow.current.is_(True)),
                "case_versions": n(CaseRow), "training": n(TrainingRow), "visits": n(VisitRow),
                "roster_grids": n(RosterRow), "residents": int(self.s.scalar(
                    select(func.coalesce(func.sum(RosterRow.residents), 0)).where(
                        *([RosterRow.village_code == village] if village else []))) or 0),
                "figures": n(ReportFigureRow), "quarantined": n(QuarantineRow), "escalations": n(EscalationRow)}

    def escalations(self) -> list[tuple[str, str, int, str, str, str, str]]:
        return [(r.village_code, r.case_number, r.ordinal, r.title, r.received_at, r.due_at, r.state)
                for r in self.s.scalars(select(EscalationRow)  # every state: waiting, answered, sent
                                        .order_by(EscalationRow.due_at, EscalationRow.id))]

    def add_escalation(self, village: str, case_number: str, ordinal: int, title: str, received_at: str,
                       due_at: str, batch_id: int | None) -> bool:
        """False when this (village, case number, ordinal) is already queued: the same escalation
        carried twice is one."""
        exists = self.s.scalar(select(func.count()).select_from(EscalationRow).where(
            EscalationRow.village_code == village, EscalationRow.case_number == case_number,
            EscalationRow.ordinal == ordinal))
        if exists:
            return False
        self.s.add(EscalationRow(village_code=village, case_number=case_number, ordinal=ordinal, title=title,
                                 received_at=received_at, due_at=due_at, batch_id=batch_id))
        return True
