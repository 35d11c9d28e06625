"""The command line (`griddesk ...`): what it prints for the user, its refusals and outcomes.
Said in `catalogue.cli_language()` (Chinese unless LC_ALL / LANG asks for English); argparse's help
text stays Chinese."""

from ..step_words import STATE_WORDS  # the steps' words are written once

_ROLES = {"director": ("主任", "director"), "staff": ("工作人员", "staff"), "grid_leader": ("网格长", "grid leader"),
          "grid_member": ("网格员", "grid member"), "auditor": ("审计员", "auditor")}
_KINDS = {"ordinary": ("一般事项", "ordinary"), "coordination": ("需协调事项", "needs coordination"),
          "emergency": ("紧急事项", "emergency"), "approval": ("需审批事项", "needs approval")}
_STATES = {state: (STATE_WORDS[state], english) for state, english in (
    ("reported", "reported"), ("filed", "filed"), ("assigned", "assigned"), ("in_progress", "in progress"),
    ("escalated", "escalated to the township"), ("returned", "returned"), ("feedback", "feedback"),
    ("closed", "closed"))}
_CLOCKS = {"overdue": ("已超期", "overdue"), "warning": ("快到期", "due soon"), "ok": ("在期限内", "on time"),
           "none": ("未计时", "not timed")}
# `griddesk status`: the dashboard's figures (services/status.py's keys)
_STATUS = {
    "grids": ("网格", "Grids"), "households": ("户", "Households"), "residents": ("人口", "Residents"),
    "team": ("网格队伍", "Grid team"), "cases_open": ("在办案件", "Open cases"), "cases_overdue": ("已超期", "Overdue"),
    "cases_warning": ("即将到期（已用七成时限）", "Due soon (70% of the time used)"),
    "cases_due_this_week": ("本周到期", "Due this week"),
    "emergencies_unescalated": ("紧急事项未上报", "Emergencies not escalated"),
    "grids_not_fully_visited": ("本周未走访完的网格", "Grids not fully visited this week"),
    "key_groups_due": ("到了走访时间的重点人群", "Key-group people due a visit"),
    "training_short": ("本年培训未达标的网格员", "Grid members short of this year's training"),
    "uncertified": ("未持证的网格员", "Grid members not certified"),
    "certificates_expiring": ("60 天内到期的证书", "Certificates expiring within 60 days"),
    "cert_overrides": ("持证上岗例外", "Certification exceptions"),
    "task_exceptions": ("不在准入清单上的乡镇交办任务", "Township tasks not on the admission list"),
    "holidays_to_enter": ("待录入法定节假日的年份（0：无）", "Year whose official holidays are to be entered (0: none)"),
}

# `griddesk backup`/`restore`: what a backup holds (domain/backups.py's SHOWN_COUNTS)
_COUNTS = {"residents": ("居民", "residents"), "households": ("户", "households"), "grids": ("网格", "grids"),
           "team_members": ("网格队伍", "grid team"), "cases": ("事件", "cases"), "visits": ("走访", "visits"),
           "training_sessions": ("培训", "training sessions"), "attachments": ("附件", "attachments")}

ENTRIES = {
    **{f"cli.backup.count.{k}": (f"{zh} {{count}}", f"{en} {{count}}") for k, (zh, en) in _COUNTS.items()},
    **{f"cli.role.{k}": v for k, v in _ROLES.items()},
    **{f"cli.kind.{k}": v for k, v in _KINDS.items()},
    **{f"cli.state.{k}": v for k, v in _STATES.items()},
    **{f"cli.clock.{k}": v for k, v in _CLOCKS.items()},
    **{f"cli.status.{k}": v for k, v in _STATUS.items()},
    # Starting the window
    "cli.no_display": ("没有可用的图形显示（DISPLAY 未设置），无法打开窗口。要在无界面环境生成演示村，请用：griddesk demo "
                       "--headless --out 目录",
                       "No graphical display is available (DISPLAY is not set), so no window can open. To build "
                       "the demo village without one, use: griddesk demo --headless --out FOLDER"),
    "cli.no_display_demo": ("没有可用的图形显示，请用：griddesk demo --headless --out 目录",
                            "No graphical display is available; use: griddesk demo --headless --out FOLDER"),
    "cli.no_gui": ("图形界面无法启动：{detail}\n请安装缺少的图形库（例如 libxcb-cursor0、libxcb-icccm4、libxcb-keysyms1），"
                   "或在无界面环境使用：griddesk demo --headless --out 目录",
                   "The window cannot start: {detail}\nInstall the missing graphics libraries (for example "
                   "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1), or without a display use: griddesk demo "
                   "--headless --out FOLDER"),
    # griddesk where
    "cli.where.line": ("{label}：{value}", "{label}: {value}"),
    "cli.where.install_root": ("程序目录", "Program folder"),
    "cli.where.database": ("数据库", "Database"),
    "cli.where.keys": ("钥匙文件", "Key file"),
    "cli.where.backups": ("本机备份", "Backups on this PC"),
    "cli.where.demo": ("演示村", "Demo village"),
    "cli.where.log": ("日志", "Log file"),
    "cli.where.translation": ("英文翻译", "English translation"),
    "cli.where.migrations": ("升级脚本", "Upgrade scripts"),
    "cli.where.present": ("{path}（有）", "{path} (present)"),
    "cli.where.missing": ("{path}（缺失）", "{path} (missing)"),
    "cli.where.scripts": ("{path}（{count} 个，程序认识 {known} 个）", "{path} ({count} found, the program knows {known})"),
    # Passwords on standard input
    "cli.stdin_not_text": ("标准输入中的密码不是有效的 {encoding} 文本，请检查输入的编码。",
                           "The password on standard input is not valid {encoding} text; check the input's encoding."),
    "cli.stdin_empty": ("标准输入中没有读到密码。", "No password was read from standard input."),
    # griddesk init
    "cli.init.done": ("已建立：{name}（{code}），数据库 {path}", "Set up: {name} ({code}), database {path}"),
    "cli.init.director": ("主任账号：{username}", "Director's account: {username}"),
    "cli.init.recovery_key": ("恢复密钥（只显示这一次，请抄写或打印后放进中心的保险柜）：",
                              "Recovery key (shown this once only: copy or print it and lock it in the centre's "
                              "safe):"),
    # griddesk demo
    "cli.demo.need_out": ("请用 --out 指定演示村的输出目录。", "Give the demo village's folder with --out."),
    "cli.demo.residents_min": ("--residents 至少为 1。", "--residents must be at least 1."),
    "cli.demo.residents_max": ("--residents 最多为 {limit}（每村；给的是 {value}）。演示用不了这么多人，请改小后再运行。",
                               "--residents is at most {limit} (a village; {value} was given). A demo needs no more; "
                               "please give a smaller number and run it again."),
    "cli.demo.progress": ("生成人口 {done}/{total}", "Making residents {done}/{total}"),
    "cli.demo.database": ("演示村数据库：{path}", "Demo village database: {path}"),
    "cli.demo.login": ("登录名：{username}  密码：{password}", "User name: {username}  Password: {password}"),
    "cli.demo.counts": ("网格 {grids} 个，户 {households} 户，人口 {residents} 人，网格队伍 {team} 人",
                        "{grids} grids, {households} households, {residents} residents, a grid team of {team}"),
    "cli.demo.activity": ("近 12 周走访记录 {visits} 条，案件 {cases} 件（各个环节都有，含超期）",
                          "{visits} visits in the last 12 weeks, {cases} cases (at every step, some overdue)"),
    "cli.demo.recovery_key": ("恢复密钥：{key}", "Recovery key: {key}"),
    "cli.generated": ("已生成：{path}", "Made: {path}"),
    # griddesk users
    "cli.users.added": ("已新增账号 {username}（首次登录须修改密码）",
                        "Account {username} added (the password must be changed at first login)"),
    "cli.users.grids": ("账号 {username} 负责的网格：{codes}", "Grids of account {username}: {codes}"),
    "cli.users.no_grids": ("账号 {username} 负责的网格：（无）", "Grids of account {username}: (none)"),
    "cli.users.disabled": ("已停用账号 {username}", "Account {username} disabled"),
    "cli.users.enabled": ("已恢复账号 {username}", "Account {username} enabled again"),
    "cli.users.removed": ("已删除账号 {username}，并已更换数据密钥",
                          "Account {username} removed, and the data key changed"),
    "cli.account.disabled": ("停用", "disabled"),
    "cli.account.active": ("正常", "active"),
    "cli.member_unknown": ("网格队伍里没有叫“{name}”的在岗成员。", "No grid team member in post is called “{name}”."),
    "cli.member_ambiguous": ("网格队伍里有 {count} 位叫“{name}”的成员：请在程序的 设置 → 账号管理 里关联。",
                             "{count} grid team members are called “{name}”: link the account in the program's "
                             "Settings → Accounts."),
    # griddesk audit
    "cli.audit.head": ("审计链头：第 {count} 条，摘要 {short}", "Audit chain head: record {count}, digest {short}"),
    "cli.audit.digest": ("完整摘要（SM3）：{digest}", "Full digest (SM3): {digest}"),
    "cli.audit.ok": ("审计日志完好：共校验 {rows} 条记录。链头摘要 {short}。",
                     "The audit log is intact: {rows} records checked. Head digest {short}."),
    "cli.audit.broken": ("审计日志有问题：{detail}（第一条出错的记录编号 {first}）。",
                         "The audit log has a problem: {detail} (first broken record: {first})."),
    # griddesk import / export
    "cli.import.unknown_columns": ("未识别的列（不会导入）：{columns}", "Columns not recognised (not imported): {columns}"),
    "cli.import.rejected_row": ("  第 {line} 行：{detail}", "  Row {line}: {detail}"),
    "cli.import.rejects_saved": ("未通过的行已存为 {path}", "The rows that did not pass are saved as {path}"),
    "cli.import.written": ("已写入：新增 {new}，修改 {changed}", "Written: {new} new, {changed} changed"),
    "cli.import.not_written": ("没有写入任何数据（确认无误后加 --yes 写入）。",
                               "Nothing was written (add --yes to write, once it looks right)."),
    "cli.exported": ("已导出：{path}", "Exported: {path}"),
    # griddesk status
    "cli.status.scope": ("范围：{grid}", "Scope: {grid}"),
    "cli.status.whole_village": ("范围：全村", "Scope: the whole village"),
    "cli.status.no_grids": ("范围：（未分配网格）", "Scope: (no grids assigned)"),
    "cli.status.line": ("{label}：{count}", "{label}: {count}"),
    # griddesk cases list
    "cli.cases.total": ("共 {count} 件", "{count} in all"),
    # griddesk print
    "cli.print.need_grid_or_all": ("请用 --grid 编码 指定网格，或用 --all 打印全部网格。",
                                   "Name a grid with --grid CODE, or print every grid with --all."),
    "cli.print.need_grid": ("请用 --grid 编码 指定网格。", "Name a grid with --grid CODE."),
    "cli.print.signs": ("已生成 {count} 块公示牌：{path}", "Made {count} announcement signs: {path}"),
    "cli.print.cards": ("已生成 {count} 张联系卡：{path}", "Made {count} contact cards: {path}"),
    "cli.print.ledger": ("已生成台账 {count} 页：{path}", "Made a ledger of {count} pages: {path}"),
    # griddesk backup / check / restore
    "cli.backup.progress": ("正在备份 {percent}%", "Backing up {percent}%"),
    "cli.restore.progress": ("正在恢复 {percent}%", "Restoring {percent}%"),
    "cli.backup.describe": ("备份：{folder}\n  村：{name}（{code}）  时间：{time}  软件版本：{version}\n  内容：{detail}",
                            "Backup: {folder}\n  Village: {name} ({code})  Made: {time}  GridDesk version: "
                            "{version}\n  Holds: {detail}"),
    "cli.backup.verified": ("已校验：逐页校验通过，结构检查通过，记录数与原库一致。",
                            "Checked: every page verified, the structure check passed, and the record counts match "
                            "the database."),
    "cli.check.damaged": ("数据库有损坏：{detail}", "The database is damaged: {detail}"),
    "cli.check.restore_hint": ("请用“griddesk restore 备份文件夹”从最近的备份恢复。",
                               "Restore the latest backup with \"griddesk restore BACKUP-FOLDER\"."),
    "cli.check.ok_full": ("数据库完好（逐页校验和结构检查）。",
                          "The database is intact (every page verified and the structure checked)."),
    "cli.check.ok_quick": ("数据库完好（快速检查）。", "The database is intact (quick check)."),
    "cli.restore.removed_again": ("备份之后删除的 {count} 个账户（{names}）已再次删除，数据库已换用新的数据密钥。",
                                  "The {count} accounts removed after the backup ({names}) are removed again, and "
                                  "the database now has a new data key."),
    "cli.restore.into": ("已恢复到 {path}。请用备份当时的账号和密码登录。",
                         "Restored to {path}. Log in with an account and password as they were at the backup."),
    "cli.restore.replaced_damaged": ("已恢复。损坏的数据库文件已原样另存在数据目录的 backups/replaced-… 文件夹。",
                                     "Restored. The damaged database file is kept as it was in the data folder's "
                                     "backups/replaced-... folder."),
    "cli.restore.done": ("已恢复。恢复前的数据库已另行备份在数据目录的 backups 文件夹。",
                         "Restored. The database as it was before is backed up in the data folder's backups folder."),
    # griddesk verify / verify-keys (the township)
    "cli.verify.cannot": ("无法完成检测：{detail}", "The check could not be done: {detail}"),
    "cli.verify.not_found": ("找不到 {path}", "{path} cannot be found"),
    "cli.verify.key_changed": ("没有登记：{village}（{name}）已登记签名公钥，指纹 {registered}；{folder} 的签名公钥指纹是 "
                               "{fingerprint}。若该村确实换了密钥，请核实后用 griddesk verify-keys replace --village "
                               "{village} --key signer.pem",
                               "Not registered: {village} ({name}) already has a signing key, fingerprint "
                               "{registered}; {folder} is signed by fingerprint {fingerprint}. If the village really "
                               "changed its key, check it and then use griddesk verify-keys replace --village "
                               "{village} --key signer.pem"),
    "cli.verify.two_keys": ("没有登记：这里 {village} 的包用了不同的签名公钥，请向该村核实",
                            "Not registered: the packages of {village} here are signed with different keys; check "
                            "with the village"),
    "cli.verify.not_registered": ("没有登记：{reason}", "Not registered: {reason}"),
    "cli.verify.registered": ("已登记签名公钥：{village}（{name}），指纹 {fingerprint}（请与村里移交登记表上的指纹核对）",
                              "Signing key registered: {village} ({name}), fingerprint {fingerprint} (compare it "
                              "with the fingerprint on the village's handover form)"),
    "cli.verify.key_made": ("已生成本乡镇的签名密钥（只在这台电脑上，请随数据一起备份）。",
                            "This township's signing key was made (on this PC only: back it up with the data)."),
    "cli.verify.signed": ("检测报告已用本乡镇的签名密钥签名，公钥指纹：{fingerprint}（各村登记一次，回执才被承认）",
                          "The report is signed with this township's key, fingerprint {fingerprint} (each village "
                          "registers it once; only then are receipts accepted)"),
    "cli.verify.saved": ("检测报告已保存：{path}", "Report saved: {path}"),
    "cli.verify.passed": ("结论：全部通过", "Result: everything passed"),
    "cli.verify.failed": ("结论：未通过", "Result: failed"),
    "cli.keys.unbound": ("（未绑定村）", "(no village)"),
    "cli.keys.not_replaced": ("没有更换：{reason}", "Not replaced: {reason}"),
    "cli.keys.replaced": ("{village}（{name}）的签名公钥已更换。", "The signing key of {village} ({name}) is replaced."),
    "cli.keys.old": ("  原指纹：{fingerprint}", "  Old fingerprint: {fingerprint}"),
    "cli.keys.no_old": ("  原指纹：（没有）", "  Old fingerprint: (none)"),
    "cli.keys.new": ("  新指纹：{fingerprint}（请与村里移交登记表上的新指纹核对）",
                     "  New fingerprint: {fingerprint} (compare it with the new one on the village's handover form)"),
    # griddesk archive (the village)
    "cli.archive.progress": ("写入 U 盘 {percent}%", "Writing to the USB stick {percent}%"),
    "cli.archive.recovered": ("上次导出 {name} 时，包已写进 U 盘，程序却在记录之前中断了。U 盘上的包已校验通过"
                              "（包摘要与当时记下的一致），现已补记到导出记录和审计日志。这次没有导出新的一批；需要时请再运行一次。",
                              "When {name} was last exported, the package reached the USB stick but the program "
                              "stopped before recording it. The package on the stick checks out (its digest matches "
                              "the one noted then) and is now in the export history and the audit log. No new batch "
                              "was exported this time; run the command again if one is needed."),
    "cli.archive.exported": ("已导出 {name}：{detail}", "Exported {name}: {detail}"),
    "cli.archive.digest": ("包摘要（SM3）：{digest}", "Package digest (SM3): {digest}"),
    "cli.archive.fingerprint": ("签名公钥指纹：{fingerprint}", "Signing key fingerprint: {fingerprint}"),
    "cli.archive.handover": ("移交登记表：{path}", "Handover form: {path}"),
    "cli.archive.received": ("已接收 {date}", "received {date}"),
    "cli.archive.no_receipt": ("未回执", "no receipt yet"),
    "cli.archive.township_registered": ("已登记乡镇签名公钥指纹：{fingerprint}",
                                        "Township signing key fingerprint registered: {fingerprint}"),
    "cli.archive.check_by_hand": ("请与乡镇给的指纹逐位核对；不一致时请不要导入它签的回执。",
                                  "Compare it digit by digit with the fingerprint the township gave; if they differ, "
                                  "do not import receipts it signed."),
    "cli.archive.township_is": ("已登记的乡镇签名公钥指纹：{fingerprint}",
                                "Registered township signing key fingerprint: {fingerprint}"),
    "cli.archive.no_township": ("还没有登记乡镇签名公钥指纹。", "No township signing key fingerprint is registered yet."),
    "cli.archive.marked": ("{name} 已标记为乡镇已接收。", "{name} is marked received by the township."),
}
