"""Cases: the six steps, the flows, approvals and the public notice."""

from ..step_words import STATE_WORDS  # the steps' words are written once


ENTRIES = {
    "transition_refused": ("现在不能进行这一步。", "This step cannot be taken now."),
    "approval_refused": ("现在不能登记这个审批环节。", "This approval step cannot be recorded now."),
}

ENTRIES.update({
    # Words: the states of a case, the work kinds, the links of an approval
    **{f"state.{state}": (STATE_WORDS[state], english) for state, english in (
        ("reported", "reported"), ("filed", "filed"), ("assigned", "assigned"),
        ("in_progress", "under investigation"), ("escalated", "escalated to the township"),
        ("returned", "returned"), ("feedback", "feedback"), ("closed", "closed and filed"))},
    "kind.ordinary": ("一般事项", "an ordinary matter"), "kind.coordination": ("需协调事项", "a matter for coordination"),
    "kind.emergency": ("紧急事项", "an emergency"), "kind.approval": ("需审批事项", "a matter for approval"),
    "stage.village": ("村受理", "the village's acceptance"), "stage.township": ("镇审核", "the township's review"),
    "stage.district": ("区审批", "the district's approval"),
    # The steps
    "case.closed": ("此案件已结案归档，不能再修改；如需更正，请追加说明。",
                    "This case is closed and filed and cannot be changed; add a note to correct it."),
    "case.wrong_state": ("案件当前处于“{state}”，不能进行这一步。", "The case is now “{state}”; this step cannot be "
                         "taken."),
    "case.reason_required": ("请写明原因。", "Give the reason."),
    "case.no_extension": ("没有待批准的延期申请。", "There is no extension request waiting for approval."),
    "case.no_result": ("还没有处理结果，不能结案。", "There is no result yet, so the case cannot be closed."),
    "case.no_revisit": ("还没有回访当事人（告知处理结果并记录满意度），不能结案。",
                        "The people concerned have not been visited again (told the result, their satisfaction "
                        "recorded), so the case cannot be closed."),
    "case.time_future": ("时间不能晚于现在。", "The time cannot be later than now."),
    "case.time_before_report": ("时间不能早于问题上报的时间。", "The time cannot be earlier than the report."),
    # The flows of the work kinds (RULES.md, the town guide §6)
    "case.flow.self_solve": ("{kind}不能自办自结，要由中心立案办理。",
                             "{kind} cannot be solved on the spot; the centre files and handles it."),
    "case.flow.file_first": ("请先立案，再上报乡镇。", "File the case first, then escalate it to the township."),
    "case.flow.has_result": ("已经有处理结果，不再上报乡镇：请回访当事人，然后结案。",
                             "There is a result already, so it is not escalated: visit the people concerned again, "
                             "then close the case."),
    "case.flow.emergency_first": ("紧急事项要先上报乡镇（电话上报也可以），再办理其他环节。",
                                  "An emergency is escalated to the township first (a phone call will do), before "
                                  "any other step."),
    "case.flow.coordination_first": ("需协调事项立案后要先上报乡镇，由乡镇协调；上报之前不能在村里指派。",
                                     "A matter for coordination goes to the township once filed; it cannot be "
                                     "assigned in the village before that."),
    "case.flow.emergency_word": ("紧急事项要有乡镇的答复（批示或处置结果）才能办结：请先登记乡镇的答复。",
                                 "An emergency needs the township's word (an instruction or a result) before it "
                                 "is done: record the township's word first."),
    "case.flow.coordination_word": ("需协调事项的处理结果要由乡镇反馈：请上报乡镇，并登记乡镇的处置结果。",
                                    "The result of a matter for coordination comes from the township: escalate it "
                                    "and record the township's result."),
    # Approvals and the public notice
    "approval.not_approval_kind": ("只有需审批事项才登记审批环节和公示。",
                                   "Only a matter for approval has approval steps and a public notice."),
    "approval.file_first": ("请先立案，立案后再登记审批环节和公示。",
                            "File the case first; approval steps and the notice come after."),
    "approval.closed": ("此案件已结案归档，不能再登记审批环节或公示；如需更正，请追加说明。",
                        "This case is closed and filed: no more approval steps or notices; add a note to "
                        "correct it."),
    "approval.stopped": ("{stage}不同意，审批已经终止，不能再登记后面的环节。",
                         "{stage} said no: the approval has ended and no later step can be recorded."),
    "approval.complete": ("村受理、镇审核、区审批三个环节都已登记。",
                          "All three steps (village, township, district) are recorded."),
    "approval.order": ("审批要按顺序登记：下一个环节是{stage}。",
                       "Approval steps are recorded in order: the next is {stage}."),
    "approval.who": ("请写明{stage}是谁（哪个单位或哪位负责人）作出的。",
                     "Say who decided {stage} (which office or which person in charge)."),
    "approval.doc_number": ("请填写{stage}的文号（受理或批复文件上的编号）。",
                            "Enter the document number of {stage} (the number on the acceptance or reply)."),
    "approval.id_in_link": ("审批环节会印在公示上，不能含身份证号：请只写单位或负责人的姓名和文号。",
                            "Approval steps are printed on the public notice and may not hold ID numbers: write "
                            "only the office or the name of the person in charge and the document number."),
    "approval.date_future": ("审批日期不能晚于今天。", "The approval date cannot be later than today."),
    "approval.date_before_report": ("审批日期不能早于问题上报的日期。",
                                    "The approval date cannot be earlier than the report."),
    "approval.date_order": ("{stage}的日期不能早于{before}的日期（{date}）。",
                            "The date of {stage} cannot be earlier than that of {before} ({date})."),
    "approval.refused_no_notice": ("审批未获同意，事项按程序终结，不需要公示。",
                                   "The approval was refused, so the matter ends and needs no notice."),
    "approval.notice_too_early": ("区审批同意之后才能公示：还没有登记{stage}。",
                                  "The notice comes after the district approves: {stage} is not recorded yet."),
    "approval.matter_required": ("请写明公示的事项。", "Describe the matter of the notice."),
    "approval.id_in_notice": ("公示内容不能含身份证号，请只写姓名。",
                              "A public notice may not hold ID numbers; write names only."),
    "approval.where_to_object": ("请写明对公示有异议时向哪里反映（地址或电话）。",
                                 "Say where to object to the notice (an address or a phone number)."),
    "approval.notice_before_approval": ("公示不能早于区审批的日期（{date}）开始。",
                                        "The notice cannot begin before the district's approval ({date})."),
    "approval.notice_dates": ("公示结束日期应晚于开始日期。", "The notice must end after it begins."),
})

ENTRIES.update({
    'case.gone': ('找不到这个案件。',
        'This case cannot be found.'),
    'approval.no_notice_to_print': ('还没有登记公示，没有公示可打印。',
        'No public notice is recorded yet, so there is none to print.'),
    'case.file_only_closed': ('只有已结案的案件才能打印结案卷宗。',
        'Only a closed case has a case file to print.'),
})

ENTRIES.update({
    "calendar.year_out_of_range": ("只能确认 {first} 到 {last} 年。", "Only the years {first} to {last} can be confirmed."),
    "case_file.not_closed": ("只有已结案的案件才能生成结案卷宗。", "A case file can only be made for a closed case."),
})
