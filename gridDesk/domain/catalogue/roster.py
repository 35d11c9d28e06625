"""The roster: residents, households, grids, places, the team; the fields of a form."""

ENTRIES = {
    "invalid": ("填写的内容不对，请检查。", "Something entered is not right; please check it."),
    "invalid.control_chars": ("“{field}”里有看不见的控制字符（{char}），可能是从别处复制来的。请删掉后重新输入。",
                              "“{field}” holds an invisible control character ({char}), perhaps copied from "
                              "elsewhere. Delete it and type it again."),
}

ENTRIES.update({
    # ID numbers and phones
    "id_number.invisible": ("身份证号中有看不见的字符（如零宽空格），请重新输入。",
                            "The ID number holds invisible characters (such as a zero-width space); type it again."),
    "id_number.old_15": ("这是 15 位旧身份证号，请换成 18 位号码。",
                         "This is an old 15-digit ID number; use the 18-digit number instead."),
    "id_number.length": ("身份证号应为 18 位，这里是 {length} 位。",
                         "An ID number has 18 characters; this one has {length}."),
    "id_number.digits": ("身份证号前 17 位应为数字，最后一位为数字或 X。",
                         "The first 17 characters of an ID number are digits and the last a digit or X."),
    "id_number.no_such_date": ("身份证号中的出生日期不存在。", "The date of birth in the ID number does not exist."),
    "id_number.unlikely_date": ("身份证号中的出生日期不合理。", "The date of birth in the ID number is not plausible."),
    "id_number.check_digit": ("身份证号校验位不对，请核对每一位数字。",
                              "The ID number's check digit is wrong; check every digit."),
    "phone.not_digits": ("手机号“{value}”中有不是数字的字符。", "The mobile number “{value}” holds characters that "
                         "are not digits."),
    "phone.length": ("手机号应为 11 位，“{value}”是 {length} 位。",
                     "A mobile number has 11 digits; “{value}” has {length}."),
    "phone.prefix": ("“{value}”不像手机号（应以 13～19 开头）。",
                     "“{value}” does not look like a mobile number (they begin with 13 to 19)."),
    # Dates and yes/no in a form or a ledger
    "date.unreadable": ("日期“{value}”看不懂，请写成 2024-05-01 这样的格式。",
                        "The date “{value}” cannot be read; write it like 2024-05-01."),
    "yes_no.unreadable": ("“{value}”应填 是 或 否。", "“{value}” should be yes or no."),
    # Residents
    "resident.name_required": ("请填写姓名。", "Enter the name."),
    "resident.name_digits": ("姓名“{name}”中有数字。", "The name “{name}” holds digits."),
    "resident.relation": ("与户主关系“{value}”不在可选范围内（户主、配偶、子、女、儿媳、女婿…）。",
                          "The relation to the head of household “{value}” is not one of those offered (head "
                          "of household, spouse, son, daughter, daughter-in-law, son-in-law …)."),
    "resident.away_future": ("外出时间不能晚于今天。", "The date of leaving cannot be later than today."),
    "resident.grid_required": ("请选择所属网格。", "Choose the grid."),
    # The centre
    "centre.division_code": ("统计用区划代码应为 12 位数字，例如 140105001001。",
                             "The statistical division code has 12 digits, e.g. 140105001001."),
    "centre.division_province": ("统计用区划代码的前两位是省级代码，不能为 00。",
                                 "The first two digits of the division code are the province and cannot be 00."),
    "centre.village_required": ("请填写村（社区）名称。", "Enter the village (community) name."),
    "centre.village_too_long": ("村（社区）名称不能超过 {limit} 个字符。",
                                "The village (community) name may have at most {limit} characters."),
    # Attachments
    "attachment.empty": ("“{file}”是空文件，没有内容可保存。", "“{file}” is empty; there is nothing to save."),
    "attachment.too_large": ("“{file}”有 {mb:.0f} MB，超过了 20 MB。请把照片压缩，或把文件拆开后再添加。",
                             "“{file}” is {mb:.0f} MB, over 20 MB. Make the photo smaller or split the file, "
                             "then add it."),
    "attachment.kind": ("“{file}”的类型不能作附件。可以添加照片（JPG、PNG 等）和文件（PDF、Word、Excel、WPS、OFD、TXT）。",
                        "“{file}” is not a kind of file that can be attached. Photos (JPG, PNG ...) and documents "
                        "(PDF, Word, Excel, WPS, OFD, TXT) can."),
    "attachment.mismatch": ("“{file}”的内容和它的扩展名不符，可能已损坏或被改了名字。",
                            "The content of “{file}” does not match its extension; it may be damaged or renamed."),
    # The admission list of task types
    "task_type.name_required": ("请填写任务类型名称。", "Enter the name of the task type."),
    "task_type.document_required": ("“{name}”要写明批准它进入准入清单的文件（文号）才能启用。",
                                    "“{name}” needs the document (its number) that admitted it to the list before "
                                    "it can be in force."),
    "task_type.only_township": ("只有乡镇交办的任务登记任务类型；请把来源选为“乡镇交办”，或不填任务类型。",
                                "Only tasks assigned by the township carry a task type; choose the township as the "
                                "source, or leave the task type empty."),
    "task_type.gone": ("准入清单上找不到这个任务类型，可能刚被删除。请重新选择。",
                       "This task type is no longer on the admission list; it may just have been deleted. "
                       "Choose again."),
    "task_type.required": ("乡镇交办的任务要写明任务类型：从准入清单中选择；清单上没有的，写明类型和准许它的文件文号，按例外登记。",
                           "A task assigned by the township needs its task type: choose it from the admission "
                           "list; if it is not listed, write the type and the number of the document allowing "
                           "it, as an exception."),
    "task_type.not_listed": ("“{name}”不在县里批准的准入清单上，不能交给网格员办理。如有上级文件准许，请写明文件文号，按例外登记。",
                             "“{name}” is not on the admission list approved by the county, so it cannot be given "
                             "to grid members. If a higher document allows it, write its number as an exception."),
    # Visits and the archive
    "visits.every_days": ("走访频次应为 1 到 {limit} 天（0 表示只随每周入户走访，不单独提醒）。",
                          "The visit interval is 1 to {limit} days (0: only with the weekly round, no reminder "
                          "of its own)."),
    "archive.reason_required": ("导出完整号码或敏感重点人群，须写明原因（记入审计日志和包内说明）。",
                                "Exporting full numbers or sensitive key groups needs a reason (it goes on the audit "
                                "log and into the package)."),
})
