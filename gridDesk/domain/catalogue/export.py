"""Archive export (档案上报): writing the bag, onto the USB stick, and finishing an interrupted
export (services/archive_export.py, archive/bag.py, archive/stick.py)."""

ENTRIES = {
    # Class codes
    "bag_error": ("档案包不能这样写。", "The archive package cannot be written this way."),
    # Writing the bag (archive/bag.py)
    "bag.bad_path": ("不允许的路径：{path}", "Path not allowed: {path}"),
    "bag.not_ascii": ("文件名只能用 ASCII 字符（中文题名写在元数据里）：{path}",
                      "File names may only use ASCII characters (Chinese titles go in the metadata): {path}"),
    "bag.folder_exists": ("目标文件夹已存在：{folder}", "The target folder already exists: {folder}"),
    "bag.duplicate": ("同一个包里有两个同名文件：{path}", "Two files with the same name in one package: {path}"),
    "bag.info_newline": ("bag-info.txt 的 {label} 不能换行", "{label} in bag-info.txt cannot contain a line break"),
    # Before writing onto the stick (archive/stick.py preflight)
    "stick.preflight": ("{problems}", "{problems}"),
    "stick.unreachable": ("打不开目标位置 {path}（{os_error}）。U 盘插好了吗？",
                          "Cannot open the target location {path} ({os_error}). Is the USB stick plugged in?"),
    "stick.no_space": ("U 盘空间不够：需要约 {need_mb:.0f} MB，只剩 {free_mb:.0f} MB。",
                       "Not enough space on the USB stick: about {need_mb:.0f} MB needed, only {free_mb:.0f} MB left."),
    "stick.fat32": ("U 盘是 FAT32 格式，单个文件不能超过 4 GB，这一批里有更大的文件。请换 exFAT/NTFS 格式的 U 盘。",
                    "The USB stick is formatted FAT32, where no single file may exceed 4 GB, and this batch has a "
                    "larger file. Use a USB stick formatted exFAT or NTFS."),
    "stick.path_too_long": ("路径太长（{length} 个字符），Windows 可能打不开。请把包直接放在 U 盘根目录。",
                            "The path is too long ({length} characters); Windows may not open it. Put the package "
                            "directly in the USB stick's root folder."),
    # Writing onto the stick (archive/stick.py)
    "stick.exists": ("U 盘上已经有 {name}，不会覆盖它。", "{name} is already on the USB stick; it will not be overwritten."),
    "stick.cancelled": ("已取消。U 盘上只留下一个 {folder} 文件夹，它不算完整的包。",
                        "Cancelled. Only a folder {folder} is left on the USB stick; it is not a complete package."),
    "stick.full": ("U 盘已满，没有写完。U 盘上只留下 {folder}，它不算完整的包；请换一个空间更大的 U 盘，或腾出空间后重新导出。",
                   "The USB stick is full; the write did not finish. Only {folder} is left on the USB stick, which is "
                   "not a complete package; use a USB stick with more space, or free some space, and export again."),
    "stick.write_failed": ("写入 U 盘时出错（{os_error}）。可能是 U 盘被拔出或已满。U 盘上只留下 {folder}，"
                           "它不算完整的包；请重新导出。",
                           "Writing to the USB stick failed ({os_error}). The USB stick may have been pulled out or "
                           "be full. Only {folder} is left on the USB stick, which is not a complete package; export "
                           "again."),
    "stick.description_failed": ("写说明文件时出错（{os_error}）。包已写好，请在本页重新写入说明文件。",
                                 "Writing the description file failed ({os_error}). The package is written; write "
                                 "the description file again on this page."),
    # The export service (services/archive_export.py)
    "export.no_signing_key": ("本中心还没有档案签名密钥：第一次导出档案包时会生成。",
                              "This centre has no archive signing key yet: it is made at the first package export."),
    "export.audit_shorter": ("审计日志比上一批送出时短（上一批已到第 {after} 条）：日志被删改过。请停止导出，报告主任和乡镇中心。",
                             "The audit log is shorter than when the last batch was sent (that batch reached entry "
                             "{after}): the log has been tampered with. Stop exporting and report it to the director "
                             "and the township centre."),
    "export.audit_broken": ("审计日志的哈希链断了，不能随档案包送出。请在“审计日志”页校验，并报告主任和乡镇中心。",
                            "The audit log's hash chain is broken and cannot be sent with the package. Check it on "
                            "the Audit log page and report it to the director and the township centre."),
    "export.stick_has_other": ("U 盘上已经有 {name}，不会覆盖它。它不是这次要写的包，导出记录里也没有它："
                               "请换一个 U 盘，或把它移到别处后再导出。",
                               "{name} is already on the USB stick; it will not be overwritten. It is not the package "
                               "being written now, nor in the export records: use another USB stick, or move it "
                               "elsewhere and export again."),
    "export.read_back_differs": ("从 U 盘读回的包与写入的不一致（U 盘可能有坏块，或是扩容的假 U 盘）。已删除它，请换一个 U 盘再试。\n"
                                 "{report}",
                                 "The package read back from the USB stick differs from what was written (the stick "
                                 "may have bad blocks, or be a fake with inflated capacity). It has been deleted; try "
                                 "another USB stick.\n{report}"),
    "export.self_check_failed": ("生成的档案包没有通过自检，没有交出：\n{report}",
                                 "The package made did not pass its self-check and was not handed over:\n{report}"),
    "export.pending_is_link": ("U 盘上的 {name} 是一个链接（指向别处），不是导出时写进 U 盘的文件夹，"
                               "不予补记。请删除这个链接，插入当时写入的 U 盘，再重新导出。",
                               "{name} on the USB stick is a link (pointing elsewhere), not the folder the export "
                               "wrote there; it is not recorded. Delete the link, insert the USB stick written then, "
                               "and export again."),
    "export.pending_other_package": ("U 盘上的 {found} 不是上次导出中断时写入的那个包（包摘要不同），"
                                     "没有补记，也没有改动它。请插入当时写入 {name} 的 U 盘再导出；如果那个 U 盘已经找不到，"
                                     "请把这个 {name} 文件夹从 U 盘上移走，再导出。",
                                     "{found} on the USB stick is not the package written when the last export was "
                                     "interrupted (the package digest differs); it was neither recorded nor changed. "
                                     "Insert the USB stick {name} was written to and export again; if that stick "
                                     "cannot be found, move this {name} folder off the USB stick and export again."),
    "export.pending_not_verified": ("U 盘上的 {name} 是上次导出中断时写入的，但校验没有通过（U 盘可能有坏块）。"
                                    "请删除 U 盘上的 {name} 文件夹，再重新导出。\n{report}",
                                    "{name} on the USB stick was written when the last export was interrupted, but it "
                                    "does not verify (the USB stick may have bad blocks). Delete the {name} folder "
                                    "on the USB stick and export again.\n{report}"),
    "export.no_batch": ("没有这个批次：{name}", "No such batch: {name}"),
}
