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
