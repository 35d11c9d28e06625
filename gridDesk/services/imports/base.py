"""What every ledger import shares: the kinds, the typed preview, the importer protocol, and the
roster importers' common frame (read the file with the kind's columns, sort its rows in one read
transaction, write them in one audited transaction). Nothing is written by a preview."""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar, Generic, Protocol, TypeVar

from ...domain.accounts import Permission
from ...domain.audit import Action
from ...domain.errors import GridDeskError, ValidationError
from ...sheets.columns import Column
from ...sheets.reader import SheetError, read_ledger
from ...sheets.writer import write_rejects
from ...storage.grids_repo import GridsRepo
from ..clock import local_dt
from ..bulk_work import without_cycle_collection
from ..guard import rule
from ..housekeeping import xlsx_tmpdir
from ..roster_scope import grid_scope
from ..session import Changes, UserSession

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Rows = Iterable[tuple[int, dict[str, object]]]  # (the line a person sees in Excel, values by column key)
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class LedgerKind(str, enum.Enum):
    """The ledgers GridDesk takes in; the values are the CLI's words and the audit row's."""

    RESIDENTS = "residents"
    HOUSEHOLDS = "households"
    TEAM = "team"
    KEY_GROUPS = "keygroup"
    SIGN_IN = "sign_in"  # a training session's sign-in sheet (签到表)
    RENTALS = "rentals"  # 出租房登记表: RENTAL places


class ImportCancelled(GridDeskError):
    code = "import_cancelled"


@dataclass(frozen=True)
class RejectedRow:
    line: int
    values: dict[str, object]
    reason: str

    @property
    def label(self) -> str:
        return row_label(self.values)


def row_label(values: dict[str, object]) -> str:
    """What a person recognises a ledger row by: its first filled cell (a name, an ID number...)."""
    return next((str(v) for v in values.values() if v not in (None, "")), "")


@dataclass(frozen=True)
class FieldChange:
    """One cell of the roster that an import will change: the column's header, then the values
    (dates, flags and words as they are; the screen words them)."""

    header: str
    before: object
    after: object


@dataclass(frozen=True)
class ShownRow:
    """A row of the preview as a person checks it: the line in Excel, what it is, and for a
    changed row each field that changes."""

    line: int
    label: str
    changes: tuple[FieldChange, ...] = ()


def _flat(item: object, words: Mapping[object, str]) -> dict[str, object]:
    """An item's values by ledger column key: nested records opened, a key group's details as
    `detail:<key>`, and enum members as the ledger writes them."""
    out: dict[str, object] = {}
    for f in fields(item):  # type: ignore[arg-type]
        value = getattr(item, f.name)
        if is_dataclass(value):
            out.update(_flat(value, words))
        elif isinstance(value, dict):
            out.update({f"detail:{k}": v for k, v in value.items()})
        elif isinstance(value, enum.Enum):
            out[f.name] = words.get(value, value.value)
        else:
            out[f.name] = value
    return out


def differences(old: object, new: object, headers: Mapping[str, str],
                words: Mapping[object, str] | None = None) -> tuple[FieldChange, ...]:
    """The ledger's columns whose value the import changes, in the ledger's column order."""
    before, after = _flat(old, words or {}), _flat(new, words or {})
    blank = (None, "")
    return tuple(FieldChange(header, before.get(key), after.get(key)) for key, header in headers.items()
                 if before.get(key) != after.get(key) and not (before.get(key) in blank and after.get(key) in blank))


@dataclass
class ImportPreview(Generic[T]):
    """A ledger sorted into typed items: `new` and `changed` hold the kind's own item type
    (Resident, HouseholdRow, TeamRow, KeyGroupTag, SignInRow), never tuples."""

    kind: LedgerKind
    path: Path
    new: list[T] = field(default_factory=list)
    changed: list[T] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    # The unknown columns go in with each row (a resident's ledger keeps them, LEDGERS.md), or not.
    extras_kept: bool = False
    # Rows taken as they are, with something a person should check (an ID whose county is unknown).
    warnings: list[RejectedRow] = field(default_factory=list)
    target_id: int | None = None  # what the ledger is for, where it is for one thing (a training session)
    # What a person checks before confirming: each new row, and each changed row field by field.
    shown_new: list[ShownRow] = field(default_factory=list)
    shown_changed: list[ShownRow] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)  # column key -> the ledger's header
    register: str = ""  # a key group's own register: the group's value (its importer reads it again)

    def summary(self) -> str:
        return (f"new {len(self.new)}, changed {len(self.changed)}, unchanged {self.unchanged}, "
                f"rejected {len(self.rejected)}")

    @property
    def has_work(self) -> bool:
        return bool(self.new or self.changed)

    def reject(self, line: int, values: dict[str, object], reason: str) -> None:
        self.rejected.append(RejectedRow(line, values, reason))

    def warn(self, line: int, values: dict[str, object], text: str) -> None:
        self.warnings.append(RejectedRow(line, values, text))

    def add(self, item: T, line: int, values: dict[str, object]) -> None:
        self.new.append(item)
        self.shown_new.append(ShownRow(line, row_label(values)))

    def change(self, old: T, item: T, line: int, values: dict[str, object],
               words: Mapping[object, str] | None = None) -> None:
        self.changed.append(item)
        self.shown_changed.append(ShownRow(line, row_label(values), differences(old, item, self.headers, words)))


class LedgerImporter(Protocol[T_co]):
    """One ledger kind: its columns, a preview that sorts the rows into typed items, and the
    commit that writes the new and changed ones at once (or nothing)."""

    kind: ClassVar[LedgerKind]
    columns: ClassVar[tuple[Column, ...]]

    def preview(self, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPreview: ...

    def commit(self, preview: ImportPreview, cancelled: Cancelled | None = None,
               progress: Progress | None = None) -> Changes: ...

    def save_rejects(self, preview: ImportPreview, out: Path) -> int: ...


def text_id(value: object) -> str:
    """An ID number must arrive as text: Excel keeps only 15 digits of a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValidationError("id_number", "import.id_as_number", value=repr(value))
    return str(value or "")


class Grids:
    """A grid named by code or by name, as ledgers do either."""

    def __init__(self, ids: dict[str, int], names: dict[str, str]) -> None:
        self.ids = ids
        self.by_name = {unicodedata.normalize("NFKC", n).strip(): c for c, n in names.items()}

    def code(self, value: object) -> str:
        text = unicodedata.normalize("NFKC", str(value or "")).strip()
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if text in self.ids:
            return text
        if text in self.by_name:
            return self.by_name[text]
        raise ValidationError("grid_code", "import.no_grid", value=value)


def refuse_a_masked_export(rows: Rows, path: Path) -> None:
    """A ledger GridDesk exported masked (1401**********123X) cannot name anyone: one sentence for
    the file, not a rejection for each of its rows (LEDGERS.md). Half the numbers masked is enough
    to be sure it is such a file; a few masked cells in a real ledger stay rejected rows."""
    ids = [str(values.get("id_number") or "") for _line, values in rows]
    ids = [i for i in ids if i.strip()]
    masked = sum("*" in i for i in ids)
    if ids and masked * 2 >= len(ids):
        raise SheetError("sheet.masked_export", file=path.name, count=masked)


def check_cancel(cancelled: Cancelled, i: int) -> None:
    if i % 500 == 0 and cancelled():
        raise ImportCancelled("import.cancelled")


class RosterImporter(Generic[T]):
    """The frame of the four roster ledgers; a subclass names its kind and columns and says how
    rows become items (`sort`) and how items are written (`write`)."""

    kind: ClassVar[LedgerKind]
    columns: ClassVar[tuple[Column, ...]]

    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    def _scope_ok(self, code: str) -> bool:
        scope = grid_scope(self.session)
        return scope is None or any(code.startswith(c) for c in scope)

    @rule(Permission.EDIT_ROSTER)
    def preview(self, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPreview[T]:
        with without_cycle_collection():
            ledger = self._read(Path(path), progress)
            refuse_a_masked_export(ledger.rows, Path(path))
            preview: ImportPreview[T] = ImportPreview(self.kind, Path(path),
                                                      unknown_columns=ledger.unknown_columns,
                                                      headers={c.key: c.header for c in self.columns},
                                                      register=self.register)
            with self.session.db.transaction() as s:
                grids = Grids(GridsRepo(s).ids(), GridsRepo(s).names())
                self._sort(s, ledger.rows, grids, preview, cancelled or (lambda: False))
        return preview

    @rule(Permission.EDIT_ROSTER)
    def commit(self, preview: ImportPreview[T], cancelled: Cancelled | None = None,
               progress: Progress | None = None) -> Changes:
        """One transaction: all the new and changed rows land, or none do."""
        if preview.kind is not self.kind:
            raise ValueError(f"a {preview.kind.value} preview given to the {self.kind.value} importer")
        if not preview.has_work:
            return Changes(self.kind.value)
        cancelled = cancelled or (lambda: False)
        detail = f"{preview.path.name}: {preview.summary()}"
        with without_cycle_collection(), \
                self.session.write(Action.WRITE.value, f"import {self.kind.value}", detail) as s:
            self._write(s, preview, GridsRepo(s).ids(), cancelled, progress)
            if cancelled():
                raise ImportCancelled("import.cancelled")
        return Changes(self.kind.value)

    @rule(Permission.EDIT_ROSTER)
    def save_rejects(self, preview: ImportPreview[T], out: Path) -> int:
        return write_rejects(Path(out), [c.header for c in self.columns],
                             ((r.line, [r.values.get(c.key, "") for c in self.columns], r.reason)
                              for r in preview.rejected), tmpdir=xlsx_tmpdir(self.session.db_path))

    # -- what each kind says (in the read transaction, and in the write transaction) --------------
    register: str = ""  # the key group whose register this importer reads ("" for the other kinds)

    def _read(self, path: Path, progress: Progress | None):
        """The file's rows under the kind's columns (a key-group importer first finds its register)."""
        return read_ledger(path, self.columns, progress)

    def _sort(self, s, rows: Rows, grids: Grids, preview: ImportPreview[T],
             cancelled: Cancelled) -> None:
        raise NotImplementedError

    def _write(self, s, preview: ImportPreview[T], grids: dict[str, int], cancelled: Cancelled,
              progress: Progress | None) -> None:
        raise NotImplementedError
