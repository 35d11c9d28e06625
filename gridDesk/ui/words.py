"""Codes from the lower layers (audit actions, roles) in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.accounts import Role
from ..domain.audit import Action
from ..domain.key_groups import KeyGroup
from ..domain.roster import TeamRole

_LABELS = {
    Action.CENTRE_CREATED: QT_TRANSLATE_NOOP("Words", "建立中心"),
    Action.LOGIN: QT_TRANSLATE_NOOP("Words", "登录"),
    Action.LOGIN_FAILED: QT_TRANSLATE_NOOP("Words", "登录失败"),
    Action.LOGIN_COUNTER_TAMPERED: QT_TRANSLATE_NOOP("Words", "登录失败记录被改动"),
    Action.LOGOUT: QT_TRANSLATE_NOOP("Words", "退出"),
    Action.LOCK: QT_TRANSLATE_NOOP("Words", "锁定"),
    Action.UNLOCK: QT_TRANSLATE_NOOP("Words", "解锁"),
    Action.RECOVERY_USED: QT_TRANSLATE_NOOP("Words", "使用恢复密钥"),
    Action.ACCOUNT_ADDED: QT_TRANSLATE_NOOP("Words", "新增账号"),
    Action.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP("Words", "停用账号"),
    Action.ACCOUNT_ENABLED: QT_TRANSLATE_NOOP("Words", "恢复账号"),
    Action.ACCOUNT_REMOVED: QT_TRANSLATE_NOOP("Words", "删除账号"),
    Action.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Words", "修改密码"),
    Action.REKEY: QT_TRANSLATE_NOOP("Words", "更换数据密钥"),
    Action.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Words", "修改设置"),
    Action.MIGRATED: QT_TRANSLATE_NOOP("Words", "数据库升级"),
    Action.WRITE: QT_TRANSLATE_NOOP("Words", "修改数据"),
    Action.UNMASK: QT_TRANSLATE_NOOP("Words", "查看敏感信息"),
    Action.PRINT: QT_TRANSLATE_NOOP("Words", "打印"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Words", "导出"),
    Action.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("Words", "校验审计日志"),
    Action.AUDIT_HEAD_READ: QT_TRANSLATE_NOOP("Words", "读取审计链头"),
    Action.AUDIT_RECHAINED: QT_TRANSLATE_NOOP("Words", "审计链改为 SM3 哈希链"),
    Action.DEMO_GENERATED: QT_TRANSLATE_NOOP("Words", "生成演示数据"),
    Action.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Words", "越权操作被拒绝"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Words", "备份"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Words", "从备份恢复"),
    Action.INTEGRITY_CHECKED: QT_TRANSLATE_NOOP("Words", "检查数据库"),
    Action.CERT_OVERRIDE: QT_TRANSLATE_NOOP("Words", "准许未持证人员临时上岗"),
}


def action_label(code: str) -> str:
    try:
        return QCoreApplication.translate("Words", _LABELS[Action(code)])
    except ValueError:
        return code


def all_actions() -> list[tuple[str, str]]:
    return [(a.value, action_label(a.value)) for a in Action]


_ROLES = {
    Role.DIRECTOR: QT_TRANSLATE_NOOP("Words", "主任"),
    Role.STAFF: QT_TRANSLATE_NOOP("Words", "工作人员"),
    Role.GRID_LEADER: QT_TRANSLATE_NOOP("Words", "网格长"),
    Role.GRID_MEMBER: QT_TRANSLATE_NOOP("Words", "网格员"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Words", "审计员"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Words", _ROLES[role])


_KEY_GROUPS = {
    KeyGroup.FLOATING: QT_TRANSLATE_NOOP("Words", "流动人口"),
    KeyGroup.LEFT_BEHIND_CHILD: QT_TRANSLATE_NOOP("Words", "留守儿童"),
    KeyGroup.LEFT_BEHIND_WOMAN: QT_TRANSLATE_NOOP("Words", "留守妇女"),
    KeyGroup.LEFT_BEHIND_ELDERLY: QT_TRANSLATE_NOOP("Words", "留守老人"),
    KeyGroup.ELDERLY_ALONE: QT_TRANSLATE_NOOP("Words", "独居老人"),
    KeyGroup.DISABLED: QT_TRANSLATE_NOOP("Words", "残疾人"),
    KeyGroup.HARDSHIP: QT_TRANSLATE_NOOP("Words", "困难家庭"),
    KeyGroup.SUBSISTENCE: QT_TRANSLATE_NOOP("Words", "低保"),
    KeyGroup.MENTAL_DISORDER: QT_TRANSLATE_NOOP("Words", "严重精神障碍患者"),
    KeyGroup.RELEASED: QT_TRANSLATE_NOOP("Words", "刑满释放人员"),
    KeyGroup.CORRECTION: QT_TRANSLATE_NOOP("Words", "社区矫正对象"),
    KeyGroup.CORRECTION_ENDED: QT_TRANSLATE_NOOP("Words", "解除社区矫正人员"),
    KeyGroup.DRUG_USER: QT_TRANSLATE_NOOP("Words", "吸毒人员"),
    KeyGroup.OTHER: QT_TRANSLATE_NOOP("Words", "其他"),
}


def key_group_label(group: KeyGroup) -> str:
    return QCoreApplication.translate("Words", _KEY_GROUPS[group])


_TEAM_ROLES = {
    TeamRole.LEADER: QT_TRANSLATE_NOOP("Words", "网格长"),
    TeamRole.FULL_TIME: QT_TRANSLATE_NOOP("Words", "专职网格员"),
    TeamRole.PART_TIME: QT_TRANSLATE_NOOP("Words", "兼职网格员"),
    TeamRole.ASSISTANT: QT_TRANSLATE_NOOP("Words", "网格辅助员"),
    TeamRole.MICRO: QT_TRANSLATE_NOOP("Words", "微格员"),
}


def team_role_label(role: TeamRole) -> str:
    return QCoreApplication.translate("Words", _TEAM_ROLES[role])
