"""The township's administration on the command line (issue 21's open findings): its 准入清单
(task types), removing staff, new passwords and the database roles' grants."""

ENTRIES = {
    "township.task_types.empty": ("准入清单至少要有一个任务类型。", "The admission list needs at least one task type."),
    "township.task_types.too_many": ("准入清单最多 {limit} 个任务类型（给了 {count} 个），没有保存。",
                                     "The admission list has at most {limit} task types ({count} were given); nothing "
                                     "was saved."),
    "township.task_types.blank": ("第 {n} 个任务类型是空的：请写上名称或去掉它。清单没有保存。",
                                  "Task type {n} is empty: write its name or leave it out. The list was not saved."),
    "township.task_types.long": ("任务类型“{name}”有 {length} 个字，最多 {limit} 个；没有截断，请改短。清单没有保存。",
                                 "The task type \u201c{name}\u201d has {length} characters, at most {limit}; it was not "
                                 "cut, please shorten it. The list was not saved."),
    "township.task_types.twice": ("任务类型“{name}”与“{first}”重复（只差空格或全角半角），每个类型只写一次。清单没有保存。",
                                  "The task type \u201c{name}\u201d repeats \u201c{first}\u201d (they differ only in "
                                  "spaces or character width); write each type once. The list was not saved."),
    "cli.township.task_types_head": ("准入清单（{which}，共 {count} 个任务类型）：",
                                     "Task admission list ({which}, {count} task types):"),
    "cli.township.task_types_default": ("默认清单", "the default list"),
    "cli.township.task_types_own": ("本乡镇设定的清单", "this township's own list"),
    "cli.township.task_types_row": ("  {n}. {name}", "  {n}. {name}"),
    "cli.township.task_types_set": ("准入清单已更新，共 {count} 个任务类型；已保存的任务不变。",
                                    "The admission list is updated: {count} task types; tasks already kept are "
                                    "unchanged."),
}
