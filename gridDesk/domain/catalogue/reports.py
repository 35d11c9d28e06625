"""The report family and the reporting calendar (issue 20 item 3)."""

ENTRIES = {
    "permission.reports": ("生成、打印和归档上报报表", "build, print and file the reports to the township"),
    "report.bad_period": ("“{value}”不是报告期。请写月份 2026-11、季度 2026Q3、半年 2026H1 或年度 2026。",
                          "“{value}” is not a reporting period. Write a month 2026-11, a quarter 2026Q3, "
                          "a half-year 2026H1 or a year 2026."),
    "report.period_year": ("报告期“{value}”的年份要在 {low} 到 {high} 之间。",
                           "The year of period “{value}” must be from {low} to {high}."),
    "report.period_kind": ("{kind}的报告期要写成 {example} 这样，“{value}”不是。",
                           "A {kind} report's period is written like {example}; “{value}” is not."),
    "report.period_future": ("报告期 {value} 还没有开始，不能生成报表。",
                             "Period {value} has not begun yet; no report can be made for it."),
    "report.period_open": ("报告期 {value} 到 {end} 才结束，结束后才能归档（现在可以预览、打印）。",
                           "Period {value} runs until {end}; it can be filed once it is over (it can be "
                           "previewed and printed now)."),
    "report.unknown_kind": ("没有“{value}”这种报表。可用的有：{kinds}。",
                            "There is no report “{value}”. The reports are: {kinds}."),
    "report.bad_active": ("是否报送应选“报送”或“不报送”（收到：{value}）。",
                          "Whether the report is filed must be yes or no (got: {value})."),
    "report.data_mismatch": ("这些数据是{got}的，不是{value}的报表；请重新生成后再打印、导出或归档。",
                             "These figures are {got}'s, not the report for {value}: build it again before "
                             "printing, exporting or filing."),
    "report.unchanged": ("{value} 的报表已归档（第 {version} 版），数据没有变化，不必重复归档。",
                         "The report for {value} is already filed (version {version}) and its figures have "
                         "not changed; it need not be filed again."),
    "report.filed_gone": ("找不到这份已归档的报表。", "This filed report cannot be found."),
    "report.due_day": ("报送日请写 {low} 到 {high} 之间的整数（次月的第几天），“{value}”不行。",
                       "The due day must be a whole number from {low} to {high} (a day of the next month), "
                       "not “{value}”."),
    "report.bad_start": ("起算日期“{value}”不是日期。", "The start date “{value}” is not a date."),
    "report.start_range": ("起算日期 {value} 要在 2000 年以后、不晚于今天。",
                           "The start date {value} must be after 2000 and not later than today."),
    "report.bad_suffix": ("请用 .pdf 或 .xlsx 结尾的文件名，程序按后缀决定格式：{file}",
                          "Name a file ending in .pdf or .xlsx (the suffix decides the format): {file}"),
    # the kinds' words, for the command line and the page
    "report.kind.monthly": ("月报", "monthly report"),
    "report.kind.quarterly": ("季报", "quarterly report"),
    "report.kind.halfyear": ("半年报", "half-year report"),
    "report.kind.yearly": ("年报", "yearly report"),
    "report.kind.disputes": ("矛盾纠纷排查调处情况统计表", "dispute report"),
    # `griddesk report` and `griddesk status`
    "cli.report.pdf": ("已生成{kind} {period}，共 {count} 页：{path}", "Made the {kind} for {period}, {count} pages: {path}"),
    "cli.report.xlsx": ("已导出{kind} {period}，{count} 项数据：{path}",
                        "Exported the {kind} for {period}, {count} figures: {path}"),
    "cli.report.filed": ("已归档{kind} {period}（第 {version} 版）。", "Filed the {kind} for {period} (version {version})."),
    "cli.status.reports_due": ("待报送的报表", "Reports due"),
    "cli.status.reports_overdue": ("逾期未报的报表", "Reports overdue"),
}
