"""The case service's own refusals (intake, the steps' inputs, the slip) and the ledger imports'."""

ENTRIES = {
    # Words: the closure types, the hand-over channels, the posts of the grid team
    "case.closure.solved": ("实质性办结", "solved"),
    "case.closure.resolved": ("实质性化解", "resolved"),
    "case.closure.procedural": ("程序性终结", "ended by procedure"),
    "case.closure.suspended": ("问题中止", "suspended"),
    "case.closure.under_watch": ("稳控中", "kept under watch"),
    "case.handover.phone": ("电话", "by phone"),
    "case.handover.paper": ("纸质上报单", "a paper slip"),
    "case.handover.usb": ("U盘", "a USB stick"),
    "case.handover.in_person": ("当面报告", "in person"),
    "case.handover.other": ("其他方式", "some other way"),
    "import.team_role.leader": ("网格长", "grid leader"),
    "import.team_role.full_time": ("专职网格员", "full-time grid member"),
    "import.team_role.part_time": ("兼职网格员", "part-time grid member"),
    "import.team_role.assistant": ("网格辅助员", "grid assistant"),
    "import.team_role.micro": ("微格员", "micro-grid member"),
    # The director's lists
    "case.category_name_required": ("请填写类别名称。", "Enter the category's name."),
    "case.category_limit": ("办理时限应为 1 到 365 个工作日。", "The time limit is 1 to 365 working days."),
    "case.calendar_kind": ("只能是 放假 或 调休上班。", "It can only be a holiday or an adjusted working day."),
    # Intake
    "case.title_required": ("请用一句话写明是什么问题。", "Say in one sentence what the problem is."),
    "case.grid_required": ("请选择问题所在的网格。", "Choose the grid where the problem is."),
    "case.reported_future": ("上报时间不能晚于现在。", "The time of the report cannot be later than now."),
    "case.category_required": ("请选择问题类别。", "Choose the problem's category."),
    "case.person_gone": ("找不到所选的当事人（可能已被删除）。请重新选择。",
                         "A person chosen as concerned cannot be found (perhaps deleted). Choose again."),
    # The steps
    "case.not_found": ("找不到这个案件。", "This case cannot be found."),
    "case.changed": ("这个案件刚被别人改过。请刷新，看一下最新情况后再操作。",
                     "Someone else has just changed this case. Refresh, look at it as it is now, then try again."),
    "case.assignee_gone": ("网格队伍里没有这个人，或已离岗。请从名单里选择承办人。",
                           "This person is not in the grid team, or has left. Choose who handles it from the list."),
    "case.assignee_required": ("请写明交给谁：从名单里选择承办的网格员，或写明村里的哪个部门（如 村调委会）。",
                               "Say who takes it: choose the grid member from the list, or write which village body "
                               "(such as the village mediation committee)."),
    "case.assignee_is_member": ("“{text}”写的是网格队伍里的{name}。交给人时请从名单里选择，这样才算派给本人，"
                                "也会核对是否持证上岗；文字只用于写村里的部门（如 村调委会）。",
                                "“{text}” names {name} of the grid team. To give it to a person, choose them from "
                                "the list: only then is it assigned to them, and their certificate is checked; "
                                "written words are only for a village body (such as the village mediation "
                                "committee)."),
    "case.closure_required": ("请选择办结类型：{closures}。", "Choose how the case ended: {closures}."),
    "case.self_solve_closure": ("自办自结是当场解决了的事，办结类型只能是{first}或{second}；没有解决的，请上报，由中心立案办理。",
                                "Solved on the spot means solved there and then: it can only end as {first} or "
                                "{second}; "
                                "what was not solved is reported, and the centre files and handles it."),
    "case.extension_days": ("请写明需要延长几个工作日。", "Say how many working days the extension needs."),
    "case.extension_max": ("一次最多延长 365 个工作日。", "One extension is at most 365 working days."),
    "case.result_required": ("请写明处理结果。", "Write the result."),
    "case.satisfaction_required": ("请选择当事人的满意度：满意、基本满意或不满意。",
                                   "Choose the satisfaction of the people concerned: satisfied, fairly satisfied "
                                   "or not satisfied."),
    "case.handover_channel": ("请选择上报方式：{channels}。", "Choose how it was handed over: {channels}."),
    "case.handover_taken_by": ("请写明乡镇接收的人（电话上报写接电话的人）。",
                               "Say who took it at the township (for a phone call, who answered)."),
    "case.no_slip": ("这个案件还没有上报乡镇，没有上报单可打印。",
                     "This case has not been escalated to the township, so there is no slip to print."),
    # Closing a matter for approval: what it still waits for (the words of domain/case_approvals.closing_refusal)
    "case.approval_pending": ("还没有登记{stage}的结果，需审批事项要登记完审批环节才能结案。",
                              "The result of {stage} is not recorded yet; a matter for approval is closed only "
                              "once its approval steps are all recorded."),
    "case.approval_pending_after": ("已登记{done}，还没有登记{stage}的结果，需审批事项要登记完审批环节才能结案。",
                                    "Recorded so far: {done}; the result of {stage} is not recorded yet; a matter "
                                    "for approval is closed only once its approval steps are all recorded."),
    "case.notice_missing": ("区审批已同意，还没有登记公示，公示期满后才能结案。",
                            "The district has approved, but no public notice is recorded; the case is closed once "
                            "the notice period is over."),
    "case.notice_running": ("公示期到 {date} 结束，公示期满后才能结案。",
                            "The notice period ends on {date}; the case is closed once it is over."),
    # Ledger imports
    "import.id_as_number": ("身份证号被 Excel 存成了数字（{value}），后几位已经丢失，无法还原。"
                            "请把这一列设为“文本”格式，重新填写后再导入。",
                            "Excel stored the ID number as a number ({value}): its last digits are lost and cannot "
                            "be restored. Set this column to the “Text” format, fill it in again and import again."),
    "import.no_grid": ("没有这个网格：“{value}”（可填网格编码或网格名称）。",
                       "There is no such grid: “{value}” (give the grid's code or its name)."),
    "import.cancelled": ("已取消导入，没有写入任何数据。", "The import was cancelled; nothing was written."),
    "import.grid_outside": ("这个网格不在您的负责范围内。", "This grid is not among those you are responsible for."),
    "import.household_number_required": ("户号不能为空。", "The household number cannot be empty."),
    "import.address_required": ("住址不能为空。", "The address cannot be empty."),
    "import.relation_required": ("与户主关系不能为空。", "The relation to the head of household cannot be empty."),
    "import.household_repeated": ("户号与第 {line} 行重复。", "The household number repeats row {line}."),
    "import.id_repeated": ("身份证号与第 {line} 行重复。", "The ID number repeats row {line}."),
    "import.row_repeated": ("与第 {line} 行重复。", "This repeats row {line}."),
    "import.household_other_grid": ("这个户号已经登记在别的网格，不在您负责的范围内；请核对户号，或联系中心工作人员。",
                                    "This household number is registered in another grid, outside those you are "
                                    "responsible for; check the number, or ask the centre's staff."),
    "import.county_unknown": ("区划代码 {code} 查不到（县区已撤并改名，或号码输错），已照常导入，请核对。",
                              "The first six digits of the ID number, {code}, are not a known division code (a "
                              "county since merged or renamed, or a typing error); the row is imported as usual: "
                              "please check the number."),
    "import.person_other_grid": ("这个身份证号已经登记在别的网格，不在您负责的范围内；如需迁入，请联系中心工作人员办理。",
                                 "This ID number is registered in another grid, outside those you are responsible "
                                 "for; to move the person in, ask the centre's staff."),
    "import.person_in_household": ("此人已登记在户 {number}（{name}）。一人只能属于一户；如需迁户，请在“网格与人口”中为其办理。",
                                   "This person is registered in household {number} ({name}). A person belongs to "
                                   "one household only; to move them, do it under “Grids and residents”."),
    "import.group_unknown": ("人群类别“{value}”不在可选范围内。", "The group “{value}” is not one of the choices."),
    "import.group_not_yours": ("您的角色不能登记这一类重点人群。", "Your role cannot register this key group."),
    "import.level": ("关注程度应为 一般、中等 或 严重。",
                     "The level of attention is normal, medium or serious."),
    "import.until_before_since": ("解除日期早于列管日期。",
                                  "The date of release is earlier than the date of listing."),
    "import.person_missing": ("人口台账中没有这个身份证号，请先导入或登记此人。",
                              "This ID number is not in the residents' ledger; import or register the person first."),
    "import.person_outside": ("此人不在您负责的网格。", "This person is not in the grids you are responsible for."),
    "import.name_required": ("请填写姓名。", "Enter the name."),
    "import.phone_required": ("网格队伍成员必须有手机号（要印在公示牌上）。",
                              "A member of the grid team must have a mobile number (it is printed on the public "
                              "board)."),
    "import.role": ("岗位“{value}”应为：{roles}。", "The post “{value}” should be one of: {roles}."),
    "import.appointed_required": ("请填写任职日期。", "Enter the date of appointment."),
    "import.under_age": ("任职时未满 18 周岁，不能担任网格员（第九条）。",
                         "Under 18 at appointment: cannot be a grid member (Article 9)."),
    "import.declaration": ("未确认“无不得担任网格员的情形”（第九条：正在接受调查、受过刑事或行政处罚、被开除党籍或公职的不得担任）。",
                           "“Nothing bars this person from being a grid member” is not confirmed (Article 9: no one "
                           "under investigation, with a criminal or administrative penalty, or expelled from the "
                           "Party or from public office may serve)."),
    # The sign-in sheet of a training session
    "import.sign_in.twice": ("同一个人在签到表里出现了两次，只取第一次。",
                             "The same person appears twice on the sign-in sheet; only the first is taken."),
    "import.sign_in.bad_id": ("身份证号“{value}”不对（位数或校验位有误）。",
                              "The ID number “{value}” is wrong (its length or check digit)."),
    "import.sign_in.id_not_in_team": ("身份证号不在网格队伍名单上。", "The ID number is not on the grid team's list."),
    "import.sign_in.name_mismatch": ("姓名与身份证号不符：名单上这个身份证号是“{name}”。",
                                     "The name does not match the ID number: on the list this ID number is "
                                     "“{name}”."),
    "import.sign_in.nobody": ("这一行没有姓名，也没有身份证号。", "This row has neither a name nor an ID number."),
    "import.sign_in.no_such_name": ("网格队伍里没有叫“{name}”的人。", "No one in the grid team is called “{name}”."),
    "import.sign_in.same_name": ("网格队伍里有 {count} 个人叫“{name}”，请在签到表里填上身份证号区分。",
                                 "{count} people in the grid team are called “{name}”: add the ID numbers on the "
                                 "sign-in sheet to tell them apart."),
}
