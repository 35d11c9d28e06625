"""Files: spreadsheets, saving, fonts, backups, the stick and the township's receipts."""

ENTRIES = {
    "sheet_error": ("这个表格文件读不出来。", "This spreadsheet cannot be read."),
    "sheet_too_large": ("这个表格文件太大，不能导入。", "This spreadsheet is too large to import."),
    "save_failed": ("没能保存文件。请换一个文件夹，或检查磁盘、U 盘是否已满、是否还插着。",
                    "The file could not be saved. Choose another folder, or check that the disk or USB stick "
                    "is not full and still plugged in."),
    "font_missing": ("这台电脑上找不到可以嵌入的中文字体，不能生成打印文件。请在“设置”里指定一个中文字体。",
                     "No embeddable Chinese font was found on this PC, so nothing can be printed. Choose a "
                     "Chinese font in Settings."),
    "backup_failed": ("备份没有完成。", "The backup did not finish."),
    "backup_too_new": ("这个备份由更新版本的 GridDesk 制作。请先升级本软件再恢复。",
                       "This backup was made by a newer GridDesk. Update GridDesk first, then restore it."),
    "backup_needs_password": ("这个备份是用另一把数据钥匙制作的：请输入制作备份时您的账号密码。",
                              "This backup was made under another data key: enter the password your account "
                              "had when it was made."),
    "import_cancelled": ("导入已取消，没有保存任何内容。", "The import was cancelled; nothing was saved."),
    "stick_error": ("U 盘上的导出没有完成。", "The export to the USB stick did not finish."),
    "receipt_refused": ("这个回执不能接受。", "This receipt cannot be accepted."),
}

ENTRIES.update({
    "save_failed.to": ("没能保存到“{path}”（{os_error}）。请换一个文件夹，或检查磁盘、U 盘是否已满、是否还插着。没有留下不完整的文件。",
                       "Could not save to “{path}” ({os_error}). Choose another folder, or check that the disk or "
                       "USB stick is not full and still plugged in. No partial file was left."),
})

ENTRIES.update({
    # Reading a ledger
    "sheet.missing": ("找不到文件：{path}", "File not found: {path}"),
    "sheet.masked_export": ("“{file}”里的身份证号是隐去中间数字的（如 1401**********123X，共 {count} 个），"
                            "这是为查看而导出的台账，不能再导入。请导出时勾选“导出完整的身份证号和电话”，或用原来的台账。",
                            "The ID numbers in “{file}” have their middle digits hidden (such as "
                            "1401**********123X, {count} of them): it is a ledger exported for reading and cannot "
                            "be imported again. Export with “Export full ID numbers and phones” ticked, or use "
                            "the original ledger."),
    "sheet.empty_file": ("这个文件是空的（0 字节）。", "This file is empty (0 bytes)."),
    "sheet.password": ("这个 Excel 文件设有打开密码。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后再导入。",
                       "This Excel file has an opening password. Remove it in Excel (File → Info → Protect "
                       "Workbook), then import it."),
    "sheet.not_a_workbook": ("这不是能读取的 Excel 文件（.xlsx、.xls 或 .ods）：{file}",
                             "This is not an Excel file that can be read (.xlsx, .xls or .ods): {file}"),
    "sheet.no_sheets": ("这个 Excel 文件里没有工作表。", "This Excel file has no worksheets."),
    "sheet.damaged": ("这个 Excel 文件读取出错，可能已损坏：{file}", "This Excel file could not be read and may be "
                      "damaged: {file}"),
    "sheet.no_data": ("这个 Excel 文件没有任何数据。", "This Excel file holds no data."),
    "sheet.no_header": ("找不到表头行。表头应包含：{columns}。",
                        "No header row found. The header should hold: {columns}."),
    "sheet.missing_columns": ("缺少必填列：{columns}（第 {row} 行是表头）。",
                              "Required columns are missing: {columns} (row {row} is the header)."),
    "sheet.write_failed": ("没能写入“{file}”：{os_error}。请确认文件没有在 Excel 里打开，文件夹可以写入，磁盘或 U 盘没有满。",
                           "Could not write “{file}”: {os_error}. Make sure the file is not open in Excel, the "
                           "folder can be written to and the disk or USB stick is not full."),
    # A spreadsheet refused before it is parsed (sheets/guard.py)
    "sheet_too_large.file_bytes": ("这个文件有 {found_mb:.0f} MB，超过了可以导入的 {allowed_mb:.0f} MB。请把台账分成几个文件再导入。",
                                   "This file is {found_mb:.0f} MB, over the {allowed_mb:.0f} MB that can be "
                                   "imported. Split the ledger into several files."),
    "sheet_too_large.part_bytes": ("这个文件解压后有一部分达 {found_mb:.0f} MB，超过了 {allowed_mb:.0f} MB 的上限，可能是损坏或恶意构造的文件，已拒绝读取。",
                                   "Unpacked, one part of this file is {found_mb:.0f} MB, over the limit of "
                                   "{allowed_mb:.0f} MB; it may be damaged or built to do harm, and was refused."),
    "sheet_too_large.total_bytes": ("这个文件解压后共 {found_mb:.0f} MB，超过了 {allowed_mb:.0f} MB 的上限，已拒绝读取。",
                                    "Unpacked, this file is {found_mb:.0f} MB, over the limit of {allowed_mb:.0f} "
                                    "MB, and was refused."),
    "sheet_too_large.parts": ("这个文件内部有 {found} 个部件，超过了 {allowed} 个的上限，已拒绝读取。",
                              "This file has {found} parts inside, over the limit of {allowed}, and was refused."),
    "sheet_too_large.rows": ("工作表用到了第 {found} 行，超过了 {allowed} 行的上限（最多 10 万行数据，外加表头）。请把台账分成几个文件，或删掉表格下方的空行和格式后再导入。",
                             "The worksheet reaches row {found}, over the limit of {allowed} rows (100,000 rows of "
                             "data and the header). Split the ledger, or delete the empty rows and formatting "
                             "below the table, then import it."),
    "sheet_too_large.columns": ("工作表用到了第 {found} 列，超过了可以导入的 {allowed} 列。请删掉右侧多余的列后再导入。",
                                "The worksheet reaches column {found}, over the {allowed} columns that can be "
                                "imported. Delete the extra columns on the right, then import it."),
    "sheet_too_large.cells": ("工作表有 {found} 个单元格，超过了可以导入的 {allowed} 个。请把台账分成几个文件再导入。",
                              "The worksheet has {found} cells, over the {allowed} that can be imported. Split the "
                              "ledger into several files."),
    "sheet_too_large.shared_strings": ("这个文件有 {found} 个不同的文字，超过了 {allowed} 个的上限，已拒绝读取。",
                                       "This file has {found} distinct texts, over the limit of {allowed}, and was "
                                       "refused."),
    "sheet_too_large.string_bytes": ("这个文件里有一段文字长达 {found_kb} KB，超过了单元格文字 {allowed_kb} KB 的上限，已拒绝读取。",
                                     "A text in this file is {found_kb} KB long, over the {allowed_kb} KB limit for a "
                                     "cell, and was refused."),
    "sheet_too_large.text_bytes": ("工作表各单元格的文字合计约 {found_mb:.0f} MB，超过了 {allowed_mb:.0f} MB 的上限，已拒绝读取。",
                                   "The worksheet's cells hold about {found_mb:.0f} MB of text, over the limit of "
                                   "{allowed_mb:.0f} MB, and were refused."),
    "sheet_too_large.merged_cells": ("工作表有 {found} 处合并单元格，超过了 {allowed} 处的上限，已拒绝读取。",
                                     "The worksheet has {found} merged cells, over the limit of {allowed}, and was "
                                     "refused."),
    "sheet_too_large.malformed": ("这个文件的内部结构不对（可能已损坏或被改动），已拒绝读取。",
                                  "This file's inner structure is wrong (it may be damaged or altered) and was "
                                  "refused."),
})

ENTRIES.update({
    # Writing and reading a backup set (storage/backup_sets.py)
    "backup_failed.io": ("写备份时出错（{os_error}）。可能是磁盘或 U 盘已满、被拔出或只读。没有留下看起来完整的备份（只有 {folder}，它不算备份）；请检查后重新备份。",
                         "Writing the backup failed ({os_error}). The disk or USB stick may be full, pulled out or "
                         "read-only. Nothing that looks like a finished backup was left (only {folder}, which is "
                         "not a backup); check and back up again."),
    "backup_failed.room": ("备份位置空间不够：需要约 {need_mb:.0f} MB，只剩 {free_mb:.0f} MB。请腾出空间或换一个 U 盘。",
                           "Not enough room where the backup goes: it needs about {need_mb:.0f} MB and only "
                           "{free_mb:.0f} MB is free. Make room or use another USB stick."),
    "backup_failed.target": ("打不开备份位置 {target}（{os_error}）。U 盘插好了吗？",
                             "Cannot open the backup location {target} ({os_error}). Is the USB stick plugged in?"),
    "backup_failed.partial": ("{folder} 是一次没有完成的备份，不能用来恢复。",
                              "{folder} is a backup that did not finish and cannot be restored."),
    "backup_failed.no_manifest": ("{folder} 里没有 {file}：这不是 GridDesk 的备份，或备份不完整。",
                                  "{folder} holds no {file}: it is not a GridDesk backup, or it is incomplete."),
    "backup_failed.manifest": ("备份说明文件 {file} 读不出来（{os_error}）。这个备份可能已损坏。",
                               "The backup's description {file} cannot be read ({os_error}). The backup may be "
                               "damaged."),
    "backup_failed.incomplete": ("备份不完整：缺少 {file}。", "The backup is incomplete: {file} is missing."),
    "backup_failed.db_size": ("备份里的数据库文件大小与说明不符，可能复制不完整或已损坏。",
                              "The database file in the backup does not have the size its description gives; the "
                              "copy may be incomplete or damaged."),
    "backup_failed.keys_hash": ("备份里的钥匙文件与说明不符，可能已损坏或被改动。",
                                "The key file in the backup does not match its description; it may be damaged or "
                                "altered."),
})

ENTRIES.update({
    "font_missing.unusable": ("“{file}”不能用于打印：它不是 TrueType 字体（.ttf/.ttc），或者没有中文字形。请选择例如 C:\\Windows\\Fonts\\simhei.ttf（黑体）。",
                              "“{file}” cannot be used for printing: it is not a TrueType font (.ttf/.ttc) or has "
                              "no Chinese glyphs. Choose e.g. C:\\Windows\\Fonts\\simhei.ttf (SimHei)."),
    "font_missing.none": ("找不到可嵌入的中文字体（TrueType）。查找过：{names}。请在 设置 → 打印 中选择一个中文字体文件，例如 Windows 自带的 黑体 simhei.ttf。",
                          "No embeddable Chinese font (TrueType) was found. Looked at: {names}. Choose a Chinese "
                          "font file in Settings → Printing, e.g. SimHei (simhei.ttf), which comes with Windows."),
})
ENTRIES["font_missing.none_reported"] = ("（系统没有报告任何中文字体）", "(the system reported no Chinese font)")

ENTRIES.update({
    'printouts.no_grid': ('没有这个网格：{grid}（公示牌按网格打印，不按微网格）。',
        'No such grid: {grid} (signs are printed per grid, not per micro-grid).'),
    'printouts.size': ('纸张只能是 {sizes}。',
        'The paper can only be {sizes}.'),
    'printouts.card_uncertified': ('这个网格的{names}还没有有效的培训合格证明（持证上岗），联系卡上不能印。请先参加培训并登记证书。',
        "This grid's {names} hold no valid training certificate yet, so they cannot be printed on the contact card. They should attend training and have the certificate recorded first."),
    'printouts.card_nobody': ('这个网格还没有网格员，联系卡上没有人可印。',
        'This grid has no grid member yet, so there is nobody to print on the contact card.'),
    'printouts.kind': ('不认识的台账：{kind}（可选 residents、team、keygroup）。',
        'Unknown ledger: {kind} (residents, team or keygroup).'),
})

ENTRIES.update({
    "backup_failed.not_still": ("备份时数据库没有保持静止，已停止这次备份。原数据没有改动，请重新备份。",
                                "The database did not stay still during the backup, so this backup was stopped. "
                                "Nothing was changed; please back up again."),
    "import.unknown_kind": ("不认识的台账类别：{kind}", "Unknown ledger kind: {kind}"),
    "import.choose_training": ("请先选择培训。", "Please choose the training session first."),
})
