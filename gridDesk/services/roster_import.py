"""Importing roster ledgers: a preview (new, changed, unchanged, rejected with reasons) first,
then, once a person confirms, one transaction. Nothing is written by the preview."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.errors import GridDeskError, ValidationError
from ..domain.idcard import parse_id_number
from ..domain.key_groups import SPECS, AttentionLevel, KeyGroup, KeyGroupTag, age_on, visible_groups
from ..domain.phones import normalise_mobile
from ..domain.resident_rules import check_resident, clean_text, parse_bool, parse_date
from ..domain.roster import TEAM_ROLE_LABELS, Resident, TeamMember
from ..sheets.reader import read_ledger
from ..sheets.writer import write_rejects
from .guard import rule
from .housekeeping import xlsx_tmpdir
from ..storage.grids_repo import GridsRepo
from ..storage.key_groups_repo import KeyGroupsRepo
from ..storage.residents_repo import HouseholdsRepo, ResidentsRepo
from ..storage.team_repo import TeamRepo
from .clock import local_dt
from .roster_columns import COLUMNS
from .roster_scope import grid_scope
from .session import Changes, UserSession

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
KINDS = tuple(COLUMNS)


_BLANK = {"name": "", "id_number": "", "sex": "", "birth_date": date(2000, 1, 1), "phone": "",
          "household_number": None, "relation": "", "grid_code": ""}


OTHER_GRID_PERSON = "这个身份证号已经登记在别的网格，不在您负责的范围内；如需迁入，请联系中心工作人员办理。"
OTHER_GRID_HOUSEHOLD = "这个户号已经登记在别的网格，不在您负责的范围内；请核对户号，或联系中心工作人员。"


class ImportCancelled(GridDeskError):
    code = "import_cancelled"


@dataclass(frozen=True)
class RejectedRow:
    line: int
    values: dict[str, object]
    reason: str


@dataclass
class ImportPreview:
    kind: str
    path: Path
    new: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    unchanged: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"new {len(self.new)}, changed {len(self.changed)}, unchanged {self.unchanged}, "
                f"rejected {len(self.rejected)}")

    @property
    def has_work(self) -> bool:
        return bool(self.new or self.changed)


def _text_id(value: object) -> str:
    """An ID number must arrive as text: Excel keeps only 15 digits of a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValidationError("id_number", f"身份证号被 Excel 存成了数字（{value!r}），后几位已经丢失，无法还原。"
                                           "请把这一列设为“文本”格式，重新填写后再导入。")
    return str(value or "")


class _Grids:
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
        raise ValidationError("grid_code", f"没有这个网格：“{value}”（可填网格编码或网格名称）。")


class ImportService:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _today(self) -> date:
        return local_dt(self.session.clock()).date()

    # -- preview -------------------------------------------------------------------------------
    @rule(Permission.EDIT_ROSTER)
    def preview(self, kind: str, path: Path, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPreview:
        if kind not in COLUMNS:
            raise ValidationError("kind", f"不认识的台账类别：{kind}")
        ledger = read_ledger(Path(path), COLUMNS[kind], progress)
        preview = ImportPreview(kind, Path(path), unknown_columns=ledger.unknown_columns)
        with self.session.db.transaction() as s:
            grids = _Grids(GridsRepo(s).ids(), GridsRepo(s).names())
            handler = {"residents": self._preview_residents, "households": self._preview_households,
                       "team": self._preview_team, "keygroup": self._preview_keygroup}[kind]
            handler(s, ledger.rows, grids, preview, cancelled or (lambda: False))
        return preview

    def _check_cancel(self, cancelled: Cancelled, i: int) -> None:
        if i % 500 == 0 and cancelled():
            raise ImportCancelled("已取消导入，没有写入任何数据。")

    def _scope_ok(self, code: str) -> bool:
        scope = grid_scope(self.session)
        return scope is None or any(code.startswith(c) for c in scope)

    def _preview_residents(self, s, rows, grids: _Grids, preview: ImportPreview, cancelled: Cancelled) -> None:
        keys = {f.name for f in fields(Resident)}
        parsed: list[tuple[int, dict, Resident, set[str]]] = []
        first_line: dict[str, int] = {}
        for i, (line, values) in enumerate(rows):
            self._check_cancel(cancelled, i)
            try:
                given = {k: v for k, v in values.items() if k in keys}
                given["id_number"] = _text_id(values.get("id_number"))
                given["grid_code"] = grids.code(values.get("grid_code"))
                if not self._scope_ok(given["grid_code"]):
                    raise ValidationError("grid_code", "这个网格不在您的负责范围内。")
                if "away" in given:
                    given["away"] = parse_bool(given["away"], "away")
                if "away_since" in given:
                    given["away_since"] = parse_date(given["away_since"], "away_since")
                for key in ("name", "phone", "phone2", "household_number", "relation"):
                    if key in given and not isinstance(given[key], str):
                        given[key] = str(int(given[key])) if isinstance(given[key], float) and \
                            given[key].is_integer() else str(given[key] or "")
                if not clean_text(given.get("household_number"), field="household_number"):
                    raise ValidationError("household_number", "户号不能为空。")
                if not clean_text(given.get("relation"), field="relation"):
                    raise ValidationError("relation", "与户主关系不能为空。")
                resident = check_resident(Resident(**(_BLANK | given)), self._today())
            except ValidationError as exc:
                preview.rejected.append(RejectedRow(line, values, exc.message))
                continue
            if resident.id_number in first_line:
                preview.rejected.append(RejectedRow(line, values, f"身份证号与第 {first_line[resident.id_number]} 行重复。"))
                continue
            first_line[resident.id_number] = line
            parsed.append((line, values, resident, set(given)))
        repo = ResidentsRepo(s)
        existing = repo.by_id_numbers(r.id_number for _, _, r, _ in parsed)
        for line, values, resident, given in parsed:
            old = existing.get(resident.id_number)
            if old is None:
                preview.new.append(resident)
                continue
            if not self._scope_ok(old.grid_code):  # nothing of another grid's person is said or changed
                preview.rejected.append(RejectedRow(line, values, OTHER_GRID_PERSON))
                continue
            if old.household_number and resident.household_number != old.household_number:
                preview.rejected.append(RejectedRow(
                    line, values, f"此人已登记在户 {old.household_number}（{old.name}）。一人只能属于一户；"
                                  "如需迁户，请在“网格与人口”中为其办理。"))
                continue
            # Columns the file does not have keep what the roster holds.
            merged = replace(old, **{k: getattr(resident, k) for k in given | {"sex", "birth_date"}})
            if merged == old:
                preview.unchanged += 1
            else:
                preview.changed.append(merged)

    def _preview_households(self, s, rows, grids: _Grids, preview: ImportPreview, cancelled: Cancelled) -> None:
        seen: dict[str, int] = {}
        good = []
        for i, (line, values) in enumerate(rows):
            self._check_cancel(cancelled, i)
            try:
                number = clean_text(values.get("number"), 32, "household_number")
                if isinstance(values.get("number"), float) and values["number"].is_integer():
                    number = str(int(values["number"]))
                address = clean_text(values.get("address"), field="address")
                if not number:
                    raise ValidationError("number", "户号不能为空。")
                if not address:
                    raise ValidationError("address", "住址不能为空。")
                code = grids.code(values.get("grid_code"))
                if not self._scope_ok(code):
                    raise ValidationError("grid_code", "这个网格不在您的负责范围内。")
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.rejected.append(RejectedRow(line, values, exc.message))
                continue
            if number in seen:
                preview.rejected.append(RejectedRow(line, values, f"户号与第 {seen[number]} 行重复。"))
                continue
            seen[number] = line
            good.append((number, address, code, notes, line, values))
        existing = HouseholdsRepo(s).by_numbers(n for n, _, _, _, _, _ in good)
        for number, address, code, notes, line, values in good:
            old = existing.get(number)
            if old is None:
                preview.new.append((number, address, code, notes))
            elif not self._scope_ok(old[2]):
                preview.rejected.append(RejectedRow(line, values, OTHER_GRID_HOUSEHOLD))
            elif old[1:] == (address, code, notes):
                preview.unchanged += 1
            else:
                preview.changed.append((number, address, code, notes))

    def _preview_team(self, s, rows, grids: _Grids, preview: ImportPreview, cancelled: Cancelled) -> None:
        roles = {label: role for role, label in TEAM_ROLE_LABELS.items()}
        seen: dict[str, int] = {}
        good = []
        for i, (line, values) in enumerate(rows):
            self._check_cancel(cancelled, i)
            try:
                name = clean_text(values.get("name"), 32, "name")
                if not name:
                    raise ValidationError("name", "请填写姓名。")
                idn = parse_id_number(_text_id(values.get("id_number")))
                phone_raw = values.get("phone")
                phone = normalise_mobile(str(int(phone_raw)) if isinstance(phone_raw, float) else str(phone_raw or ""))
                if not phone:
                    raise ValidationError("phone", "网格队伍成员必须有手机号（要印在公示牌上）。")
                role = roles.get(clean_text(values.get("role"), field="role"))
                if role is None:
                    raise ValidationError("role", f"岗位“{values.get('role')}”应为：{'、'.join(roles)}。")
                appointed = parse_date(values.get("appointed_on"), "appointed_on")
                if appointed is None:
                    raise ValidationError("appointed_on", "请填写任职日期。")
                if age_on(idn.birth_date, appointed) < 18:
                    raise ValidationError("id_number", "任职时未满 18 周岁，不能担任网格员（第九条）。")
                if not parse_bool(values.get("declaration"), "declaration"):
                    raise ValidationError("declaration", "未确认“无不得担任网格员的情形”（第九条：正在接受调查、"
                                                         "受过刑事或行政处罚、被开除党籍或公职的不得担任）。")
                code = grids.code(values.get("grid_code")) if values.get("grid_code") not in (None, "") else None
                duties = clean_text(values.get("duties"), 500, "duties", multiline=True)
                political = clean_text(values.get("political_status"), field="political_status")
                education = clean_text(values.get("education"), field="education")
            except ValidationError as exc:
                preview.rejected.append(RejectedRow(line, values, exc.message))
                continue
            if idn.value in seen:
                preview.rejected.append(RejectedRow(line, values, f"身份证号与第 {seen[idn.value]} 行重复。"))
                continue
            seen[idn.value] = line
            member = TeamMember(name, idn.value, phone, role, code, appointed, duties)
            good.append((member, political, education))
        existing = TeamRepo(s).by_id_numbers(m.id_number for m, _, _ in good)
        for member, political, education in good:
            old = existing.get(member.id_number)
            if old is None:
                preview.new.append((member, political, education))
            elif (old.member, old.political_status, old.education) == (member, political, education):
                preview.unchanged += 1
            else:
                preview.changed.append((member, political, education))

    def _preview_keygroup(self, s, rows, grids: _Grids, preview: ImportPreview, cancelled: Cancelled) -> None:
        labels = {spec.label: group for group, spec in SPECS.items()}
        allowed = set(visible_groups(self.session.account.role))
        good = []
        for i, (line, values) in enumerate(rows):
            self._check_cancel(cancelled, i)
            try:
                idn = parse_id_number(_text_id(values.get("id_number")))
                group = labels.get(clean_text(values.get("group"), field="group"))
                if group is None:
                    raise ValidationError("group", f"人群类别“{values.get('group')}”不在可选范围内。")
                if group not in allowed:
                    raise ValidationError("group", "您的角色不能登记这一类重点人群。")
                level_text = clean_text(values.get("level"), field="level") or AttentionLevel.NORMAL.value
                try:
                    level = AttentionLevel(level_text)
                except ValueError:
                    raise ValidationError("level", "关注程度应为 一般、中等 或 严重。") from None
                since = parse_date(values.get("since"), "since")
                until = parse_date(values.get("until"), "until")
                if since and until and until < since:
                    raise ValidationError("until", "解除日期早于列管日期。")
                keys = {f.key for f in SPECS[group].fields}
                details = {k.split(":", 1)[1]: v.isoformat() if isinstance(v, date) else clean_text(v, 500, "details")
                           for k, v in values.items()
                           if k.startswith("detail:") and k.split(":", 1)[1] in keys and v not in (None, "")}
                notes = clean_text(values.get("notes"), 2000, "notes", multiline=True)
            except ValidationError as exc:
                preview.rejected.append(RejectedRow(line, values, exc.message))
                continue
            good.append((line, values, idn.value, group, level, since, until, details, notes))
        people = ResidentsRepo(s).by_id_numbers(g[2] for g in good)
        tags_repo = KeyGroupsRepo(s)
        seen: dict[tuple[str, KeyGroup], int] = {}
        for line, values, idn, group, level, since, until, details, notes in good:
            person = people.get(idn)
            if person is None:
                preview.rejected.append(RejectedRow(line, values, "人口台账中没有这个身份证号，请先导入或登记此人。"))
                continue
            if not self._scope_ok(person.grid_code):
                preview.rejected.append(RejectedRow(line, values, "此人不在您负责的网格。"))
                continue
            if (idn, group) in seen:
                preview.rejected.append(RejectedRow(line, values, f"与第 {seen[(idn, group)]} 行重复。"))
                continue
            seen[(idn, group)] = line
            current = [t for t in tags_repo.for_resident(person.id) if t.group is group and t.active]
            tag = KeyGroupTag(current[0].id if current else None, person.id, group, level, since, until, details, notes)
            if not current:
                preview.new.append(tag)
            elif replace(current[0], details=current[0].details) == tag:
                preview.unchanged += 1
            else:
                preview.changed.append(tag)

    # -- writing -------------------------------------------------------------------------------
    @rule(Permission.EDIT_ROSTER)
    def commit(self, preview: ImportPreview, cancelled: Cancelled | None = None,
               progress: Progress | None = None) -> Changes:
        """One transaction: all the new and changed rows land, or none do."""
        if not preview.has_work:
            return Changes(preview.kind)
        cancelled = cancelled or (lambda: False)
        detail = f"{preview.path.name}: {preview.summary()}"
        now = local_dt(self.session.clock())
        with self.session.write(Action.WRITE.value, f"import {preview.kind}", detail) as s:
            grids = GridsRepo(s).ids()
            if preview.kind == "residents":
                repo = ResidentsRepo(s)
                wanted = {r.household_number: (r.actual_address or r.registered_address, grids[r.grid_code])
                          for r in [*preview.new, *preview.changed] if r.household_number}
                households = repo.ensure_households(wanted)
                if cancelled():
                    raise ImportCancelled("已取消导入，没有写入任何数据。")
                for start in range(0, len(preview.new), 2000):
                    repo.insert_many(preview.new[start:start + 2000], grids, households, now)
                    if progress:
                        progress(start, len(preview.new))
                    if cancelled():
                        raise ImportCancelled("已取消导入，没有写入任何数据。")
                repo.update_many(preview.changed, grids, households, now, self.session.account.username,
                                 f"导入 {preview.path.name}")
            elif preview.kind == "households":
                repo_h = HouseholdsRepo(s)
                for number, address, code, notes in [*preview.new, *preview.changed]:
                    repo_h.upsert(number, address, grids[code], notes)
            elif preview.kind == "team":
                team = TeamRepo(s)
                for member, political, education in [*preview.new, *preview.changed]:
                    team.upsert(member, political, education, True)
            elif preview.kind == "keygroup":
                tags = KeyGroupsRepo(s)
                for tag in [*preview.new, *preview.changed]:
                    tags.save(tag, now)
            if cancelled():
                raise ImportCancelled("已取消导入，没有写入任何数据。")
        return Changes(preview.kind)

    @rule(Permission.EDIT_ROSTER)
    def save_rejects(self, preview: ImportPreview, out: Path) -> int:
        columns = COLUMNS[preview.kind]
        return write_rejects(Path(out), [c.header for c in columns],
                             ((r.line, [r.values.get(c.key, "") for c in columns], r.reason)
                              for r in preview.rejected), tmpdir=xlsx_tmpdir(self.session.db_path))

