"""The township's administration on the command line (issue 21's open findings): its 准入清单
(task types), removing staff, new passwords and the database roles' grants."""

ENTRIES = {
    "township.task_types.empty": ("准入清单至少要有一个任务类型。", "The admission list needs at least one task type."),
    "township.task_types.too_many": ("准入清单最多 {limit} 个任务类型（给了 {count} 个），没有保存。",
                                     "The admission list has at most {limit} task types ({count} were given); nothing "
                                     "was saved."),
    "township.task_types.blank": ("第 {n} 个任务类型是空的：请写上名称或去掉它。清单没有保存。",
                                  "Task type {n} is empty: write its name or leave it out. The list was not saved."),
    "township.task_types.long": ("任务类型“{name}”有 {length} 个字，最多 {limit} 个；没有截断，请改短。清单没有保存。",
                                 "The task type \u201c{name}\u201d has {length} characters, at most {limit}; it was not "
                                 "cut, please shorten it. The list was not saved."),
    "township.task_types.twice": ("任务类型“{name}”与“{value}”重复（只差空格或全角半角），每个类型只写一次。清单没有保存。",
                                  "The task type \u201c{name}\u201d repeats \u201c{value}\u201d (they differ only in "
                                  "spaces or character width); write each type once. The list was not saved."),
    "township.staff.unknown": ("没有在用的账号 {username}。", "There is no account {username} in use."),
    "township.staff.last_director": ("{username} 是最后一位主任，不能删除：请先添加另一位主任（staff add --role director），"
                                     "再删除这个账号。",
                                     "{username} is the last director and cannot be removed: add another director "
                                     "first (staff add --role director), then remove this account."),
    "township.staff.no_db_role": ("账号 {username} 没有绑定数据库角色，无法修改密码。",
                                  "Account {username} has no database role; there is no password to change."),
    "township.staff.cannot_alter_role": ("你的数据库角色 {own} 不能修改角色 {role} 的密码（需要 CREATEROLE）。请服务器管理员"
                                         "运行 ALTER ROLE {role} PASSWORD …，或给 {own} 授予 CREATEROLE 后再做。",
                                         "Your database role {own} may not change the password of role {role} (that "
                                         "needs CREATEROLE). Ask the server's administrator to run ALTER ROLE {role} "
                                         "PASSWORD …, or to grant {own} CREATEROLE, then do it again."),
    "township.grants.file": ("文件库没有数据库角色，不需要授权：每个账号用自己的密码打开数据库。",
                             "A township on a file has no database roles to grant: each account opens it with its "
                             "own password."),
    "cli.township.task_types_head": ("准入清单（{which}，共 {count} 个任务类型）：",
                                     "Task admission list ({which}, {count} task types):"),
    "cli.township.task_types_default": ("默认清单", "the default list"),
    "cli.township.task_types_own": ("本乡镇设定的清单", "this township's own list"),
    "cli.township.task_types_row": ("  {n}. {name}", "  {n}. {name}"),
    "cli.township.task_types_set": ("准入清单已更新，共 {count} 个任务类型；已保存的任务不变。",
                                    "The admission list is updated: {count} task types; tasks already kept are "
                                    "unchanged."),
    "cli.township.staff_removed": ("账号 {username} 已删除（不能再登录；审计日志里仍保留它的名字）。",
                                   "Account {username} is removed (it can no longer log in; the audit log keeps its "
                                   "name)."),
    "cli.township.staff_role_closed": ("数据库角色 {role} 已收回乡镇数据表的权限，并已禁止登录（NOLOGIN）。",
                                       "Database role {role} lost its rights on the township's tables and may no longer "
                                       "log in (NOLOGIN)."),
    "cli.township.staff_role_open": ("数据库角色 {role} 已收回乡镇数据表的权限；你的角色不能禁用它的登录，"
                                     "请服务器管理员运行 ALTER ROLE {role} NOLOGIN（或 DROP ROLE {role}）。",
                                     "Database role {role} lost its rights on the township's tables; your role cannot "
                                     "close its login: ask the server's administrator to run ALTER ROLE {role} NOLOGIN "
                                     "(or DROP ROLE {role})."),
    "cli.township.staff_role_kept": ("数据库角色 {role} 未改动（它拥有乡镇的数据表，或仍有其他账号在用）。",
                                     "Database role {role} was left as it is (it owns the township's tables, or another "
                                     "account still uses it)."),
    "cli.township.staff_password": ("账号 {username} 的密码已更改。", "Account {username}'s password is changed."),
    "cli.township.staff_password_pg": ("账号 {username} 的数据库角色 {role} 的密码已更改（服务器只收到了它的 SCRAM 校验值）。"
                                       "请把新密码告诉本人，由他写进自己的 ~/.pgpass 或 PGPASSWORD。",
                                       "The password of account {username}'s database role {role} is changed (the "
                                       "server was sent only its SCRAM verifier). Tell the person the new password, to "
                                       "put in their own ~/.pgpass or PGPASSWORD."),
    "cli.township.grants_done": ("已按角色重新授权 {count} 个数据库角色：", "Granted {count} database roles anew, by role:"),
    "cli.township.grants_row": ("  {username}（{role}）：{db_role}", "  {username} ({role}): {db_role}"),
}
