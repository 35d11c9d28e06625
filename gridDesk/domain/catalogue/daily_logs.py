"""民情日志: the daily log and its sign-off."""

ENTRIES = {
    "daily_log.bad_time": ("时间“{value}”看不懂，应写成 08:30 这样的时:分。",
                           "The time “{value}” cannot be read; write it as hours:minutes, like 08:30."),
    "daily_log.future": ("日志的日期不能晚于今天。", "A log cannot be dated after today."),
    "daily_log.too_many_slots": ("一天最多填写 {limit} 个时段。", "A day has at most {limit} time slots."),
    "daily_log.slot_order": ("时段 {start}—{end} 的结束时间要晚于开始时间。",
                             "The slot {start}–{end} must end after it starts."),
    "daily_log.slot_overlap": ("两个时段重叠了。", "The two time slots overlap."),
    "daily_log.too_many": ("一天一类问题最多记 {most} 个，请核对填写的数字。",
                           "At most {most} problems of one class in a day: check the number typed."),
    "daily_log.negative": ("问题数量不能是负数。", "A number of problems cannot be negative."),
    "daily_log.nothing_but_found": ("已勾选“今日无异常”，就不能再填发现的问题。",
                                    "“Nothing to report” is ticked, so no problems can be entered."),
    "daily_log.slots_required": ("请填写工作时段，或勾选“今日无异常”。",
                                 "Enter the working time slots, or tick “nothing to report”."),
    "daily_log.solved_range": ("当场解决与上报的问题合计不能超过发现的 {found} 个。",
                               "Problems solved on the spot and reported together cannot be more than the {found} "
                               "found."),
    "daily_log.no_member": ("找不到这名网格员，或他不在岗。", "No such grid member, or not in post."),
    "daily_log.not_in_post": ("{date} 这名网格员还未任职或已离岗。", "On {date} this member was not in post."),
    "daily_log.signed": ("这一天的日志已签核，不能再修改。", "This day's log is signed off and can no longer be changed."),
    "daily_log.gone": ("找不到这一天的日志。", "This day's log cannot be found."),
    "daily_log.own_day": ("网格长不能签核自己的日志，由中心工作人员或主任签核。",
                          "A grid leader cannot sign off their own log; the centre's staff or the director do."),
    "daily_log.own_entry": ("这一天的日志是您代填的，自己填的不能自己签核，请由另一位有权签核的人签核。",
                            "You entered this day's log yourself; someone else who may sign off must sign it."),
    "daily_log.changed_meanwhile": ("这一天的日志在您打开后已被 {who} 修改。您填写的内容还在窗口里：请记下后关闭，"
                                    "重新打开看最新内容再改。",
                                    "{who} changed this day's log after you opened it. What you typed is still in the "
                                    "window: note it, close, reopen to see the latest and change it there."),
    "daily_log.bad_month": ("月份 {year}-{month} 不存在。", "There is no month {year}-{month}."),
    "daily_log.not_submitted": ("这一天的日志不在待签核状态。", "This day's log is not waiting for sign-off."),
    "daily_log.reason_required": ("退回请写明理由。", "Give the reason for returning it."),
    "daily_log.case_taken": ("这个案件已经记在这一天的日志里了。", "This case is already in this day's log."),
    "daily_log.case_elsewhere": ("只能关联本人网格里的案件。", "Only a case of the member's own grids can be linked."),
    "daily_log.no_more_found": ("上报的问题已和发现的 {found} 个一样多；先增加发现的问题数。",
                                "As many problems are reported as the {found} found; raise the number found first."),
    "daily_log.period": ("期间的开始不能晚于结束。", "A period cannot start after it ends."),
    # `griddesk status` lines
    "cli.status.logs_missing_yesterday": ("上一个工作日未交民情日志的网格员", "Members with no daily log for the last "
                                          "working day"),
    "cli.status.logs_to_sign_off": ("待签核的民情日志", "Daily logs waiting for sign-off"),
}
