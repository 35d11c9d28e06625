"""Backups, restore and the audit log: making a keyed copy and checking it, putting a backup back,
the number of backups kept, and the reason for unmasking the log (services/backups.py,
services/restore.py, storage/backup.py, services/audit.py)."""

ENTRIES = {
    # Making a keyed copy of the live database (storage/backup.py); `os_error` is SQLite's own text
    "backup_failed.full": ("备份没有完成：磁盘或 U 盘已满。请腾出空间或换一个 U 盘再备份。原数据没有改动。",
                           "The backup did not finish: the disk or USB stick is full. Make room or use another "
                           "USB stick, then back up again. The data itself was not changed."),
    "backup_failed.write": ("备份没有完成：写入时出错（{os_error}）。U 盘可能被拔出、损坏或只读。请检查后重新备份。"
                            "原数据没有改动。",
                            "The backup did not finish: writing failed ({os_error}). The USB stick may have been "
                            "pulled out, be damaged or be read-only. Check it and back up again. The data itself "
                            "was not changed."),
    "backup_failed.other": ("备份没有完成（{os_error}）。原数据没有改动。",
                            "The backup did not finish ({os_error}). The data itself was not changed."),
    # The place chosen for the backups is a stick or another disk that is not there now
    "backup_failed.not_plugged": ("备份位置 {folder} 在 U 盘或另一块磁盘上，现在找不到它。请插上它再备份，"
                                  "或者换一个备份位置。没有备份到这台电脑上代替。",
                                  "The backup place {folder} is on a USB stick or another disk that cannot be "
                                  "found now. Plug it in and back up again, or choose another place. Nothing was "
                                  "backed up to this PC instead."),
    # Checking a copy at rest; `detail` is what SQLite's checks said, as they said it
    "backup_failed.check": ("备份文件校验没有通过：{detail}", "The backup file failed its check: {detail}"),
    "backup_failed.damaged": ("这份备份文件已损坏，打不开。请换一份备份恢复。原数据没有改动。",
                              "This backup file is damaged and cannot be opened. Restore another backup. The data "
                              "itself was not changed."),
    "backup_failed.counts": ("备份文件的记录数与原库不一致。",
                             "The backup file does not hold the same number of records as the database it was "
                             "made from."),
    "backup_failed.unsettled": ("恢复用的副本还有没写入的日志，已停止恢复。原数据没有改动。",
                                "The copy made for the restore still has a journal not written into it, so the "
                                "restore was stopped. The data itself was not changed."),
    # Putting a backup back (services/restore.py)
    "backup_too_new.version": ("这个备份由更新版本的 GridDesk（{version}）制作，本机是 {this_version}。"
                               "请先把本机的 GridDesk 升级到 {version} 或更新的版本，再恢复。",
                               "This backup was made by a newer GridDesk ({version}); this PC has {this_version}. "
                               "Update GridDesk on this PC to {version} or later first, then restore it."),
    "db_foreign.backup": ("这个备份属于另一个中心（{name}），不会用它覆盖本中心的数据。",
                          "This backup belongs to another centre ({name}); it will not replace this centre's "
                          "data."),
    "backup_needs_password.rekeyed": ("这个备份制作后更换过数据密钥（删除过账号）。请输入备份当时您的密码。",
                                      "The data key was changed after this backup was made (an account was "
                                      "removed). Enter the password you had when the backup was made."),
    "backup_failed.copy": ("复制备份时出错（{os_error}）。原数据没有改动。",
                           "Copying the backup failed ({os_error}). The data itself was not changed."),
    "backup_failed.db_here": ("这里已经有一个数据库。请登录后在“设置 → 备份与恢复”里恢复，它会先备份现有数据。",
                              "There is already a database here. Log in and restore from Settings → Backup and "
                              "restore, which backs up the present data first."),
    # Settings of the backups (services/backups.py)
    "backups.keep_range": ("保留的备份份数应在 2 到 99 之间。",
                           "The number of backups kept should be between 2 and 99."),
    # The audit log (services/audit.py)
    "audit.unmask_reason": ("查看完整信息需要写明理由。", "Viewing the full details needs a reason written down."),
}
