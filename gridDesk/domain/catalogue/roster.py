"""The roster: residents, households, grids, places, the team; the fields of a form."""

ENTRIES = {
    "invalid": ("填写的内容不对，请检查。", "Something entered is not right; please check it."),
    "invalid.control_chars": ("“{field}”里有看不见的控制字符（{char}），可能是从别处复制来的。请删掉后重新输入。",
                              "“{field}” holds an invisible control character ({char}), perhaps copied from "
                              "elsewhere. Delete it and type it again."),
}
