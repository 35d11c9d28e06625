"""Who may do what: roles, grids, accounts."""

from ..step_words import RECORD_WORDS, STEP_WORDS  # the steps' words are written once


ENTRIES = {
    "permission_denied": ("您的角色没有这项权限。", "Your role does not allow this."),
    "not_found": ("找不到这条记录，可能刚被删除。", "This record cannot be found; it may just have been deleted."),
    "conflict": ("这条记录已经存在，或刚被别人改动过。", "This record already exists or was just changed by someone else."),
}

ENTRIES.update({
    "role.director": ("主任", "the director"), "role.staff": ("工作人员", "staff"),
    "role.grid_leader": ("网格长", "grid leaders"), "role.grid_member": ("网格员", "grid members"),
    "role.auditor": ("审计员", "auditors"),
    # What each permission allows, as the end of "only ... may ..."
    "permission.view_roster": ("查看网格、人口和场所", "see grids, people and places"),
    "permission.view_cases": ("查看事件", "see cases"),
    "permission.view_sensitive": ("查看敏感的重点人群（严重精神障碍、社区矫正、吸毒等）",
                                  "see the sensitive key groups (severe mental disorder, community correction, "
                                  "drugs ...)"),
    "permission.unmask": ("查看完整的身份证号和电话", "see full ID numbers and phone numbers"),
    "permission.read_audit": ("查看审计日志", "read the audit log"),
    "permission.edit_roster": ("修改网格、人口和场所信息", "change grids, people and places"),
    "permission.log_visits": ("登记走访、巡查和民情日志", "log visits, patrols and the daily log"),
    "permission.review_logs": ("审阅网格员的民情日志", "review grid members' daily logs"),
    "permission.training": ("登记培训和证书", "record training and certificates"),
    "permission.print": ("打印", "print"),
    "permission.export": ("导出数据", "export data"),
    "permission.case_report": ("上报问题", "report a matter"),
    "permission.case_self_solve": (RECORD_WORDS["self_solve"], "solve a matter on the spot"),
    "permission.case_file": ("立案", "file a case"),
    "permission.case_assign": ("派遣案件", "assign a case"),
    "permission.case_work": ("登记调查落实和处理结果", "record the investigation and the result"),
    "permission.case_request_extension": (RECORD_WORDS["request_extension"], "ask for an extension"),
    "permission.case_escalate": ("上报乡镇并登记乡镇的答复", "escalate to the township and record its word"),
    "permission.case_return": ("退回案件", "return a case"),
    "permission.case_revisit": ("登记回访", "record the follow-up visit"),
    "permission.case_close": (STEP_WORDS["close"], "close and file a case"),
    "permission.case_note": (RECORD_WORDS["note"], "add a note"),
    "permission.case_approve_extension": (RECORD_WORDS["approve_extension"], "approve an extension"),
    "permission.case_approval": ("登记审批结果、办结需审批事项", "record approvals and close a matter for approval"),
    "permission.case_acceptance": ("登记需审批事项的村受理", "record the village's acceptance of a matter for "
                                   "approval"),
    "permission.case_notice": ("登记和打印公示", "record and print the public notice"),
    "permission.view_assessment": ("查看例会、考核、奖惩和绩效", "see meetings, reviews, rewards and pay"),
    "permission.meetings": ("登记月例会和会议纪要", "record the monthly meeting and its minutes"),
    "permission.assess": ("登记网格员的季度考核", "record a grid member's quarterly assessment"),
    "permission.review_decisions": ("登记村党组织初评和乡镇复评", "record the village's first and the township's second review"),
    "permission.rewards": ("登记表彰和警示", "record commendations and warnings"),
    "permission.pay": ("编制绩效补贴台账", "draw up the performance-pay ledger"),
    "permission.pay_lock": ("审核并锁定绩效补贴台账", "review and lock the performance-pay ledger"),
    "permission.party": ("登记党组织、党员、党员联户和党群服务站", "keep the party organisations, party members, "
                         "their households and the service stations"),
    "permission.staffing": ("登记网格员离任、空缺和选聘", "record departures, vacancies and selection"),
    "permission.division": ("调整网格划分", "change the grid division"),
    "permission.delete_records": ("删除已登记的记录", "delete records entered"),
    "permission.cert_override": ("准许未持证的网格员临时上岗", "let an uncertified grid member act this once"),
    "permission.edit_rules": ("修改规则（办理时限、走访和巡查频次、准入清单、考核和绩效规则）",
                              "change the rules (time limits, visit and patrol intervals, the admission list, "
                              "the scoring and pay rules)"),
    "permission.manage_accounts": ("管理账号", "manage accounts"),
    "permission.settings": ("修改设置", "change settings"),
    "permission.backup": ("备份", "make backups"),
    "permission.manage_backups": ("从备份恢复、设置保留几份备份", "restore backups and set how many are kept"),
    # Refusals
    "permission.refused": ("只有{roles}可以{what}。", "Only {roles} may {what}."),
    "permission.outside_grids": ("这个案件不在您负责的网格里，只有中心工作人员和主任可以查看和办理。",
                                 "This case is not in your grids; only the centre's staff and the director may "
                                 "see and handle it."),
    "permission.not_assigned": ("这个案件没有派给您：{what}由承办的网格员，或中心工作人员、主任来做。",
                                "This case is not assigned to you: to {what} is for the grid member handling it, "
                                "or the centre's staff or the director."),
})

ENTRIES.update({
    'permission.recovery_director_only': ('恢复密钥只能为主任账号重设密码。',
        "The recovery key can only reset a director's password."),
    'accounts.no_such': ('没有名为“{username}”的账号。',
        'There is no account named “{username}”.'),
    'accounts.own': ('不能停用或删除自己正在使用的账号。',
        'You cannot disable or delete the account you are using.'),
    'accounts.last_director': ('至少要保留一个可用的主任账号。',
        'At least one working director account must remain.'),
    'accounts.no_grids': ('没有这些网格：{grid}',
        'There are no such grids: {grid}'),
    'accounts.no_member': ('网格队伍里没有这个人（或已离岗）。请先在“网格队伍”里登记，再关联账号。',
        'This person is not on the grid team (or has left). Register them on the team first, then link the account.'),
    'accounts.member_taken': ('{name}已经关联了账号“{username}”。一个人只关联一个账号；请先把那个账号的关联取消。',
        '{name} is already linked to the account “{username}”. A person is linked to one account only; unlink that account first.'),
    'settings.own_page': ('“{key}”由它自己的功能页管理（备份、档案移交或打印设置），不能在这里读取或修改。',
        '“{key}” is managed on its own page (backups, archive hand-over or print settings) and cannot be read or changed here.'),
    'permission.outside_own_grids': ('这个网格不在您负责的范围内，只有中心工作人员和主任可以查看全村。',
        "This grid is not one of yours; only the centre's staff and the director see the whole village."),
})

ENTRIES.update({
    "accounts.exists": ("已有名为“{username}”的账号（大小写、全角半角不同也算同一个名字）。",
                        "There is an account named “{username}” already (names differing only in case or width "
                        "are the same name)."),
})
