"""Commendations and warnings, the pay rules and the month's performance-pay ledger."""

ENTRIES = {
    "reward.reason_required": ("请写明表彰或警示的事由。", "Give the reason for the commendation or warning."),
    "reward.day_future": ("日期不能晚于今天。", "The date cannot be after today."),
    "reward.member_gone": ("这位队伍成员不在名单上了。", "This team member is no longer on the list."),
    "reward.gone": ("这条奖惩记录已不存在。", "This record no longer exists."),
    "pay.month_form": ("月份“{value}”应写成 2026-05 这样。", "The month “{value}” should be written like 2026-05."),
    "pay.month_future": ("{month} 还没到，不能编制绩效台账。", "{month} has not begun: its pay ledger cannot be drawn up."),
    "pay.month_open": ("{month} 还没有过完，月末之后才能审核锁定。", "{month} is not over yet: it can be reviewed and "
                       "locked after the month ends."),
    "pay.rule_unknown": ("没有“{text}”这条绩效规则。", "There is no pay rule “{text}”."),
    "pay.rule_range": ("绩效规则“{text}”应在 {low} 到 {high} 之间。", "The pay rule “{text}” must be between {low} "
                       "and {high}."),
    "pay.locked": ("{month} 的绩效台账已经锁定，不能重新编制；有错请登记更正。",
                   "The pay ledger of {month} is locked and cannot be drawn up again; record a correction instead."),
    "pay.not_drawn": ("{month} 的绩效台账还没有编制，请先编制再审核锁定。",
                      "The pay ledger of {month} has not been drawn up yet: draw it up, then review and lock it."),
    "pay.changed": ("{month} 的绩效台账刚被重新编制过，请看过新的台账再锁定。",
                    "The pay ledger of {month} was just drawn up again: look at the new one before locking it."),
    "pay.not_locked": ("{month} 的绩效台账还没有锁定：直接重新编制即可，不需要更正。",
                       "The pay ledger of {month} is not locked: draw it up again, no correction is needed."),
    "pay.correction_reason": ("请写明更正的理由。", "Give the reason for the correction."),
    "pay.correction_amount": ("更正金额不能为 0，也不能超过 10 万元。",
                              "The correction cannot be 0 or more than 100,000 yuan."),
    "pay.correction_below_zero": ("这位成员 {month} 的补贴合计 {total} 元，更正后不能少于 0。",
                                  "This member's pay for {month} is {total} yuan; a correction cannot take it below 0."),
    "pay.member_not_in_ledger": ("这位成员不在 {month} 的绩效台账上。", "This member is not on the pay ledger of {month}."),
    "cli.status.pay_unlocked_months": ("未锁定的以往月份绩效台账", "Past months' pay ledgers not locked"),
    "cli.status.pay_below_minimum": ("上月绩效低于最低工资标准的专职网格员",
                                     "Full-time members paid below the minimum wage last month"),
    "cli.pay.exported": ("已导出 {month} 绩效台账：{path}", "Exported the pay ledger of {month}: {path}"),
}
