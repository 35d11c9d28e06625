"""Escalations to the township as 上报件 (issue 21 item 1): the deadline a village asks for, and
the verifier's words on a 上报件 item (domain/escalations.py holds the contract)."""

ENTRIES = {
    "escalation.asked_due_type": ("要求办结时限应是一个日期。", "The deadline asked of the township must be a date."),
    "escalation.asked_due_past": ("要求办结时限 {value} 早于上报日期 {date}。",
                                  "The deadline asked, {value}, is before the escalation date {date}."),
    "escalation.asked_due_far": ("要求办结时限 {value} 离上报日期超过 {limit} 天，请核对。",
                                 "The deadline asked, {value}, is more than {limit} days after the escalation; "
                                 "please check it."),
    "escalation.before_previous": ("这次上报乡镇的时间早于上一次上报（{date}），请核对上报时间。",
                                   "This escalation's time is before the previous escalation ({date}); "
                                   "please check the time."),
    "package.check.escalations": ("每件上报件有上报单、必备信息齐全、序次正确且不重复",
                                  "Every escalation item has its slip and its facts, and a right, unrepeated ordinal"),
    "package.item.escalation_field": ("上报件 {code} 缺少 {field}", "Escalation item {code} lacks {field}"),
    "package.item.escalation_no_slip": ("上报件 {code} 没有上报单（slip.pdf）",
                                        "Escalation item {code} has no report slip (slip.pdf)"),
    "package.item.escalation_ordinal": (
        "上报件 {code} 的上报序次 {value} 不对：办理经过里是第 {count} 次上报乡镇，档号和电子文件号应与之一致",
        "Escalation item {code} has the wrong ordinal {value}: its steps record escalation number {count}, and "
        "its archival code and file number must agree"),
    "package.item.escalation_repeated": ("案件 {number} 的第 {value} 次上报在包里出现了不止一次",
                                         "Escalation {value} of case {number} appears more than once in the package"),
    "package.item.escalation_village": ("上报件 {code} 的村级区划代码 {value} 与包的村 {village} 不一致",
                                        "Escalation item {code} names village {value}, not the package's {village}"),
}
