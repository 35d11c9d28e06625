"""An audit row in one plain sentence: who did what to whom or what ("主任 王芳 修改了居民 李*华 的
重点人群标记"). The service gives the facts (services.audit_entries.AuditEntry); the words, and
their English, are here, one template per Event."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.accounts import Role
from ..domain.audit_entries import Event
from ..domain.cases import CaseAction
from ..domain.key_groups import KeyGroup
from ..domain.roster import TeamRole
from ..domain.rules import Permission
from . import case_words
from .words import key_group_label, role_label, team_role_label

_C = "AuditWords"
E = Event

# {actor} is who did it ("主任 王芳"), {title} the record ("居民 李*华" minus the noun, which the
# template says), the rest the row's facts. A fact the row lacks is left empty.
SENTENCES: dict[Event, str] = {
    E.CENTRE_CREATED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 建立了 {title} 综治中心（区划代码 {code}）"),
    E.LOGIN: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登录"),
    E.LOGIN_FAILED: QT_TRANSLATE_NOOP("AuditWords", "有人以账号 {title} 登录失败：{detail}"),
    E.LOGIN_COUNTER_TAMPERED: QT_TRANSLATE_NOOP("AuditWords", "登录失败记录（{title}）{problem}，所有账号暂时锁定{listed}"),
    E.LOGOUT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 退出"),
    E.LOCK: QT_TRANSLATE_NOOP("AuditWords", "{actor} 的窗口锁定了"),
    E.UNLOCK: QT_TRANSLATE_NOOP("AuditWords", "{actor} 解锁了窗口"),
    E.RECOVERY_USED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 用恢复密钥重设了账号 {title} 的密码"),
    E.ACCOUNT_ADDED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 新增了账号 {title}，角色为{role}"),
    E.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 停用了账号 {title}"),
    E.ACCOUNT_ENABLED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 恢复了账号 {title}"),
    E.ACCOUNT_REMOVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 删除了账号 {title}"),
    E.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了自己的密码"),
    E.REKEY: QT_TRANSLATE_NOOP("AuditWords", "{actor} 更换了数据密钥（第 {epoch} 代）"),
    E.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了设置 {title}：{detail}"),
    E.MIGRATED: QT_TRANSLATE_NOOP("AuditWords", "数据库升级到第 {title} 版"),
    E.WRITE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了数据：{title} {detail}"),
    E.UNMASK: QT_TRANSLATE_NOOP("AuditWords", "{actor} 查看了完整信息：{title} {detail}"),
    E.PRINT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了 {title}：{detail}"),
    E.EXPORT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导出了 {title}：{detail}"),
    E.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 校验了审计日志（{count} 条）：{outcome}"),
    E.AUDIT_HEAD_READ: QT_TRANSLATE_NOOP("AuditWords", "{actor} 读取了审计链头：第 {count} 条，摘要 {digest}"),
    E.AUDIT_RECHAINED: QT_TRANSLATE_NOOP("AuditWords", "审计日志改为 SM3 哈希链（{count} 条）"),
    E.DEMO_GENERATED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 生成了演示数据（{count} 人）"),
    E.PERMISSION_DENIED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想{permission}，没有权限，被拒绝"),
    E.BACKUP: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把数据备份到 {title}"),
    E.RESTORE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 从备份 {title} 恢复了数据"),
    E.INTEGRITY_CHECKED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 检查了数据库：{detail}"),
    E.CERT_OVERRIDE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 准许未持证的网格员 {title} {act}，理由：{reason}"),
    E.ACCOUNT_GRIDS: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把账号 {title} 负责的网格设为：{grids}"),
    E.ACCOUNT_MEMBER: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把账号 {title} 关联到网格员 {member}"),
    E.SET_CALENDAR: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了工作日历：{day} {kind}"),
    E.SET_CATEGORY: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把事件类别“{name}”的办理时限设为 {days} 天"),
    E.SET_TRAINING_RULES: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了 {year} 年的培训要求"),
    E.SET_TASK_TYPE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了准入清单的任务类型：{detail}"),
    E.SET_VISIT_FREQUENCY: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把{group}的走访周期设为 {days} 天"),
    E.SET_PRINTING: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了打印设置"),
    E.SET_BACKUP_KEEP: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把备份保留份数设为 {count}"),
    E.SET_TOWNSHIP_KEY: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了乡镇的签名公钥"),
    E.RESIDENT_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记或修改了居民 {title} 的信息"),
    E.RESIDENT_STATUS: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把居民 {title} 登记为{status}：{reason}"),
    E.KEY_GROUP: QT_TRANSLATE_NOOP("AuditWords", "{actor} 修改了居民 {title} 的重点人群标记：{group}"),
    E.GRID_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记或修改了网格 {title}"),
    E.GRID_IMAGE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 更换了网格 {title} 的{which}"),
    E.MEMBER_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记或修改了网格员 {title}（{role}）"),
    E.MEMBER_PHOTO: QT_TRANSLATE_NOOP("AuditWords", "{actor} 更换了网格员 {title} 的照片"),
    E.MEMBER_LEFT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记网格员 {title} 于 {on} 离岗"),
    E.PLACE_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记或修改了场所 {title}"),
    E.TRAINING_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记或修改了培训 {title}"),
    E.TRAINING_DELETED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 删除了培训 {title}"),
    E.ATTENDANCE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了培训 {title} 的出勤（{count} 人）"),
    E.CERTIFICATE_SAVED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 为网格员 {title} 登记了证书 {number}"),
    E.CERTIFICATE_DELETED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 删除了证书 {title}"),
    E.CASE_REPORTED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 上报了事件“{title}”"),
    E.CASE_STEP: QT_TRANSLATE_NOOP("AuditWords", "{actor} 办理了事件 {title}：{step}"),
    E.CASE_APPROVAL: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了事件 {title} 的审批环节：{stage}"),
    E.CASE_NOTICE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了事件 {title} 的公示"),
    E.VISIT_LOGGED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了 {title} 的走访（{on}）"),
    E.VISIT_FINDING_CASE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把走访 {title} 发现的问题转为事件 {case}"),
    E.IMPORTED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导入了台账（{kind}）：{detail}"),
    E.RECEIPT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 登记了乡镇的回执：{detail}"),
    E.RECEIPT_REFUSED: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导入的回执被拒绝：{detail}"),
    E.UNMASK_RESIDENT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 查看了居民 {title} 的完整身份证号和电话，理由：{reason}"),
    E.UNMASK_ATTACHMENT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 查看了 {title} 的附件 {file}"),
    E.UNMASK_LEDGER: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印不遮蔽的台账“{ledger}”（{title}），理由：{reason}"),
    E.UNMASK_AUDIT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 查看了审计日志中未遮蔽的姓名和号码，理由：{reason}"),
    E.PRINT_SIGNS: QT_TRANSLATE_NOOP("AuditWords", "{actor} 为 {title} 打印了网格公示牌（{detail}）"),
    E.PRINT_CARDS: QT_TRANSLATE_NOOP("AuditWords", "{actor} 为 {title} 打印了联系卡（{detail}）"),
    E.PRINT_LEDGER: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了台账“{ledger}”（{title}）：{detail}"),
    E.PRINT_CASE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了事件 {title} 的{what} {file}"),
    E.PRINT_HANDOVER: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了档案批次 {title} 的移交登记表（{detail}）"),
    E.PRINT_AUDIT_HEAD: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了审计链头记录（{detail}）"),
    E.EXPORT_ATTACHMENT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 把 {title} 的附件 {file} 另存到 {to}"),
    E.EXPORT_TRAINING: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导出了 {year} 年的{which}（{count} 行）到 {file}"),
    E.EXPORT_ROSTER: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导出了{kind}（{count} 行）到 {file}{unmasked}"),
    E.EXPORT_ARCHIVE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 导出了档案批次 {title}：{detail}"),
    E.DENIED_CASE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想办理事件 {title}（{permission}），没有权限，被拒绝"),
    E.DENIED_GRID: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想动网格 {title} 的数据，不在其负责范围，被拒绝"),
    E.DENIED_SETTING: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想修改设置 {title}，没有权限，被拒绝：{detail}"),
    E.DENIED_CASE_OUTSIDE: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想办理事件 {title}，不在其负责范围，被拒绝"),
    E.DENIED_VISIT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 想查看走访 {title} 的附件，不在其负责范围，被拒绝"),
    E.PRINT_REPORT: QT_TRANSLATE_NOOP("AuditWords", "{actor} 打印了{report}：{detail}"),
}

_DELETED = QT_TRANSLATE_NOOP("AuditWords", "{0}（已删除）")
_DELETED_BARE = QT_TRANSLATE_NOOP("AuditWords", "编号 {0}（已删除）")
_ALL_GRIDS = QT_TRANSLATE_NOOP("AuditWords", "所有网格")
_SYSTEM = QT_TRANSLATE_NOOP("AuditWords", "系统")
_UNMASKED_EXPORT = QT_TRANSLATE_NOOP("AuditWords", "，未遮蔽")
_STATUS = {"active": QT_TRANSLATE_NOOP("AuditWords", "在册"), "moved_out": QT_TRANSLATE_NOOP(_C, "迁出"),
           "deceased": QT_TRANSLATE_NOOP("AuditWords", "死亡")}
_STAGES = {"village": QT_TRANSLATE_NOOP("AuditWords", "村受理"), "township": QT_TRANSLATE_NOOP(_C, "镇审核"),
           "district": QT_TRANSLATE_NOOP("AuditWords", "区审批")}
_CERT_ACTS = {"assign": QT_TRANSLATE_NOOP("AuditWords", "承办案件"), "visit": QT_TRANSLATE_NOOP(_C, "登记走访和巡查"),
              "sign": QT_TRANSLATE_NOOP("AuditWords", "印在网格公示牌上")}
_IMAGES = {"map": QT_TRANSLATE_NOOP("AuditWords", "网格地图"), "qr": QT_TRANSLATE_NOOP(_C, "微信群二维码")}
_TRAINING_EXPORTS = {"register": QT_TRANSLATE_NOOP("AuditWords", "培训登记表"),
                     "compliance": QT_TRANSLATE_NOOP("AuditWords", "培训达标情况表")}
_CALENDAR = {"holiday": QT_TRANSLATE_NOOP("AuditWords", "设为节假日"), "workday": QT_TRANSLATE_NOOP(_C, "设为调休上班日"),
             "removed": QT_TRANSLATE_NOOP("AuditWords", "恢复为平常日子")}
_FORMS = {"filing_form": QT_TRANSLATE_NOOP("AuditWords", "立案登记表"), "case_file": QT_TRANSLATE_NOOP("AuditWords", "结案卷宗"),
          "slip": QT_TRANSLATE_NOOP("AuditWords", "上报单"), "public_notice": QT_TRANSLATE_NOOP("AuditWords", "公示")}
_REPORTS = {"visit week report": QT_TRANSLATE_NOOP("AuditWords", "{0} 起一周的走访周报"),
            "training register": QT_TRANSLATE_NOOP("AuditWords", "{0} 年的培训登记表")}
# Why a login failed (access._fail), and what was wrong with the failed-login counter (security.lockout).
_LOGIN_REASONS = {"wrong_password": QT_TRANSLATE_NOOP("AuditWords", "密码错误"),
                  "no_account": QT_TRANSLATE_NOOP("AuditWords", "没有这个账号")}
_COUNTER_PROBLEMS = {"missing": QT_TRANSLATE_NOOP("AuditWords", "不见了"),
                     "unreadable": QT_TRANSLATE_NOOP("AuditWords", "无法读取"),
                     "shape": QT_TRANSLATE_NOOP("AuditWords", "格式不对"),
                     "implausible": QT_TRANSLATE_NOOP("AuditWords", "内容不合常理"),
                     "unauthenticated": QT_TRANSLATE_NOOP("AuditWords", "校验不通过"),
                     "altered": QT_TRANSLATE_NOOP("AuditWords", "被改动过")}
_LISTED = QT_TRANSLATE_NOOP("AuditWords", "；其中列出的 {0} 次登录失败不予采信")
# The ledgers printed, exported and imported (services.roster_columns.TITLES' keys).
_LEDGERS = {"residents": QT_TRANSLATE_NOOP("AuditWords", "人口信息台账"),
            "households": QT_TRANSLATE_NOOP("AuditWords", "户信息台账"),
            "team": QT_TRANSLATE_NOOP("AuditWords", "网格队伍花名册"),
            "keygroup": QT_TRANSLATE_NOOP("AuditWords", "重点人群登记表"),
            "rentals": QT_TRANSLATE_NOOP("AuditWords", "出租房信息登记表")}
_REGISTER = QT_TRANSLATE_NOOP("AuditWords", "{0}登记表")
_OUTCOME_OK = QT_TRANSLATE_NOOP("AuditWords", "完好")
_OUTCOME_BROKEN = QT_TRANSLATE_NOOP("AuditWords", "第 {0} 条起不符")
# What the print preview records ("printed 2 pages on HP", "saved to x.pdf"), in words.
_PRINTED_ON = QT_TRANSLATE_NOOP("AuditWords", "在 {1} 上打印了 {0} 页")
_SAVED_TO = QT_TRANSLATE_NOOP("AuditWords", "另存为 {0}")
_ROWS_PAGES = QT_TRANSLATE_NOOP("AuditWords", "{0} 行，{1} 页")
_CARDS = QT_TRANSLATE_NOOP("AuditWords", "{0} 张")
_HOW = ((re.compile(r"printed (\d+) pages on (.+?)$"), _PRINTED_ON), (re.compile(r"saved to (.+?)$"), _SAVED_TO),
        (re.compile(r"(\d+) rows, (\d+) pages"), _ROWS_PAGES), (re.compile(r"(\d+) cards\b"), _CARDS))
_PERMISSIONS = {
    Permission.VIEW_ROSTER: QT_TRANSLATE_NOOP("AuditWords", "查看网格、人口和场所"),
    Permission.VIEW_CASES: QT_TRANSLATE_NOOP("AuditWords", "查看事件"),
    Permission.VIEW_SENSITIVE: QT_TRANSLATE_NOOP("AuditWords", "查看敏感的重点人群"),
    Permission.UNMASK: QT_TRANSLATE_NOOP("AuditWords", "查看完整的身份证号和电话"),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP("AuditWords", "查看审计日志"),
    Permission.EDIT_ROSTER: QT_TRANSLATE_NOOP("AuditWords", "修改网格、人口和场所信息"),
    Permission.LOG_VISITS: QT_TRANSLATE_NOOP("AuditWords", "登记走访、巡查和民情日志"),
    Permission.REVIEW_LOGS: QT_TRANSLATE_NOOP("AuditWords", "审阅网格员的民情日志"),
    Permission.TRAINING: QT_TRANSLATE_NOOP("AuditWords", "登记培训和证书"),
    Permission.PRINT: QT_TRANSLATE_NOOP("AuditWords", "打印"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("AuditWords", "导出数据"),
    Permission.CASE_REPORT: QT_TRANSLATE_NOOP("AuditWords", "上报问题"),
    Permission.CASE_FILE: QT_TRANSLATE_NOOP("AuditWords", "立案"),
    Permission.CASE_ASSIGN: QT_TRANSLATE_NOOP("AuditWords", "派遣案件"),
    Permission.CASE_WORK: QT_TRANSLATE_NOOP("AuditWords", "登记调查落实和处理结果"),
    Permission.CASE_RETURN: QT_TRANSLATE_NOOP("AuditWords", "退回案件"),
    Permission.CASE_REVISIT: QT_TRANSLATE_NOOP("AuditWords", "登记回访"),
    Permission.CASE_APPROVAL: QT_TRANSLATE_NOOP("AuditWords", "登记审批"),
    Permission.CASE_ACCEPTANCE: QT_TRANSLATE_NOOP("AuditWords", "登记村受理"),
    Permission.CASE_NOTICE: QT_TRANSLATE_NOOP("AuditWords", "登记公示"),
    Permission.DELETE_RECORDS: QT_TRANSLATE_NOOP("AuditWords", "删除误录的记录"),
    Permission.CERT_OVERRIDE: QT_TRANSLATE_NOOP("AuditWords", "准许未持证人员临时上岗"),
    Permission.EDIT_RULES: QT_TRANSLATE_NOOP("AuditWords", "修改规则"),
    Permission.MANAGE_ACCOUNTS: QT_TRANSLATE_NOOP("AuditWords", "管理账号"),
    Permission.SETTINGS: QT_TRANSLATE_NOOP("AuditWords", "修改设置"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("AuditWords", "备份"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP("AuditWords", "恢复备份和管理备份"),
}

# Permissions that are one case step: named by the step's own button word (domain/step_words.py).
_STEP_PERMISSIONS = {
    Permission.CASE_SELF_SOLVE: CaseAction.SELF_SOLVE, Permission.CASE_REQUEST_EXTENSION: CaseAction.REQUEST_EXTENSION,
    Permission.CASE_ESCALATE: CaseAction.ESCALATE, Permission.CASE_CLOSE: CaseAction.CLOSE,
    Permission.CASE_NOTE: CaseAction.NOTE, Permission.CASE_APPROVE_EXTENSION: CaseAction.APPROVE_EXTENSION,
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text) if text else ""


def permission_words(permission: Permission) -> str:
    if permission in _STEP_PERMISSIONS:
        return case_words.button_label(_STEP_PERMISSIONS[permission])
    return _t(_PERMISSIONS[permission])


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return ""


def actor(entry) -> str:
    """'主任 王芳': the role as the account has it now, then its name."""
    if entry.account == "system":
        return _t(_SYSTEM)
    try:
        return f"{role_label(Role(entry.role))} {entry.actor}"
    except ValueError:
        return entry.actor


def title(entry) -> str:
    if entry.deleted:
        return _t(_DELETED).format(entry.title) if entry.title else _t(_DELETED_BARE).format(entry.key)
    if not entry.title and entry.event in (E.PRINT_SIGNS, E.PRINT_CARDS, E.PRINT_LEDGER, E.UNMASK_LEDGER):
        return _t(_ALL_GRIDS)
    return entry.title


def _word(table: dict, value: str) -> str:
    return _t(table[value]) if value in table else value


def _ledger(value: str) -> str:
    """A ledger's kind in words; a key group's own register ("keygroup:released") by its group."""
    kind, _, group = value.partition(":")
    if kind == "keygroup" and group in {g.value for g in KeyGroup}:
        return _t(_REGISTER).format(key_group_label(KeyGroup(group)))
    return _word(_LEDGERS, value)


def _how(text: str) -> str:
    for pattern, words in _HOW:
        text = pattern.sub(lambda m, w=words: _t(w).format(*m.groups()), text)
    return text


def _facts(entry) -> _Facts:
    f = _Facts(entry.facts)
    ev = entry.event
    for name in ("detail", "file"):
        if f.get(name):
            f[name] = _how(f[name])
    if ev is E.PRINT_CASE:
        f["what"] = _word(_FORMS, f["what"])
    elif ev in (E.EXPORT_ROSTER, E.IMPORTED):
        f["kind"] = _ledger(f["kind"])
    elif ev in (E.PRINT_LEDGER, E.UNMASK_LEDGER):
        f["ledger"] = _ledger(f["ledger"])
    elif ev is E.INTEGRITY_CHECKED and f["detail"] == "ok":
        f["detail"] = _t(_OUTCOME_OK)
    elif ev is E.LOGIN_FAILED:
        f["detail"] = _word(_LOGIN_REASONS, f["detail"])
    elif ev is E.LOGIN_COUNTER_TAMPERED:
        f["problem"] = _word(_COUNTER_PROBLEMS, f["problem"])
        f["listed"] = _t(_LISTED).format(f["listed"]) if f["listed"] else ""
    elif ev is E.PRINT_REPORT:
        f["report"] = _t(_REPORTS[f["report"]]).format(f["when"]) if f["report"] in _REPORTS else f["report"]
    elif ev is E.AUDIT_VERIFIED:
        outcome = f["outcome"]
        f["outcome"] = (_t(_OUTCOME_OK) if outcome == "ok" else _t(_OUTCOME_BROKEN).format(outcome.split()[-1])
                        if outcome.startswith("broken at ") else outcome)
    if ev is E.CASE_STEP:
        f["step"] = case_words.action_label(f["step"]) if f["step"] in CaseAction._value2member_map_ else f["step"]
    elif ev is E.ACCOUNT_ADDED:
        f["role"] = role_label(Role(f["role"])) if f["role"] in Role._value2member_map_ else f["role"]
    elif ev is E.RESIDENT_STATUS:
        f["status"] = _word(_STATUS, f["status"])
    elif ev is E.KEY_GROUP:
        group = f["detail"].split(" ", 1)[0]
        f["group"] = key_group_label(KeyGroup(group)) if group in KeyGroup._value2member_map_ else f["detail"]
    elif ev is E.SET_VISIT_FREQUENCY:
        f["group"] = key_group_label(KeyGroup(f["group"])) if f["group"] in KeyGroup._value2member_map_ else f["group"]
    elif ev is E.CASE_APPROVAL:
        f["stage"] = _word(_STAGES, f["stage"])
    elif ev is E.CERT_OVERRIDE:
        f["act"] = _word(_CERT_ACTS, f["act"])
    elif ev is E.GRID_IMAGE:
        f["which"] = _word(_IMAGES, f["which"])
    elif ev is E.MEMBER_SAVED:
        f["role"] = team_role_label(TeamRole(f["role"])) if f["role"] in TeamRole._value2member_map_ else f["role"]
    elif ev is E.EXPORT_TRAINING:
        f["which"] = _word(_TRAINING_EXPORTS, f["which"])
    elif ev is E.EXPORT_ROSTER:
        f["unmasked"] = _t(_UNMASKED_EXPORT) if f["unmasked"] else ""
    elif ev is E.SET_CALENDAR:
        f["kind"] = _word(_CALENDAR, f["kind"])
    elif ev in (E.PERMISSION_DENIED, E.DENIED_CASE):
        try:
            f["permission"] = permission_words(Permission(f["permission"]))
        except (KeyError, ValueError):
            pass
    return f


def sentence(entry) -> str:
    """The row as a person reads it. Trailing separators of facts the row lacks are dropped."""
    f = _facts(entry)
    f["actor"], f["title"] = actor(entry), title(entry)
    text = _t(SENTENCES[entry.event]).format_map(f)
    return text.rstrip(" ：:，,").replace("（）", "").replace("()", "").strip()
