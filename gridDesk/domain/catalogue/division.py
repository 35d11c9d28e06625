"""The grid division: size guidance, splits, merges, retirements, the yearly report (issue 19 item 6)."""

ENTRIES = {
    "date.too_early": ("{field}不能早于 {earliest}，请检查年份是否写错。",
                       "The {field} cannot be earlier than {earliest}: check the year."),
    "division.guidance_key": ("没有这项网格规模参考值。", "There is no such grid size guidance figure."),
    "division.guidance_range": ("请填写 {low} 到 {high} 之间的整数。", "Enter a whole number from {low} to {high}."),
    "division.band_order": ("偏小的比例不能高于偏大的比例。", "The lower bound cannot be above the upper bound."),
    "division.future": ("调整日期不能晚于今天。", "The date of the change cannot be after today."),
    "division.why_required": ("请写明调整原因。", "Say why the division changes."),
    "division.no_grid": ("找不到网格 {grid}，它可能已被撤销或合并。", "Grid {grid} cannot be found; it may have been retired or merged."),
    "division.split_needs_target": ("拆分至少要有一个新网格。", "A split needs at least one new grid."),
    "division.split_into_itself": ("不能把网格拆分到它自己，请给新网格另用一个编码。",
                                   "A grid cannot be split into itself; give the new grid a code of its own."),
    "division.code_taken": ("编码 {grid} 已经用过（含已撤销的网格），不能再用。",
                            "Code {grid} has been used (retired grids included) and cannot be issued again."),
    "division.retired_code": ("编码 {grid} 属于已撤销的网格，不能再用。", "Code {grid} belongs to a retired grid and cannot be used again."),
    "division.target_empty": ("新网格“{grid}”还没有分到任何户。", "The new grid “{grid}” has no households yet."),
    "division.picked_twice": ("同一户或同一场所不能同时分到两个新网格。", "A household or place cannot go to two new grids."),
    "division.not_in_source": ("所选的户或场所不都属于“{grid}”。", "Not every household or place picked belongs to “{grid}”."),
    "division.source_empty": ("拆分后“{grid}”一户也不剩了：这是改名或合并，不是拆分。请至少留下一户。",
                              "The split leaves “{grid}” with no household: that is a rename or a merge, not a split. "
                              "Leave it at least one household."),
    "division.merge_needs_two": ("合并至少要选两个不同的网格。", "A merge needs at least two different grids."),
    "division.merge_own_micro": ("“{grid}”是这个网格自己的微网格，不能和它合并。",
                                 "“{grid}” is a micro-grid of this grid and cannot be merged with it."),
    "division.merge_levels": ("“{grid}”和目标不在同一层级（网格只和网格合并，微网格只和同一网格里的微网格合并）。",
                              "“{grid}” is not on the same level as the target (grids merge with grids, micro-grids "
                              "with micro-grids of the same grid)."),
    "division.retire_not_empty": ("“{grid}”还有户、居民、场所、微网格、在岗的网格员，或党组织、服务站、志愿者、未补的空缺、"
                                  "未办结的事件，请先移走（或把它合并到另一个网格）再撤销。",
                                  "“{grid}” still has households, residents, places, micro-grids, team members in "
                                  "post, a party organisation, a service station, volunteers, an open vacancy or open "
                                  "cases: move them first (or merge it into another grid), then retire it."),
    "division.retire_accounts": ("账号 {name} 负责“{grid}”：请先在账号管理里改为它以后负责的网格，再撤销。",
                                 "The account {name} looks after “{grid}”: give it the grids it will look after in "
                                 "the accounts settings first, then retire this grid."),
    "division.no_micro_code": ("“{grid}”下已没有空的微网格编码（01 到 99 都用过了）。",
                               "“{grid}” has no micro-grid code left (01 to 99 are all used)."),
    "division.year_range": ("年度请写 {low} 到 {high} 之间的四位数字，如 2027。",
                            "Write the year as four digits from {low} to {high}, e.g. 2027."),
    # `griddesk status` and `griddesk print division`
    "cli.status.grids_out_of_size": ("户数超出规模参考范围的网格", "Grids outside the size guidance"),
    "cli.status.division_report_due": ("网格划分年报应报送日期", "Division report due on"),
    "cli.print.division": ("已生成 {year} 年度网格划分报告 {count} 页：{path}",
                           "Made the {year} grid division report, {count} pages: {path}"),
    "cli.print.need_year": ("请用 --year 年度 指定年份，如 --year 2027。", "Name the year with --year YYYY, e.g. --year 2027."),
}
