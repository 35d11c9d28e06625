"""The roster: residents, households, grids, places, the team; the fields of a form."""

ENTRIES = {
    "invalid": ("填写的内容不对，请检查。", "Something entered is not right; please check it."),
    "invalid.control_chars": ("“{field}”里有看不见的控制字符（{char}），可能是从别处复制来的。请删掉后重新输入。",
                              "“{field}” holds an invisible control character ({char}), perhaps copied from "
                              "elsewhere. Delete it and type it again."),
    "invalid.too_long": ("“{field}”最多 {limit} 个字，这里有 {length} 个。请缩短后再保存。",
                         "“{field}” holds at most {limit} characters; this has {length}. Shorten it and save again."),
    "resident.extra_too_long": ("台账中的“{column}”列有 {length} 个字，超过了能随这一行保留的 {limit} 个字。请缩短后再导入。",
                                "The ledger's column “{column}” holds {length} characters, more than the {limit} "
                                "kept with a row. Shorten it and import again."),
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
    "id_number.masked": ("这是打了星号的身份证号（如导出时隐去的 1401**********123X），不能用来登记。请用完整号码。",
                         "This ID number is masked with asterisks (as an export hides it, 1401**********123X) and "
                         "cannot be recorded; use the whole number."),
    "id_number.foreign_digits": ("身份证号里有不是 0～9 的数字字符（{char}，可能是别的文字的数字），请用 0～9 重新输入。",
                                 "The ID number holds a digit that is not 0-9 ({char}, perhaps another script's "
                                 "digit); type it again with 0-9."),
    "id_number.no_such_province": ("身份证号开头的“{code}”不是任何省份的代码，请核对前两位。",
                                   "The ID number begins with “{code}”, which is no province's code; check the "
                                   "first two digits."),
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
    "dictionary.no_reading": ("{column}“{value}”不在国家标准的可选值里，也不是常见的写法。请改成如 {examples} 这样的值。",
                              "The {column} “{value}” is neither a value of the national list nor a usual way of "
                              "writing one; use a value such as {examples}."),
    "sex.male": ("男", "male"),
    "sex.female": ("女", "female"),
    "resident.sex_mismatch": ("性别填的是“{value}”，但身份证号表明是{sex}性。请核对性别或身份证号。",
                              "The sex is given as “{value}” but the ID number says {sex}. Check the sex or the "
                              "ID number."),
    "resident.birth_mismatch": ("出生日期填的是“{value}”，但身份证号中的出生日期是 {born}。请核对出生日期或身份证号。",
                                "The date of birth is given as “{value}” but the ID number says {born}. Check the "
                                "date of birth or the ID number."),
    "resident.height": ("身高“{value}”看不懂，请写成厘米数，如 170。", "The height “{value}” cannot be read; "
                        "write it in centimetres, e.g. 170."),
    "resident.away_future": ("外出时间不能晚于今天。", "The date of leaving cannot be later than today."),
    "resident.grid_required": ("请选择所属网格。", "Choose the grid."),
    # The centre
    "centre.division_code": ("统计用区划代码应为 12 位数字，例如 140105001001。",
                             "The statistical division code has 12 digits, e.g. 140105001001."),
    "centre.division_province": ("统计用区划代码的前两位是省级代码（11～65），“{code}”不是任何省份，请核对。",
                                 "The first two digits of the division code are the province (11 to 65); “{code}” "
                                 "is no province. Check them."),
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

ENTRIES.update({
    'team.no_member': ('找不到这名网格队伍成员。',
        'This grid team member cannot be found.'),
    'attachment.missing': ('找不到文件“{file}”，可能已被移走或删除。',
        'The file “{file}” cannot be found; it may have been moved or deleted.'),
    'attachment.unreadable': ('读不了文件“{file}”（{os_error}）。如果它在 U 盘上，请确认 U 盘还插着。',
        'The file “{file}” cannot be read ({os_error}). If it is on a USB stick, check that the stick is still plugged in.'),
    'attachment.too_many': ('一次最多添加 {limit} 个附件。',
        'At most {limit} attachments can be added at once.'),
    'attachment.gone': ('找不到这个附件。',
        'This attachment cannot be found.'),
    'grids.codes_used_up': ('编号已用完。',
        'No numbers are left.'),
    'grids.code_length': ('网格编码应为 15 位（村代码 12 位 + 网格 3 位），微网格再加 2 位。',
        "A grid code has 15 digits (the village's 12 and the grid's 3); a micro-grid adds 2 more."),
    'grids.micro_prefix': ('微网格的编码应以所属网格的编码开头。',
        "A micro-grid's code begins with its grid's code."),
    'grids.name_required': ('请填写网格名称。',
        'Enter the name of the grid.'),
    'grids.new_is_centres': ('新建网格（包括微网格）由中心工作人员和主任来做，请联系中心。',
        "New grids (micro-grids too) are made by the centre's staff and the director; please ask the centre."),
    'grids.image_which': ('只能设置地图或二维码。',
        'Only a map or a QR code can be set.'),
    'grids.image_kind': ('请选择 {limit} MB 以内的 JPEG 或 PNG 图片。',
        'Choose a JPEG or PNG picture of at most {limit} MB.'),
    'key_groups.gone': ('找不到这条重点人群记录（可能已被删除，或不在您负责的网格）。',
        'This key-group record cannot be found (it may have been deleted, or is not in your grids).'),
    'places.name_required': ('请填写名称。',
        'Enter the name.'),
    'places.number': ('“{field}”应填数字。',
        '“{field}” takes a number.'),
    'places.choice': ('“{field}”应为：{value}。',
        '“{field}” should be one of: {value}.'),
    'roster.no_person': ('找不到这个人（可能已被删除，或不在您负责的网格）。',
        'This person cannot be found (they may have been deleted, or are not in your grids).'),
    'roster.unmask_reason': ('查看完整信息需要写明理由。',
        'Seeing the full details needs a reason.'),
    'roster.no_household': ('找不到户号为 {number} 的户。',
        'There is no household numbered {number}.'),
    'roster.not_your_grid': ('这个网格不在您的负责范围内。',
        'This grid is not one of yours.'),
    'roster.id_elsewhere': ('这个身份证号已经登记在别的网格。一人只能登记一次；如需迁入，请联系中心工作人员。',
        "This ID number is registered in another grid. A person is registered once only; to move them here, ask the centre's staff."),
    'roster.id_taken': ('身份证号已登记为“{name}”（户号 {number}）。一人只能登记一次。',
        'The ID number is registered as “{name}” (household {number}). A person is registered once only.'),
    'roster.no_grid': ('没有编码为 {grid} 的网格。',
        'There is no grid with the code {grid}.'),
    'roster.household_elsewhere': ('户号 {number} 不在您负责的网格里，不能把人登记到这一户。',
        'Household {number} is not in your grids, so nobody can be registered to it.'),
    'roster.status': ('状态只能是 在册、迁出 或 死亡。',
        'The status can only be registered, moved away or deceased.'),
    'roster.layout': ('版式只能是 template（本软件模板）或 county（县级模板）。',
        "The layout can only be template (GridDesk's own) or county (the county's)."),
    'task_type.exists': ('准入清单上已经有“{name}”。',
        '“{name}” is on the admission list already.'),
    'task_type.in_use': ('已有 {count} 件交办任务属于“{name}”，不能删除（案件要保留它的类型）。不再准入的，请取消“启用”。',
        '{count} assigned tasks are of the type “{name}”, so it cannot be deleted (cases keep their type). If it is no longer admitted, take it out of force.'),
    'team.phone_required': ('网格队伍成员必须有手机号（要印在公示牌和联系卡上）。',
        'A grid team member needs a mobile number (it is printed on the sign and the contact card).'),
    'team.under_18': ('任职时未满 18 周岁，不能担任网格员（第九条）。',
        'Someone under 18 when appointed cannot be a grid member (article 9).'),
    'team.declaration': ('请确认此人没有不得担任网格员的情形（正在接受调查、受过刑事或行政处罚、被开除党籍或公职）。',
        'Confirm that nothing bars this person from being a grid member (under investigation, criminal or administrative penalties, expelled from the Party or public office).'),
    'team.grid_required': ('请选择此人所在的网格。',
        "Choose this person's grid."),
    'team.photo_kind': ('照片应为 JPEG 或 PNG 图片。',
        'The photo should be a JPEG or PNG picture.'),
    'team.photo_size': ('照片太大（超过 {limit} MB），请换一张小一些的。',
        'The photo is too large (over {limit} MB); choose a smaller one.'),
    'visits.group_required': ('请选择重点人群类别。',
        'Choose the key group.'),
    'visits.future': ('走访日期不能晚于今天。',
        'The date of the visit cannot be later than today.'),
    'visits.households_required': ('请选择走访到的户。',
        'Choose the households visited.'),
    'visits.solved_range': ('当场解决的数量应在 0 到发现的问题数之间。',
        'The number solved on the spot is between 0 and the number of problems found.'),
    'visits.no_households': ('没有这些户号：{number}',
        'There are no such households: {number}'),
    'visits.households_elsewhere': ('这些户不在所选网格：{number}',
        'These households are not in the chosen grid: {number}'),
    'visits.no_member': ('网格队伍里没有这个人，请从名单里选择走访的网格员。',
        'This person is not on the grid team; choose the visiting member from the list.'),
    'visits.no_finding': ('找不到这条走访发现。',
        'This finding cannot be found.'),
    'visits.finding_taken': ('这条发现已经转成案件了。',
        'This finding has already become a case.'),
})

ENTRIES.update({
    "task_type.entry_gone": ("准入清单上找不到这一项，可能刚被删除。",
                             "This entry is no longer on the admission list; it may just have been deleted."),
    "visits.no_grid": ("没有这个网格。", "There is no such grid."),
})

ENTRIES.update({
    "key_groups.already": ("此人已登记为这一类，不必重复登记。", "This person is already registered in this group."),
})

ENTRIES.update({
    # Households made by hand (新增户) and micro-grids
    "household.number_required": ("请填写户号。", "Enter the household number."),
    "household.number_format": ("户号应为 {digits} 位数字（户口簿上的户号，或本村编码后 3 位加 6 位序号）。",
                                "The household number has {digits} digits (the one on the household register, "
                                "or the village code's last 3 digits and a 6-digit serial)."),
    "household.exists": ("户号 {number} 已经登记（户主：{head}）。", "Household {number} is already registered "
                         "(head: {head})."),
    "grids.micro_kind": ("微网格的类型只能是“微网格”，网格的类型只能是农村网格或城市网格。",
                         "A micro-grid's type can only be micro-grid; a grid's only rural or urban."),
})
