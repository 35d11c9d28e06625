"""The township's window (issue 21 item 2): choosing villages to read and compare, the queue filter."""

ENTRIES = {
    "township.view.none_chosen": ("请先选一个村。", "Please choose a village first."),
    "township.view.too_many": ("一次最多并排比较 {limit} 个村（选了 {count} 个），请少选几个。",
                               "At most {limit} villages can be compared side by side ({count} chosen); please "
                               "choose fewer."),
    "township.view.no_village": ("本乡镇没有登记村代码为 {village} 的村，请核对代码。",
                                 "No village with code {village} is registered in this township; please check the code."),
    "township.view.bad_filter": ("上报件只能按“待答复”“已答复”“全部”筛选（收到“{value}”）。",
                                 "The escalation queue filters by waiting, answered or all (got \u201c{value}\u201d)."),
}
