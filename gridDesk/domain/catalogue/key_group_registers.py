"""Sentences of the key-group registers (one register per group, LEDGERS.md): which register a
file is, and the rows a register refuses."""

# A group's name as a parameter, Word(f"key_group.{value}"): by KeyGroup's values (not imported
# here: the key groups' module reads the rules, which read this catalogue).
_GROUPS = {
    "floating": ("流动人口", "floating population"), "left_behind_child": ("留守儿童", "left-behind children"),
    "left_behind_woman": ("留守妇女", "left-behind women"), "left_behind_elderly": ("留守老人", "left-behind elderly"),
    "elderly_alone": ("独居老人", "elderly living alone"), "disabled": ("残疾人", "people with disabilities"),
    "hardship": ("困难家庭", "families in hardship"), "subsistence": ("低保", "subsistence allowance"),
    "mental_disorder": ("严重精神障碍患者", "severe mental disorder"), "released": ("刑满释放人员", "released prisoners"),
    "correction": ("社区矫正对象", "community correction"),
    "correction_ended": ("解除社区矫正人员", "community correction ended"), "drug_user": ("吸毒人员", "drug users"),
    "other": ("其他", "others of concern"),
}

ENTRIES = {
    **{f"key_group.{value}": pair for value, pair in _GROUPS.items()},
    "register.other_group": ("这份台账的列是“{looks}”登记表的，不是“{chosen}”的：请换成{chosen}登记表，或在“哪一类”里选{looks}。",
                             "The columns of this ledger are those of the {looks} register, not of {chosen}: use "
                             "the {chosen} register, or choose {looks} under “Which group”."),
    "register.unrecognised": ("认不出这是哪一类重点人群的登记表（标题和表头都对不上）：请在“哪一类”里选定，"
                              "或用含“人群类别”列的重点人群登记表。",
                              "Cannot tell which key group's register this is (neither the title nor the headers "
                              "match): choose the group under “Which group”, or use the key-group ledger with a "
                              "“group” column."),
    "register.ambiguous": ("这份“{title}”可以登记为“{one}”或“{other}”：请在“哪一类”里选定是哪一类。",
                           "This “{title}” could be registered as {one} or {other}: choose which under “Which group”."),
    "register.combined_chosen": ("这是含“人群类别”列的重点人群登记表（各类人群在一张表里）：请在“哪一类”里选“按表识别”再导入。",
                                 "This is the key-group ledger with a “group” column (every group in one sheet): "
                                 "choose “Recognise from the sheet” under “Which group” and import it again."),
    "register.not_yours": ("您的角色不能导入“{group}”登记表。", "Your role cannot import the {group} register."),
    "register.name_differs": ("登记表上的姓名“{value}”与人口台账中这个身份证号的姓名“{name}”不一致。",
                              "The name “{value}” in the register differs from “{name}”, the name the residents' "
                              "ledger has for this ID number."),
    "register.date": ("“{header}”应为日期（如 2024-05-01），这里是“{value}”。",
                      "“{header}” should be a date (such as 2024-05-01); it is “{value}”."),
}
