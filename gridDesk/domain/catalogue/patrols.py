"""Patrols of places and risk points, their frequencies and seasons."""

ENTRIES = {
    "patrols.month_day": ("日期请写成 月-日，如 06-01。", "Write the date as month-day, e.g. 06-01."),
    "patrols.every_range": ("巡查频次应为 0 到 {limit} 天（0 表示不单独安排巡查）。",
                            "The patrol frequency must be 0 to {limit} days (0: no patrol plan of its own)."),
    "patrols.month": ("月份请写成 年-月，如 2026-07。", "Write the month as year-month, e.g. 2026-07."),
    "patrols.future": ("巡查时间不能晚于现在。", "The patrol cannot be later than now."),
    "patrols.no_place": ("没有这个场所或风险点，请从名单里选择。", "There is no such place or risk point; pick one from the list."),
    "patrols.place_no_grid": ("这个场所还没有划入网格，请先在人房场所里给它选网格。",
                              "This place is in no grid yet; give it a grid under people and places first."),
    "patrols.not_in_post": ("{date} {name} 还未任职或已离岗，不能记为这天的巡查人。",
                            "On {date} {name} was not in post and cannot be recorded as patrolling."),
    "patrols.no_member": ("网格队伍里没有这个人，请从名单里选择巡查的网格员。",
                          "There is no such person on the grid team; pick the patrolling member from the list."),
    "patrols.member_elsewhere": ("{name}不在这个场所所在的网格工作，请选择本网格的网格员。",
                                 "{name} does not serve this place's grid; pick a member of the grid."),
    "patrols.finding_required": ("发现问题时，请选择问题类别并写明看到的情况。",
                                 "For a finding, pick its class and describe what was seen."),
    "patrols.no_finding": ("这次巡查没有发现问题，不能转为案件。", "This patrol found nothing, so there is nothing to make a case of."),
    "patrols.finding_taken": ("这次巡查的发现已经转成案件了。", "This patrol's finding is already a case."),
    "patrols.gone": ("找不到这条巡查记录。", "This patrol record cannot be found."),
    "patrols.season_name": ("请填写季节名称，如 汛期。", "Enter the season's name, e.g. flood season."),
    "patrols.season_taken": ("已经有名为“{name}”的季节了。", "There is already a season named “{name}”."),
    "patrols.no_season": ("找不到这个季节，可能已被删除。", "This season cannot be found; it may have been deleted."),
    "patrols.target": ("没有这种场所或风险点类别。", "There is no such kind of place or risk point."),
}

# `griddesk status` (services/status.py's keys) and `griddesk print patrols`
ENTRIES.update({
    "cli.status.patrols_missed": ("漏巡的场所和风险点", "Places and risk points with a missed patrol"),
    "cli.status.patrols_due_today": ("今天应巡的场所和风险点", "Places and risk points due a patrol today"),
    "cli.print.patrols": ("已生成巡查日历 {count} 页：{path}", "Made a patrol calendar of {count} pages: {path}"),
    "cli.print.need_month": ("请用 --month 年-月 指定月份，如 --month 2026-07。",
                             "Name the month with --month YYYY-MM, e.g. --month 2026-07."),
})
