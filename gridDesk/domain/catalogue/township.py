"""The township edition (issue 21): set-up, villages, import, status."""

ENTRIES = {
    "township.refused": ("乡镇操作被拒绝。", "The township refused the operation."),
    "township.denied": ("{role}账号不能{action}。请用有此权限的账号（主任或工作人员）登录后再做。",
                        "An account of the role {role} may not {action}. Please log in with an account that may "
                        "(the director's or a staff member's) and do it there."),
    **{f"township.role.{k}": v for k, v in {"director": ("主任", "director"), "staff": ("工作人员", "staff"),
                                             "auditor": ("审计员（只读）", "auditor (read only)")}.items()},
    **{f"township.action.{k}": v for k, v in {
        "register_village": ("登记村", "register villages"), "import": ("导入档案包", "import packages"),
        "view_status": ("查看乡镇数据", "view the township's data"),
        "manage_staff": ("管理工作人员账号", "manage staff accounts"), "answer": ("答复上报件", "answer escalated cases"),
        "reply": ("写回复包", "write reply packages"), "review": ("录入考核复评", "record second reviews"),
        "send_down": ("下发任务和培训", "send tasks and training down"),
        "set_task_types": ("修改准入清单", "change the task admission list")}.items()},
    "township.bad_code": ("乡镇代码应为 {length} 位数字的统计用区划代码（收到“{value}”）。",
                          "A township code is the {length}-digit statistical division code (got \u201c{value}\u201d)."),
    "township.bad_village_code": ("村代码应为 {length} 位数字的统计用区划代码（收到“{value}”）。",
                                  "A village code is the {length}-digit statistical division code "
                                  "(got \u201c{value}\u201d)."),
    "township.village_outside": ("村代码 {value} 不属于本乡镇（{township}）：前 9 位应与乡镇代码相同。",
                                 "Village code {value} is not in this township ({township}): its first nine digits "
                                 "must be the township's code."),
    "township.name_required": ("请填写名称。", "Please enter a name."),
    "township.name_too_long": ("名称最多 {limit} 个字（现有 {length} 个），没有截断，请改短。",
                               "A name has at most {limit} characters (this one has {length}); it was not cut, "
                               "please shorten it."),
    "township.bad_fingerprint": ("公钥指纹应为 32 位十六进制（可带空格），收到“{value}”。",
                                 "A key fingerprint is 32 hexadecimal digits (spaces allowed); got \u201c{value}\u201d."),
    "township.pg_needs_tls": ("连接另一台电脑上的 PostgreSQL（{url}）必须加密：请在地址中写 sslmode=require"
                              "（或 verify-ca、verify-full）。",
                              "A PostgreSQL server on another computer ({url}) must be reached with TLS: add "
                              "sslmode=require (or verify-ca, verify-full) to the URL."),
    "township.pg_plain": ("乡镇设置要求加密连接（TLS），但到 {url} 的连接没有加密，已拒绝。请为服务器开启 ssl 并在地址中写 "
                          "sslmode=require。",
                          "The township's settings require TLS, but the connection to {url} is not encrypted; it was "
                          "refused. Turn on ssl on the server and add sslmode=require to the URL."),
    "township.file_needs_key": ("打开乡镇数据库文件需要登录（数据密钥）。",
                                "Opening the township's database file needs a login (its data key)."),
    "township.db_unreachable": ("无法连接乡镇数据库 {url}：{detail}。请确认 PostgreSQL 服务器已经启动、地址和端口无误，"
                                "然后再做一次。每次写入都是整体写入或完全不写，没有写了一半的数据。",
                                "Cannot reach the township database {url}: {detail}. Check that the PostgreSQL server "
                                "is running and the address and port are right, then do it again. Every write is "
                                "whole or not made at all; nothing was half written."),
    "township.bad_url": ("{url} 不是可以使用的 PostgreSQL 地址（{detail}）。格式是 postgresql://角色@主机:端口/数据库名"
                         "?sslmode=require，端口是数字；请改正后再运行。",
                         "{url} is not a PostgreSQL address that can be used ({detail}). The form is "
                         "postgresql://role@host:port/database?sslmode=require, the port a number; please correct "
                         "it and run again."),
    "township.already_here": ("这里已经有乡镇数据库（{where}），没有覆盖。",
                              "There is a township database here already ({where}); it was not overwritten."),
    "township.files_required": ("使用 PostgreSQL 时请用 --files 指定乡镇的文件夹（隔离区和档案文件）。",
                                "With PostgreSQL, give the township's folder (quarantine and archived files) "
                                "with --files."),
    "township.not_set_up": ("{where} 还不是乡镇数据库：请先运行 griddesk township init。",
                            "{where} is not a township database yet: run griddesk township init first."),
    "township.wrong_role": ("账号 {username} 不是用自己的数据库角色登录的（当前角色 {role}）：每位工作人员使用自己的角色。",
                            "Account {username} did not connect as its own database role (connected as {role}): "
                            "each staff member uses their own role."),
    "township.pem_bad": ("公钥文件不是 SM2 公钥（PEM）。", "The key file is not an SM2 public key (PEM)."),
    "township.pem_other_fingerprint": ("公钥文件的指纹是 {fingerprint}，与登记的 {expected} 不符，未登记。",
                                       "The key file's fingerprint is {fingerprint}, not the {expected} being "
                                       "registered; nothing was registered."),
    "township.village_twice": ("村 {village}（{name}）已经登记过，未重复登记。要换密钥请先核实。",
                               "Village {village} ({name}) is registered already; it was not registered twice."),
    "township.fingerprint_twice": ("指纹 {fingerprint} 已登记给村 {village}（{name}）：一个密钥只能代表一个村。",
                                   "Fingerprint {fingerprint} is registered to village {village} ({name}) already: "
                                   "one key vouches for one village."),
    "township.stick_missing": ("找不到 U 盘或文件夹：{path}", "No stick or folder at {path}"),
    "township.db_missing": ("找不到乡镇数据库 {path}。新建乡镇请先运行 griddesk township init；已有的请检查路径，或从备份复制回来。",
                            "There is no township database at {path}. For a new township run griddesk township init "
                            "first; for an existing one check the path, or copy it back from its backup."),
    "township.stick_empty": ("{path} 里没有档案包。", "There is no package in {path}."),
    "township.import.check_failed": ("{check}：{reason}", "{check}: {reason}"),  # a failed check of the verifier's
    "township.import.already": ("批次 {batch} 已经导入过，本次没有改变任何数据。",
                                "Batch {batch} was imported before; nothing changed."),
    "township.import.unregistered": ("村 {village}（{name}）没有在本乡镇登记：请先用 griddesk township village add "
                                     "登记它和它的公钥指纹。",
                                     "Village {village} ({name}) is not registered at this township: register it and "
                                     "its key fingerprint first (griddesk township village add)."),
    "township.import.other_key": ("包由另一个密钥签名：村 {village}（{name}）登记的指纹是 {registered}，这个包的签名人是 "
                                  "{fingerprint}。",
                                  "The package is signed by another key: village {village} ({name}) is registered "
                                  "with {registered}, this package's signer is {fingerprint}."),
    "township.import.chain_no_first": ("这是村 {village} 在本乡镇的第一批，但它接在 {previous} 之后：缺少前面的批次。",
                                       "This is village {village}'s first batch here, but it follows {previous}: "
                                       "the batches before it are missing."),
    "township.import.chain_gap": ("批次链断了：村 {village} 上一次导入的是 {last}，这一批却接在 {previous} 之后，中间缺批次。",
                                  "The chain of batches skips one: village {village}'s last batch imported is {last}, "
                                  "but this one follows {previous}."),
    "township.import.changed": ("文件 {path} 在检测之后被改动了，这个包没有载入。",
                                "File {path} changed after it was checked; the package was not loaded."),
    "township.import.too_long": ("条目 {item} 的 {field} 超过 {limit} 个字，没有截断，整包未载入。",
                                 "Item {item}: {field} is longer than {limit} characters; nothing was cut and the "
                                 "package was not loaded."),
    "township.store.damaged": ("乡镇文件库里的文件 {sm3} 缺失或已损坏（与登记的 SM3 不符）。请从备份恢复乡镇文件夹，"
                               "或请该村重新导出含此文件的包。",
                               "File {sm3} in the township's file store is missing or damaged (it does not match its "
                               "recorded SM3). Please restore the township's folder from a backup, or ask the village "
                               "to export the package holding it again."),
    "cli.township.files_checked": ("已读回并核对 {count} 个文件（{mb} MB）。",
                                    "{count} files ({mb} MB) read back and checked."),
    "cli.township.file_damaged": ("  缺失或损坏：{sm3}（存放在 {pack}，位置 {offset}）",
                                  "  Missing or damaged: {sm3} (kept in {pack} at {offset})"),
    "cli.township.files_damaged": ("有 {count} 个文件缺失或损坏。请从备份恢复乡镇文件夹，或请相关村重新导出含这些文件的包。",
                                   "{count} files are missing or damaged. Please restore the township's folder from "
                                   "a backup, or ask the villages concerned to export the packages holding them again."),
    "township.store.write_failed": ("乡镇电脑写不进文件夹 {folder}（{detail}）。导入停在这里，没有载入一半的包；"
                                    "请腾出磁盘空间或检查磁盘后再导入一次（已载入的包不会重复）。",
                                    "The township's computer could not write to {folder} ({detail}). The import "
                                    "stopped here and loaded no package by halves; please free disk space or check "
                                    "the disk, then import again (packages already loaded are not loaded twice)."),
    "township.import.item_controls": ("条目 {item} 的“{label}”含有控制字符或无法保存的字符（{char}），这个包没有载入。"
                                      "请村里用 GridDesk 重新导出。",
                                      "Item {item}: \u201c{label}\u201d holds a control character or one that cannot be "
                                      "kept ({char}); the package was not loaded. Please ask the village to export it "
                                      "again with GridDesk."),
    "township.store.not_kept": ("包里的文件 {path} 在检测时没有留下副本，整包未载入。请再导入一次。",
                                "No copy of file {path} was kept while the package was checked; it was not loaded. "
                                "Please import it again."),
    "township.import.unreadable": ("包通过了检测，但内容无法按档案包格式读取（{detail}），整包未载入。",
                                   "The package passed the checks but its content cannot be read as a package "
                                   "({detail}); it was not loaded."),
    "township.bad_role": ("角色只能是 director（主任）、staff（工作人员）或 auditor（审计员），收到“{value}”。",
                          "A role is director, staff or auditor; got \u201c{value}\u201d."),
    "township.bad_db_role": ("数据库角色名只能用小写字母、数字和下划线（最多 63 个），收到“{value}”。",
                             "A database role name is lower-case letters, digits and underscores (at most 63); got "
                             "\u201c{value}\u201d."),
    "township.staff_twice": ("账号 {username} 已经有了，未重复添加。", "Account {username} exists already; it was not added twice."),
    "township.no_such_db_role": ("服务器上没有数据库角色 {role}：请管理员先建立（LOGIN，scram-sha-256 密码）。",
                                 "The server has no database role {role}: ask its administrator to create it first "
                                 "(LOGIN, a scram-sha-256 password)."),
    "cli.township.staff_added": ("已添加账号 {username}（{role}）。", "Account {username} ({role}) added."),
    # the command line
    "cli.township.init_done": ("已建立乡镇 {name}（{code}）：{where}",
                               "Township {name} ({code}) set up: {where}"),
    "cli.township.director": ("主任账号：{username}", "Director's account: {username}"),
    "cli.township.fingerprint": ("乡镇签名公钥指纹（请交给各村登记）：{fingerprint}",
                                 "The township's signing key fingerprint (for each village to register): {fingerprint}"),
    "cli.township.recovery": ("恢复密钥（只显示这一次，请打印后锁进保险柜）：",
                              "Recovery key (shown this once: print it and lock it in the safe):"),
    "cli.township.files": ("乡镇文件夹（隔离区、档案文件）：{path}", "Township folder (quarantine, archived files): {path}"),
    "cli.township.village_added": ("已登记村 {village}（{name}），公钥指纹 {fingerprint}。",
                                   "Village {village} ({name}) registered, key fingerprint {fingerprint}."),
    "cli.township.loaded": ("已载入 {batch}：{items} 件（其中事件 {cases}、更正 {corrections}），培训 {training} 条，"
                            "走访 {visits} 条，花名册 {grids} 个网格，报表指标 {figures} 项，上报件 {escalations} 件。",
                            "Loaded {batch}: {items} items ({cases} cases, {corrections} corrections), {training} "
                            "training rows, {visits} visits, roster of {grids} grids, {figures} report figures, "
                            "{escalations} escalations."),
    "cli.township.quarantined": ("未载入 {batch}，已放入隔离区：{folder}", "Not loaded {batch}; put in quarantine: {folder}"),
    "cli.township.not_reached": ("未载入 {batch}：{reason}", "Not loaded {batch}: {reason}"),
    "cli.township.reason": ("  原因：{reason}", "  Reason: {reason}"),
    "cli.township.stick_problem": ("U 盘本身：{reason}", "The stick itself: {reason}"),
    "cli.township.summary": ("共 {count} 个包：载入 {loaded}，已导入过 {already}，未载入 {refused}。",
                             "{count} packages: {loaded} loaded, {already} imported before, {refused} not loaded."),
    "cli.township.status_head": ("{name}（{code}）各村上报情况（每格：收到/按时，链，失败，缺报）",
                                 "{name} ({code}) villages' reporting (each cell: received/on time, chain, failed, "
                                 "missing)"),
    "cli.township.queue_head": ("待答复的上报件：{count} 件", "Escalations waiting for an answer: {count}"),
    "cli.township.queue_row": ("  {village} {number} 第{ordinal}次 {title} 收到 {received} 应答复 {due}（剩 {left} 个工作日）",
                               "  {village} {number} #{ordinal} {title} received {received} due {due} "
                               "({left} working days left)"),
}
