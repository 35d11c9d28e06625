"""The staffing words the UI shows (issue 19): reasons for leaving, what a grid lacks, the
selection steps, the rules' names; translated here, the domain keeps the enums."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..domain.staffing import LeaveReason, Missing, SelectionStep

_REASONS = {LeaveReason.RESIGNED: QT_TRANSLATE_NOOP("StaffingWords", "辞职"),
            LeaveReason.DISMISSED: QT_TRANSLATE_NOOP("StaffingWords", "解聘"),
            LeaveReason.MOVED: QT_TRANSLATE_NOOP("StaffingWords", "调离"),
            LeaveReason.OTHER: QT_TRANSLATE_NOOP("StaffingWords", "其他")}
_MISSING = {Missing.LEADER: QT_TRANSLATE_NOOP("StaffingWords", "网格长"),
            Missing.MEMBER: QT_TRANSLATE_NOOP("StaffingWords", "网格员"),
            Missing.FULL_TIME: QT_TRANSLATE_NOOP("StaffingWords", "专职网格员")}
_STEPS = {SelectionStep.ANNOUNCEMENT: QT_TRANSLATE_NOOP("StaffingWords", "公告"),
          SelectionStep.REGISTRATION: QT_TRANSLATE_NOOP("StaffingWords", "报名"),
          SelectionStep.QUALIFICATION: QT_TRANSLATE_NOOP("StaffingWords", "资格审查"),
          SelectionStep.EXAM: QT_TRANSLATE_NOOP("StaffingWords", "笔试面试"),
          SelectionStep.MEDICAL: QT_TRANSLATE_NOOP("StaffingWords", "体检"),
          SelectionStep.POLITICAL: QT_TRANSLATE_NOOP("StaffingWords", "政审"),
          SelectionStep.NOTICE: QT_TRANSLATE_NOOP("StaffingWords", "公示"),
          SelectionStep.TRAINING: QT_TRANSLATE_NOOP("StaffingWords", "培训")}
_RULES = {"team.min_members": QT_TRANSLATE_NOOP("StaffingWords", "每个网格除网格长外至少几名网格员"),
          "team.urban_full_time": QT_TRANSLATE_NOOP("StaffingWords", "城市网格至少几名专职网格员（《办法》第八条：至少 1 名）"),
          "team.rural_full_time": QT_TRANSLATE_NOOP("StaffingWords", "农村网格至少几名专职网格员（0：不要求）"),
          "vacancy.overdue_days": QT_TRANSLATE_NOOP("StaffingWords", "岗位空缺超过几天算超期（《办法》第十条“及时补充”）"),
          "hire.max_age": QT_TRANSLATE_NOOP("StaffingWords", "新选聘专职网格员宜在几周岁以下"),
          "hire.education_code": QT_TRANSLATE_NOOP("StaffingWords", "新选聘专职网格员宜具备的最低文化程度")}


def _t(text: str) -> str:
    return QCoreApplication.translate("StaffingWords", text)


def leave_reason_label(reason: LeaveReason) -> str:
    return _t(_REASONS[reason])


def missing_label(missing: Missing) -> str:
    return _t(_MISSING[missing])


def step_label(step: SelectionStep) -> str:
    return _t(_STEPS[step])


def rule_label(key: str) -> str:
    return _t(_RULES[key])


def preference_words(political_status: str, p) -> str:
    """What counts for preference (Art. 9 (5)), as the team list shows it."""
    from ..domain.staffing import PARTY_STATUSES

    out = []
    if political_status in PARTY_STATUSES:
        out.append(_t(QT_TRANSLATE_NOOP("StaffingWords", "党员")))
    if p is not None:
        if p.title:
            out.append(p.title)
        if p.social_work_level:
            out.append(p.social_work_level)
        if p.veteran:
            out.append(_t(QT_TRANSLATE_NOOP("StaffingWords", "退役军人")))
        if p.dibao:
            out.append(_t(QT_TRANSLATE_NOOP("StaffingWords", "低保")))
    return "、".join(out)
