"""Service stations, 一户一代表 in the WeChat groups, volunteers and what they pass on (issue 19)."""

ENTRIES = {
    "outreach.station_twice": ("本网格已有一个叫“{name}”的服务站：不用再建一个，请在列表里打开它修改。",
                               "This grid already has a station called “{name}”: open it from the list to change "
                               "it rather than adding it again."),
    "outreach.items_many": ("清单最多 {limit} 项，现在是 {count} 项。", "The list takes at most {limit} items; this one has {count}."),
    "outreach.item_twice": ("清单里有两项写得一样，请删去一项。", "Two items of the list say the same: remove one."),
    "cli.status.wechat_coverage": ("微信群一户一代表覆盖率（%，按网格）", "WeChat groups, households represented (% by grid)"),
    "outreach.link_https": ("微信群链接应是 https:// 开头的网址。", "The WeChat group link must be an https:// address."),
    "outreach.link_long": ("微信群链接太长了（最多 {limit} 个字符），请复制群邀请链接本身。",
                           "The WeChat group link is too long (at most {limit} characters): copy the group's "
                           "invitation link itself."),
    "outreach.no_grid": ("没有编码为 {grid} 的网格。", "There is no grid with the code {grid}."),
    "outreach.no_households": ("没有这些户号：{number}。", "No household has these numbers: {number}."),
    "outreach.households_elsewhere": ("这些户不在本网格：{number}。", "These households are not in this grid: {number}."),
    "outreach.household_twice": ("户 {number} 选了两次。", "Household {number} was picked twice."),
    "outreach.name_required": ("请填写名称。", "Enter the name."),
    "outreach.station_gone": ("这个服务站已不存在。", "This station no longer exists."),
    "outreach.no_keeper": ("负责人不在网格队伍名单上。", "The person in charge is not on the team list."),
    "outreach.item_unknown": ("“七个一”里没有“{text}”这一项。", "The “seven ones” list has no item “{text}”."),
    "outreach.day_future": ("日期不能晚于今天。", "The date cannot be after today."),
    "outreach.representative_required": ("请写明进群的代表是谁。", "Say who represents the household in the group."),
    "outreach.volunteer_gone": ("这位志愿者已不在登记册上。", "This volunteer is no longer on the register."),
    "outreach.report_gone": ("这条信息已不存在。", "This piece of information no longer exists."),
    "outreach.report_taken": ("这条信息已经转为事件了。", "This information has already become a case."),
    "outreach.content_required": ("请写明报送的内容。", "Write what was passed on."),
    "outreach.threshold_range": ("提示线应在 0 到 100 之间。", "The threshold must be between 0 and 100."),
    "outreach.items_required": ("“七个一”清单至少要有一项，每项都要有名称。",
                                "The “seven ones” list needs at least one item, each with a name."),
    "outreach.unmask_reason": ("请写明查看完整电话的理由。", "Give the reason for seeing the full phone number."),
}
