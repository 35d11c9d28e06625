"""A training session's sign-in sheet (签到表, xlsx or xls): matched to the team by ID number,
else by name; every row that cannot be matched is shown with its reason, and only the user's OK
writes (a person already listed is replaced)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from ...domain.accounts import Permission
from ...domain.errors import GridDeskError, ValidationError
from ...domain.idcard import parse_id_number
from ...domain.resident_rules import clean_text
from ...domain.training import Attendance, check_attendance, parse_number, parse_passed, parse_presence
from ...sheets.columns import Column
from ...sheets.reader import read_ledger
from ...sheets.writer import write_rejects
from ...storage.team_repo import TeamRepo
from ..guard import rule
from ..housekeeping import xlsx_tmpdir
from ..session import Changes, UserSession
from ..training import TrainingService
from .base import Cancelled, ImportPreview, LedgerKind, Progress

SIGN_IN_COLUMNS = (
    Column("name", "姓名", required=True, aliases=("参训人员", "学员姓名", "参训人")),
    Column("id_number", "身份证号", aliases=("公民身份号码", "身份证号码", "身份证"), text=True),
    Column("presence", "签到", aliases=("是否参加", "出勤", "参加情况", "签到情况")),
    Column("hours", "学时", aliases=("培训学时",)),
    Column("score", "成绩", aliases=("考核成绩", "分数", "得分")),
    Column("passed", "是否合格", aliases=("考核结果", "合格")),
    Column("reason", "备注", aliases=("请假原因", "说明")),
)


class SignInRow(NamedTuple):
    """A matched row: the sheet's line, the team member's name as the roster has it, the attendance."""

    line: int
    name: str
    attendance: Attendance


def _text(value: object, field: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_text(str(value or ""), 64, field)


class SignInImporter:
    kind = LedgerKind.SIGN_IN
    columns = SIGN_IN_COLUMNS

    def __init__(self, session: UserSession, training_id: int) -> None:
        self.session = session
        self.training_id = training_id

    @rule(Permission.TRAINING)
    def preview(self, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPreview[SignInRow]:
        service = TrainingService(self.session)
        training = service.get(self.training_id)
        ledger = read_ledger(Path(path), SIGN_IN_COLUMNS, progress)
        with self.session.db.transaction() as s:
            team = TeamRepo(s).all(include_left=True)
        by_id = {t.member.id_number: t for t in team}
        by_name: dict[str, list] = {}
        for t in team:
            by_name.setdefault(t.member.name.replace(" ", ""), []).append(t)
        names = {t.id: t.member.name for t in team}
        listed = {a.member_id for a in service.attendance(self.training_id)}
        now = service.now()
        preview: ImportPreview[SignInRow] = ImportPreview(self.kind, Path(path), unknown_columns=ledger.unknown_columns,
                                                          target_id=self.training_id)
        seen: set[int] = set()
        for line, values in ledger.rows:
            try:
                name = _text(values.get("name"), "name").replace(" ", "")
                raw_id = _text(values.get("id_number"), "id_number")
                member = _match(name, raw_id, by_id, by_name)
                score = parse_number(values.get("score"), "score")
                passed = parse_passed(_text(values.get("passed"), "passed"))
                if training.assessed and passed is None and score is not None:
                    passed = score >= 60
                attendance = Attendance(member.id, parse_presence(_text(values.get("presence"), "presence")),
                                        parse_number(values.get("hours"), "hours"), score, passed,
                                        _text(values.get("reason"), "reason"))
                if member.id in seen:
                    raise ValidationError("name", "import.sign_in.twice")
                check_attendance([attendance], training, names, now)
            except GridDeskError as exc:
                preview.reject(line, values, str(exc))
                continue
            seen.add(member.id)
            row = SignInRow(line, member.member.name, attendance)
            # A person already listed is replaced by the sheet's row, as the user sees it.
            (preview.changed if member.id in listed else preview.new).append(row)
        return preview

    @rule(Permission.TRAINING)
    def commit(self, preview: ImportPreview[SignInRow], cancelled: Cancelled | None = None,
               progress: Progress | None = None) -> Changes:
        """The matched rows join the session's attendance (a person already listed is replaced)."""
        if preview.kind is not self.kind or preview.target_id != self.training_id:
            raise ValueError("a sign-in preview of another training session")
        service = TrainingService(self.session)
        incoming = {row.attendance.member_id: row.attendance for row in [*preview.new, *preview.changed]}
        kept = [a for a in service.attendance(self.training_id) if a.member_id not in incoming]
        return service.set_attendance(self.training_id, kept + list(incoming.values()))

    @rule(Permission.TRAINING)
    def save_rejects(self, preview: ImportPreview[SignInRow], out: Path) -> int:
        return write_rejects(Path(out), [c.header for c in SIGN_IN_COLUMNS],
                             ((r.line, [r.values.get(c.key, "") for c in SIGN_IN_COLUMNS], r.reason)
                              for r in preview.rejected), tmpdir=xlsx_tmpdir(self.session.db_path))


def _match(name: str, raw_id: str, by_id: dict, by_name: dict):
    if raw_id:
        try:
            idn = parse_id_number(raw_id).value
        except GridDeskError:
            raise ValidationError("id_number", "import.sign_in.bad_id", value=raw_id) from None
        member = by_id.get(idn)
        if member is None:
            raise ValidationError("id_number", "import.sign_in.id_not_in_team")
        if name and member.member.name.replace(" ", "") != name:
            raise ValidationError("name", "import.sign_in.name_mismatch", name=member.member.name)
        return member
    if not name:
        raise ValidationError("name", "import.sign_in.nobody")
    found = by_name.get(name, [])
    if not found:
        raise ValidationError("name", "import.sign_in.no_such_name", name=name)
    if len(found) > 1:
        raise ValidationError("name", "import.sign_in.same_name", name=name, count=len(found))
    return found[0]
