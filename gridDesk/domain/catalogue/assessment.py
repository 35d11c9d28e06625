"""The quarterly review and its assessment: the scoring rules, entries and the two reviews."""

ENTRIES = {
    "assessment.bad_quarter": ("季度“{value}”的写法不对，应写成 2026Q3 这样（年份加 Q 加 1 到 4）。",
                               "The quarter “{value}” is not written right: write it as 2026Q3 (year, Q, 1 to 4)."),
    "assessment.item_name_required": ("请填写考核项目名称。", "Enter the item's name."),
    "assessment.item_name_long": ("项目名称不能超过 {limit} 个字。", "The item's name cannot be longer than {limit} "
                                  "characters."),
    "assessment.item_kind_required": ("请选择这一项怎样评分。", "Choose how this item is scored."),
    "assessment.max_points_range": ("分值必须大于 0、不超过 {limit} 分。", "The points must be more than 0 and at most "
                                    "{limit}."),
    "assessment.metric_unknown": ("没有“{value}”这种按台账计算的指标。", "There is no computed measure “{value}”."),
    "assessment.mapping_order": ("计分区间要满足 0 ≤ 起算比例 < 满分比例 ≤ 1。",
                                 "The scale must satisfy 0 ≤ zero-point share < full-point share ≤ 1."),
    "assessment.target_range": ("培训学时的满分标准必须大于 0、不超过 {limit} 小时。",
                                "The training hours for full points must be more than 0 and at most {limit}."),
    "assessment.grade_range": ("等次分数线必须大于 0。", "Each grade's lowest total must be more than 0."),
    "assessment.grade_order": ("等次分数线要从高到低：优秀 > 称职 > 基本称职。",
                               "The grades' lowest totals must fall in order: excellent > competent > basic."),
    "assessment.no_items": ("至少要保留一个考核项目。", "Keep at least one scoring item."),
    "assessment.no_item": ("这个考核项目已不存在。", "This scoring item no longer exists."),
    "assessment.no_member": ("网格队伍里没有这个人。", "This person is not on the grid team."),
    "assessment.member_named": ("网格队伍里没有叫“{name}”的人。", "Nobody called “{name}” is on the grid team."),
    "assessment.not_entered_item": ("“{name}”是按台账计算的项目，不能手填分数（初评、复评时可调整并写明理由）。",
                                    "“{name}” is computed from the records and cannot be typed in (a review may "
                                    "change it, with its reason)."),
    "assessment.points_range": ("“{name}”的得分要在 0 到 {limit:g} 分之间。",
                                "“{name}” must score between 0 and {limit:g}."),
    "assessment.participants_range": ("参加评议人数要在 0 到 {limit} 人之间。",
                                      "The number who took part must be between 0 and {limit}."),
    "assessment.text_long": ("文字不能超过 {limit} 个字。", "The text cannot be longer than {limit} characters."),
    "assessment.quarter_nobody": ("{quarter} 没有在岗的网格员，没有可以打印或导出的评议。",
                                  "Nobody was in post in {quarter}: there is no review to print or export."),
    "assessment.quarter_not_begun": ("{quarter} 还没开始，不能评议。", "{quarter} has not begun; it cannot be reviewed."),
    "assessment.under_review": ("{quarter} 已经初评，分数以评议记录为准，不能再改（复评时可调整并写明理由）。",
                                "{quarter} has had its first review: its points stand as reviewed (the second "
                                "review may change them, with its reasons)."),
    "assessment.closed": ("{quarter} 已经乡镇复评，评议已结束，不能再改。",
                          "{quarter} has had the township's review and is closed; it cannot be changed."),
    "assessment.first_needed": ("乡镇复评要在村党组织初评之后。", "The township's review comes after the village "
                                "party organisation's first review."),
    "assessment.first_done": ("这个季度已经初评过了。", "This quarter has had its first review already."),
    "assessment.incomplete": ("还有项目没有分数：{names}。请先录入，或在评议里给出分数并写明理由。",
                              "Some items have no points yet: {names}. Enter them, or give their points in this "
                              "review with the reason."),
    "assessment.change_reason": ("调整“{name}”的分数要写明理由。", "Give the reason for changing “{name}”."),
    "assessment.reviewer_required": ("请填写评议人（单位或负责人）。", "Enter who reviewed (the body or the person)."),
    "assessment.decision_required": ("请填写评议意见。", "Enter the review's decision."),
    "assessment.review_future": ("评议日期不能晚于今天。", "The review's date cannot be after today."),
    "assessment.review_early": ("{quarter} 到 {end} 才结束；季度结束之后才能评议，评议日期要晚于 {end}。",
                                "{quarter} ends on {end}; a quarter is reviewed once it is over, on a date after {end}."),
    "assessment.second_before_first": ("复评日期不能早于初评日期。",
                                       "The second review cannot be dated before the first."),
    # the command line
    "cli.status.reviews_open": ("已结束未复评的季度考核（人次）", "Quarterly reviews ended and not closed (member-quarters)"),
    "assessment.print_not_begun": ("{quarter} 还没有开始，没有可以打印或导出的考核。",
                                     "{quarter} has not begun: there is no assessment to print or export."),
    "cli.review.need_quarter": ("请用 --quarter 指定季度，如 --quarter 2026Q3。", "Name the quarter with --quarter, e.g. "
                                "--quarter 2026Q3."),
    "cli.review.sheets": ("已生成考核评议表 {count} 页：{path}", "Made {count} review sheets: {path}"),
    "cli.review.summary": ("已生成季度考核汇总表（{count} 人）：{path}", "Made the quarter's summary ({count} members): {path}"),
    "cli.review.exported": ("已导出季度考核汇总 {count} 行：{path}", "Exported the quarter's review, {count} rows: {path}"),
}
