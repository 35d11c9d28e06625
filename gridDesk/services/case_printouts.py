"""A case on paper: the filing form (立案登记表) and the whole file of a closed case (every step,
its people and attachments), which the archive export packages."""

from __future__ import annotations

import re
from io import BytesIO

from ..domain.accounts import Permission
from ..domain.audit import Action
from ..domain.changes import Kind
from ..domain.case_records import CaseView
from ..domain.case_flows import closure_words
from ..domain.cases import ACTION_WORDS, CHANNEL_WORDS, KIND_WORDS, STATE_LABELS, CaseState
from ..domain.errors import ValidationError
from ..printing.ledger import Form, FormSection, write_form
from ..storage.archive_repo import ArchiveRepo
from .guard import rule
from .attachments import AttachmentsService
from .cases import CasesService
from .clock import local_dt
from .print_files import Out, write_whole, written
from .people_names import Names, names_for_print
from .printouts import PrintService, out_name
from .session import Changes, UserSession


def _when(value) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _basics(c: CaseView, names: Names) -> tuple[tuple[str, str], ...]:
    # The grid by its name: the case number already carries its code.
    return (("案件编号", c.number), ("当前环节", STATE_LABELS[c.state]), ("问题", c.title), ("类别", c.category),
            ("事项类型", KIND_WORDS[c.work_kind.value]), ("来源", CHANNEL_WORDS[c.channel.value]),
            ("所属网格", names.grid(c.grid_code) if c.grid_code else ""), ("地点", c.place), ("上报人", c.reporter), ("上报时间", _when(c.reported_at)),
            ("当事人", "、".join(c.people)), ("办理期限", _when(c.due_at)), ("情况描述", c.description))


def _steps(c: CaseView, names: Names) -> list[tuple[str, ...]]:
    return [(_when(e.at), ACTION_WORDS.get(e.action, e.action), names.person(e.account), e.detail) for e in c.events]


# What the attachments' check value is for, in words, under their table.
CHECK_NOTE = ("校验码：附件文件的 SHA-256 摘要前 16 位。核对电子档案时，用同样方法算出的值与此一致，"
              "说明附件与登记时相同、没有被改动。")


class CasePrintouts:
    def __init__(self, session: UserSession) -> None:
        self.session = session

    def _form(self, form: Form, out: Out, case: CaseView, what: str, record: bool) -> int:
        self.session.require(Permission.PRINT)
        font = PrintService(self.session).font_file()
        pages = written(out, lambda target: write_form(form, target, font))
        if record:
            self.session.record(Action.PRINT.value, f"case:{case.id} {case.number}", f"{what} → {out_name(out)}")
        return pages

    @rule(Permission.PRINT)
    def filing_form(self, case_id: int, out: Out, record: bool = True) -> int:
        """立案登记表: what was reported and how it was taken in, to be signed."""
        c = CasesService(self.session).get(case_id)
        filed = next((e for e in c.events if e.action == "file"), None)
        names = names_for_print(self.session)
        form = Form("立案登记表", self.session.centre.village_name, self._today(), (
            FormSection("", _basics(c, names)),
            FormSection("立案", (("立案时间", _when(filed.at) if filed else "（尚未立案）"),
                               ("经办人", names.person(filed.account) if filed else ""))),
        ), signatures=("登记人", "审核人（主任）", "日期"))
        return self._form(form, out, c, "立案登记表", record)

    @rule(Permission.PRINT)
    def case_file(self, case_id: int, out: Out, record: bool = True) -> int:
        """The file of a closed case as it is kept (made at closing); printed from the kept copy."""
        c = CasesService(self.session).get(case_id)
        if c.state is not CaseState.CLOSED:
            raise ValidationError("case", "case.file_only_closed")
        self.session.require(Permission.PRINT)
        pdf = kept_case_file(self.session, c)
        if hasattr(out, "write"):
            out.write(pdf)
        else:
            write_whole(out, pdf)
        if record:
            self.session.record(Action.PRINT.value, f"case:{c.id} {c.number}", f"结案卷宗 → {out_name(out)}")
        return len(re.findall(rb"/Type /Page[^s]", pdf))

    @rule(Permission.VIEW_CASES)
    def case_file_current(self, case_id: int) -> bool:
        """Whether a closed case's kept file is there and matches the case as it stands (false
        after a close whose file could not be made, or a correction not yet filed)."""
        c = CasesService(self.session).get(case_id)  # in reach, or refused
        with self.session.db.transaction() as s:
            kept = ArchiveRepo(s).case_file(c.id)
        return c.state is not CaseState.CLOSED or (kept is not None and kept[0] == c.version)

    @rule(Permission.VIEW_CASES)
    def make_case_file(self, case_id: int) -> Changes:
        """结案卷宗, made after the close as its own step: the close is committed and stands
        whether or not this succeeds (no font, a full disk), and it can simply be run again."""
        c = CasesService(self.session).get(case_id)
        if c.state is not CaseState.CLOSED:
            raise ValidationError("case", "case_file.not_closed")
        keep_case_file(self.session, c.id)
        return Changes(Kind.CASES, (c.id,))

    def _today(self) -> str:
        return f"{local_dt(self.session.clock()):%Y-%m-%d}"


def case_file_pdf(session: UserSession, c: CaseView) -> bytes:
    """Every step with who, when and what, the result, the revisit and the attachments."""
    files = AttachmentsService(session).listed("case", c.id)
    names = names_for_print(session)
    form = Form(f"案件卷宗　{c.number}", session.centre.village_name, f"{local_dt(session.clock()):%Y-%m-%d}", (
        FormSection("一、基本情况", _basics(c, names)),
        FormSection("二、办理经过", table_headers=("时间", "环节", "经办人", "说明"), table_rows=_steps(c, names),
                    table_widths=(2.2, 1.6, 1.4, 6.0)),
        FormSection("三、结果与回访", (("处理结果", c.result), ("办结类型", closure_words(c.closure_type)),
                                  ("回访满意度", c.satisfaction),
                                  ("回访时间", _when(c.revisited_at)), ("结案时间", _when(c.closed_at)))),
        FormSection("四、附件", table_headers=("文件", "类型", "环节", "添加时间", "校验码"),
                    table_rows=[(a.name, "照片" if a.kind == "photo" else "文件", ACTION_WORDS.get(a.step, a.step),
                                 _when(a.added_at), a.sha256[:16]) for a in files] or [("（无附件）", "", "", "", "")],
                    table_widths=(3.2, 1.0, 1.4, 2.2, 2.6), note=CHECK_NOTE if files else ""),
    ), signatures=("承办人", "审核人（主任）", "归档日期"))
    out = BytesIO()
    write_form(form, out, PrintService(session).font_file())
    return out.getvalue()


def keep_case_file(session: UserSession, case_id: int) -> bytes:
    """Made once when the case is closed (and again when a correction is appended): the record as
    it stood, which printing and the archive export copy and never re-render."""
    c = CasesService(session).get(case_id)
    pdf = case_file_pdf(session, c)
    # A write, so on the writers' pool: a write begun in a deferred read transaction fails at once
    # ("database is locked") when another connection has written since it began, e.g. an export's
    # worker making a missing file while the lock records itself (found by test_work_and_lock).
    with session.db.transaction(writes=True) as s:
        ArchiveRepo(s).save_case_file(case_id, c.version, pdf, local_dt(session.clock()))
    return pdf


def kept_case_file(session: UserSession, c: CaseView) -> bytes:
    with session.db.transaction() as s:
        kept = ArchiveRepo(s).case_file(c.id)
    if kept is not None and kept[0] == c.version:
        return kept[1]
    return keep_case_file(session, c.id)  # closed before files were kept, or corrected since
