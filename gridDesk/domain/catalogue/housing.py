"""Housing ledgers (出租房 and the rented rows of 实有房屋) and the county team ledgers' words."""

ENTRIES = {
    "import.rental.not_rented": ("这一行是实有房屋（是否为出租房：否），不是出租房。GridDesk 只登记出租房，自住房屋随户登记，这一行未导入。",
                                 "This row is a house that is not let (its “rented” column says no). GridDesk keeps rented "
                                 "houses only; a house its owners live in is kept with the household, so this row "
                                 "was not imported."),
    "import.rental.repeated": ("房屋地址与第 {line} 行重复。", "The house's address repeats row {line}."),
    "import.rental.other_grid": ("这处出租房登记在别的网格，不在您的负责范围内，未作改动。",
                                 "This rental house is registered in another grid, outside those you are "
                                 "responsible for; nothing of it was changed."),
    "import.rental.number": ("{column}应填数字，“{value}”不是。", "{column} takes a number; “{value}” is not one."),
    "import.rental.id": ("{column}不对：{reason}", "{column} is wrong: {reason}"),
    "import.rental.phone": ("{column}不对：{reason}", "{column} is wrong: {reason}"),
}
