"""`griddesk demo --township` (issue 21 item 6): a demo township of five villages and their stick."""

ENTRIES = {
    "demo_township.out_used": ("{path} 已经有东西了（也许是上次生成的演示乡镇）。没有覆盖它：请用 --out 指定一个新的空文件夹，"
                               "或先把它移走。",
                               "{path} already holds something (perhaps an earlier demo township). Nothing was "
                               "overwritten: give a new, empty folder with --out, or move it away first."),
    "demo_township.out_not_folder": ("{path} 是一个文件，不是文件夹。请用 --out 指定一个文件夹（没有会新建）。",
                                     "{path} is a file, not a folder. Give a folder with --out (a new one is made)."),
    "demo_township.out_unwritable": ("无法建立文件夹 {path}：{os_error}。请换一个可以写入的位置。",
                                     "Cannot make the folder {path}: {os_error}. Choose a place you can write to."),
    "cli.demo_township.progress": ("正在生成第 {n}/{total} 个村：{name}", "Making village {n} of {total}: {name}"),
    "cli.demo_township.township": ("演示乡镇 {name}（{code}）的数据库：{where}",
                                   "The demo township {name} ({code}), its database: {where}"),
    "cli.demo_township.township_login": ("乡镇登录名：{username}  密码：{password}",
                                         "Township user name: {username}  Password: {password}"),
    "cli.demo_township.township_login_pg": ("乡镇登录名：{username}（PostgreSQL：服务器按连接地址里的数据库角色核对身份，不读密码）",
                                            "Township user name: {username} (PostgreSQL: the server knows you by the "
                                            "database role in the address; no password is read)"),
    "cli.demo_township.pg_down": ("没有生成演示乡镇：无法连接 PostgreSQL（{url}：{detail}）。请先启动 PostgreSQL 服务器再运行；"
                                  "或者去掉 --db，把乡镇数据库建在文件里（{path}）。",
                                  "The demo township was not made: PostgreSQL could not be reached ({url}: {detail}). "
                                  "Start the PostgreSQL server and run it again, or leave out --db to keep the "
                                  "township's database in a file ({path})."),
    "cli.demo_township.pg_password": ("（下面的命令里没有写数据库密码：请用 PGPASSWORD 环境变量或 ~/.pgpass 提供。）",
                                      "(The commands below do not show the database password: give it in PGPASSWORD "
                                      "or ~/.pgpass.)"),
    "cli.demo_township.fingerprint": ("乡镇签名公钥指纹（五个村都已登记，可以导入乡镇的回复包）：{fingerprint}",
                                      "The township's signing key fingerprint (registered at all five villages, so "
                                      "they can import its reply): {fingerprint}"),
    "cli.demo_township.recovery": ("乡镇数据库的恢复密钥：{key}", "The township database's recovery key: {key}"),
    "cli.demo_township.village": ("{name}（{code}，{kind}）：{path}", "{name} ({code}, {kind}): {path}"),
    "cli.demo_township.kind.on_time": ("按时上报", "on time"),
    "cli.demo_township.kind.late": ("上月没有交包，本月才交", "sent nothing last month, only this month"),
    "cli.demo_township.kind.broken": ("上月第二个包没有送到乡镇，链条断开", "last month's second batch never reached the "
                                                              "township: its chain is broken"),
    "cli.demo_township.village_login": ("各村登录名：{username}  密码：{password}",
                                        "Each village's user name: {username}  Password: {password}"),
    "cli.demo_township.stick": ("U 盘（各村的 {count} 个档案包，还没有导入乡镇）：{path}",
                                "The stick (the villages' {count} batches, not yet imported at the township): {path}"),
    "cli.demo_township.withheld": ("{name}的 {batch} 留在村里，没有送到乡镇：{path}",
                                   "{name}'s {batch} stayed at the village and never reached the township: {path}"),
    "cli.demo_township.next": ("下一步（文件库的命令从标准输入第一行读密码）：",
                               "Next (on a file, each command reads the password from the first line of standard "
                               "input):"),
    "cli.demo_township.step_import": ("1. 乡镇导入 U 盘（河湾村的包会被拒收并放入隔离区）：",
                                      "1. The township imports the stick (the broken village's last batch is refused and quarantined):"),
    "cli.demo_township.step_status": ("2. 看各村各月的上报情况和待答复的上报件：",
                                      "2. See each village by month, and the escalations waiting for an answer:"),
    "cli.demo_township.step_answer": ("3. 答复一件上报件（{name}的案件 {number}）：",
                                      "3. Answer an escalation ({name}'s case {number}):"),
    "cli.demo_township.step_reply": ("4. 为各村生成签名的回复包，写入 U 盘：",
                                     "4. Write each village's signed reply onto the stick:"),
    "cli.demo_township.step_village": ("5. {name}导入回复包（文件夹名以上一步打印的为准）：",
                                       "5. {name} imports its reply (the folder's name is the one the last step "
                                       "printed):"),
}
