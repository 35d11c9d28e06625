"""Opening the database and the key file, logging in, passwords, the recovery key."""

ENTRIES = {
    "error": ("出现了错误。", "Something went wrong."),
    "unexpected": ("出现了意外错误：{error}。您的数据没有丢失。请记下这句话并联系技术支持。",
                   "Something unexpected went wrong: {error}. No data was lost. Please note this message "
                   "and contact support."),
    # The database file
    "db_missing": ("找不到数据库文件。请把备份（数据目录下的 backups 文件夹）复制回原处，不要重新建库，以免覆盖。",
                   "The database file is missing. Copy a backup (the backups folder in the data folder) back "
                   "into place; do not set up a new database over it."),
    "db_empty": ("数据库文件是空的（0 字节），可能是复制时中断了。请用备份恢复。",
                 "The database file is empty (0 bytes), perhaps from an interrupted copy. Restore it from a backup."),
    "db_plain": ("选中的文件是一个未加密的 SQLite 文件，不是 GridDesk 数据库。",
                 "The chosen file is an unencrypted SQLite file, not a GridDesk database."),
    "db_wrong_key": ("钥匙不对，或者这不是本中心的数据库。请确认数据库文件和钥匙文件来自同一个中心。",
                     "The key does not fit, or this is not this centre's database. Make sure the database and "
                     "the key file come from the same centre."),
    "db_wrong_key.key": ("密钥不对，或者这不是本中心的数据库。请确认数据库文件和钥匙文件来自同一个中心。",
                         "The key does not fit, or this is not this centre's database. Make sure the database "
                         "and the key file come from the same centre."),
    "db_foreign": ("这个数据库属于另一个中心，与本机的钥匙文件不匹配。",
                   "This database belongs to another centre and does not match this PC's key file."),
    "db_damaged": ("数据库文件已损坏，打不开。请从备份恢复；现在的文件会先另存一份。",
                   "The database file is damaged and cannot be opened. Restore it from a backup; the present "
                   "file is saved aside first."),
    "db_damaged.read_only": (
        "数据库检查发现损坏，已进入只读模式：可以查看和导出，不能修改。请到“设置 → 备份与恢复”从最近的备份恢复。",
        "A check found damage in the database, so it is now read-only: you can look and export but not "
        "change anything. Restore the latest backup in Settings → Backup and restore."),
    "read_only": ("数据库现在是只读的：可以查看和导出，不能修改。", "The database is read-only now: you can look and "
                  "export but not change anything."),
    "schema_too_new": ("这个数据库由更新版本的 GridDesk 创建。请先升级本软件再打开。",
                       "This database was made by a newer GridDesk. Update GridDesk first, then open it."),
    "migration_failed": ("数据库升级失败：升级没有完成，原数据没有改动，升级前的备份已保存在 backups 文件夹。请联系技术支持。",
                         "The database upgrade did not finish. Your data is unchanged and a backup from before "
                         "the upgrade is in the backups folder. Please contact support."),
    "already_open": ("GridDesk 已经在这台电脑上打开了这个数据库（可能在另一个窗口，或另一个 Windows 用户下）。"
                     "请切换到那个窗口；如果确定没有打开，请重启电脑后再试。",
                     "GridDesk already has this database open on this PC (perhaps in another window or under "
                     "another Windows user). Switch to that window; if you are sure it is not open, restart "
                     "the PC and try again."),
    "already_initialised": ("这台电脑上已经建过本中心的数据库。", "This PC already holds a centre's database."),
    # The key file
    "keys_missing": ("找不到钥匙文件（.keys）。请从备份恢复，同目录下的 .keys.bak 也可以。",
                     "The key file (.keys) is missing. Restore it from a backup; the .keys.bak beside it also works."),
    "keys_damaged": ("钥匙文件（.keys）已损坏或被改动。请用同目录下的 .keys.bak 或备份恢复，或联系管理员。",
                     "The key file (.keys) is damaged or was altered. Restore it from the .keys.bak beside it "
                     "or from a backup, or ask your administrator."),
    "keys_weak_kdf": ("钥匙文件中的密码保护强度被调低了，已拒绝使用。请从备份恢复钥匙文件。",
                      "The password protection in the key file was weakened, so it was refused. Restore the key "
                      "file from a backup."),
    "keys_kdf_too_large": ("钥匙文件中的密码保护参数大得不合理（可能被改动过），已拒绝使用。请用同目录下的 .keys.bak "
                           "或备份恢复钥匙文件。",
                           "The password protection settings in the key file are unreasonably large (the file "
                           "may have been altered) and were refused. Restore the key file from the .keys.bak "
                           "beside it or from a backup."),
    # Logging in
    "bad_credentials": ("用户名或密码不对。", "Wrong user name or password."),
    "bad_credentials.remaining": ("用户名或密码不对，还可以再试 {remaining} 次。",
                                  "Wrong user name or password; {remaining} tries left."),
    "bad_credentials.username_unreadable": ("用户名含有无法识别的字符。",
                                            "The user name holds characters that cannot be read."),
    "bad_credentials.not_remembered": ("这台电脑上没有记住这个账号，请输入密码。",
                                       "This PC does not remember this account; enter the password."),
    "bad_credentials.recovery_key": ("恢复密钥不对。", "The recovery key is wrong."),
    "bad_credentials.backup_password": ("密码不对：请输入制作这个备份时您的账号密码。",
                                        "Wrong password: enter the password your account had when this backup "
                                        "was made."),
    "account_locked": ("连续输错 5 次，这个账号已锁定 15 分钟。请稍后再试，或请主任帮忙。",
                       "Five wrong tries in a row: this account is locked for 15 minutes. Try again later or ask "
                       "the director."),
    "account_locked.until": ("连续输错 {tries} 次，账号已锁定，请在 {at} 之后再试。",
                             "{tries} wrong tries in a row: the account is locked; try again after {at}."),
    "login_counter_tampered": ("登录失败记录缺失、损坏或被改动。为安全起见，所有账号锁定 15 分钟，请稍后再试；"
                               "这件事会在下次登录时记入审计日志。急需时可由主任用恢复密钥登录。",
                               "The record of failed logins is missing, damaged or altered. For safety every "
                               "account is locked for 15 minutes; please try again later. This will be written "
                               "to the audit log at the next login. In an emergency the director can log in with "
                               "the recovery key."),
    "account_disabled": ("这个账号已被停用。请联系主任。", "This account has been disabled. Please contact the director."),
    "session_locked": ("已锁定，请重新输入密码。", "Locked: enter your password again."),
    # Passwords and user names
    "password_rejected": ("密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类。",
                          "The password needs at least 8 characters from at least three of: upper case, lower "
                          "case, digits, symbols."),
    "password_rejected.too_short": ("密码至少 {limit} 位，并包含大写字母、小写字母、数字、符号中的至少三类。",
                                    "The password needs at least {limit} characters from at least three of: "
                                    "upper case, lower case, digits, symbols."),
    "password_rejected.too_long": ("密码不能超过 {limit} 个字符。", "The password may have at most {limit} characters."),
    "password_rejected.classes": ("密码需包含大写字母、小写字母、数字、符号中的至少三类。",
                                  "The password needs at least three of: upper case, lower case, digits, symbols."),
    "username.length": ("用户名不能为空，且不超过 32 个字符。", "The user name must not be empty and may have at "
                        "most 32 characters."),
    "username.spaces": ("用户名不能包含空格或控制字符。", "The user name may not hold spaces or control characters."),
    # The recovery key
    "recovery_key.length": ("恢复密钥的长度不对，请逐组核对。",
                            "The recovery key has the wrong length; check it group by group."),
    "recovery_key.group": ("恢复密钥第 {group} 组有误，请核对这一组。",
                           "Group {group} of the recovery key is wrong; check that group."),
    "recovery_key.unreadable": ("恢复密钥无法识别，请逐组核对。",
                                "The recovery key cannot be read; check it group by group."),
}

ENTRIES.update({
    'keys_missing.named': ('找不到钥匙文件 {file}。请从备份恢复（同目录下可能有 {file}.bak）。',
        'The key file {file} is missing. Restore it from a backup (there may be a {file}.bak beside it).'),
    'db_missing.named': ('找不到数据库文件 {path}。请从备份恢复数据库，不要重新建库。',
        'The database file {path} is missing. Restore it from a backup; do not set up a new database.'),
    'already_initialised.here': ('这里已经有一个数据库：{path}。不会覆盖它。',
        'There is a database here already: {path}. It will not be overwritten.'),
    'login_counter_tampered.until': ('登录失败记录（{file}）缺失、损坏或被改动。为安全起见，所有账号锁定 15 分钟，请在 {at} 之后再试；这件事会在下次登录时记入审计日志。',
        'The record of failed logins ({file}) is missing, damaged or altered. For safety every account is locked for 15 minutes; try again after {at}. This will be written to the audit log at the next login.'),
    'account_locked.now': ('连续输错 5 次，账号已锁定 15 分钟。',
        'Five wrong tries in a row: the account is locked for 15 minutes.'),
    'db_wrong_key.this_pc': ('用这台电脑的钥匙打不开数据库文件：它不是本中心的数据库，或者已损坏。请从备份恢复；现在的文件会先另存一份。',
        "This PC's key does not open the database file: it is not this centre's database, or it is damaged. Restore it from a backup; the present file is saved aside first."),
})
