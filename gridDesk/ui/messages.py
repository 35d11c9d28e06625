"""Typed errors from the lower layers, in plain words with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import GridDeskError


_WORDS = {
    "account_locked": QT_TRANSLATE_NOOP("Messages", "连续输错 5 次，这个账号已锁定 15 分钟。请稍后再试，或请主任帮忙。"),
    "login_counter_tampered": QT_TRANSLATE_NOOP("Messages", "登录失败记录缺失、损坏或被改动。为安全起见，所有账号锁定 15 分钟，请稍后再试；这件事会在下次登录时记入审计日志。急需时可由主任用恢复密钥登录。"),
    "account_disabled": QT_TRANSLATE_NOOP("Messages", "这个账号已被停用。请联系主任。"),
    "db_missing": QT_TRANSLATE_NOOP("Messages", "找不到数据库文件。请把备份（数据目录下的 backups 文件夹）复制回原处，不要重新建库，以免覆盖。"),
    "db_empty": QT_TRANSLATE_NOOP("Messages", "数据库文件是空的（0 字节），可能是复制时中断了。请用备份恢复。"),
    "db_plain": QT_TRANSLATE_NOOP("Messages", "选中的文件是一个未加密的 SQLite 文件，不是 GridDesk 数据库。"),
    "db_wrong_key": QT_TRANSLATE_NOOP("Messages", "钥匙不对，或者这不是本中心的数据库。请确认数据库文件和钥匙文件来自同一个中心。"),
    "db_foreign": QT_TRANSLATE_NOOP("Messages", "这个数据库属于另一个中心，与本机的钥匙文件不匹配。"),
    "keys_missing": QT_TRANSLATE_NOOP("Messages", "找不到钥匙文件（.keys）。请从备份恢复，同目录下的 .keys.bak 也可以。"),
    "keys_damaged": QT_TRANSLATE_NOOP("Messages", "钥匙文件（.keys）已损坏或被改动。请用同目录下的 .keys.bak 或备份恢复。"),
    "keys_weak_kdf": QT_TRANSLATE_NOOP("Messages", "钥匙文件中的密码保护强度被调低了，已拒绝使用。请从备份恢复钥匙文件。"),
    "keys_kdf_too_large": QT_TRANSLATE_NOOP("Messages", "钥匙文件中的密码保护参数大得不合理（可能被改动过），已拒绝使用。请用同目录下的 .keys.bak 或备份恢复钥匙文件。"),
    "schema_too_new": QT_TRANSLATE_NOOP("Messages", "这个数据库由更新版本的 GridDesk 创建。请先升级本软件再打开。"),
    "migration_failed": QT_TRANSLATE_NOOP("Messages", "数据库升级没有完成，原数据没有改动，升级前的备份已保存在 backups 文件夹。请联系技术支持。"),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "您的角色没有这项权限。"),
    "password_rejected": QT_TRANSLATE_NOOP("Messages", "密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类。"),
    "session_locked": QT_TRANSLATE_NOOP("Messages", "已锁定，请重新输入密码。"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def explain(error: BaseException) -> str:
    """One or two sentences a village staff member can act on."""
    if not isinstance(error, GridDeskError):
        return QCoreApplication.translate("Messages", "出现了意外错误：{0}。您的数据没有丢失。请记下这句话并联系技术支持。").format(error)
    code = error.code
    if code == "bad_credentials":
        remaining = getattr(error, "remaining", 0)
        if remaining:
            return QCoreApplication.translate(
                "Messages", "用户名或密码不对，还可以再试 {0} 次。").format(remaining)
        return QCoreApplication.translate("Messages", "用户名或密码不对。")
    if code in _WORDS:
        return _t(_WORDS[code])
    return error.message
