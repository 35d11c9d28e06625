"""Archive packages: the township's verifier, its register of village keys, its audit heads, and
the signed receipt the village imports (ARCHIVE.md, TOWNSHIP.md)."""

ENTRIES = {
    # Words used as parameters
    "package.field.fingerprint": ("签名公钥指纹", "signing key fingerprint"),
    "package.field.receipt": ("回执", "receipt"),
    # A file in a package the verifier will not read (verify_paths.UnsafeFile)
    "package.unsafe.sparse": ("{path} 自称 {size} 字节，却几乎不占磁盘空间（稀疏文件），未读取",
                              "{path} claims {size} bytes but takes almost no disk space (a sparse file); not read"),
    "package.unsafe.unopenable": ("{path} 打不开（{os_error}）", "{path} cannot be opened ({os_error})"),
    "package.unsafe.swapped": ("{path} 在检测时被换成了别的东西，未读取",
                               "{path} was replaced by something else during the check; not read"),
    "package.unsafe.too_large": ("{path} 有 {size} 字节，超过上限 {limit}，未读取",
                                 "{path} has {size} bytes, over the limit of {limit}; not read"),
    "package.unsafe.size_changed": ("{path} 在检测时大小变了", "{path} changed size during the check"),
    # A PDF the parser refuses (verify_files)
    "package.pdf.too_deep": ("对象嵌套过深", "objects nested too deeply"),
    "package.pdf.no_pages": ("没有页面", "no pages"),
    # The township's register of village keys (trust.TrustError)
    "trust.refused": ("这把签名公钥不能登记。", "This signing key cannot be registered."),
    "trust.bad_village": ("村代码不对：{village}", "Not a village code: {village}"),
    "trust.village_has_key": (
        "{village}（{name}）已登记签名公钥，指纹 {registered}；包里的公钥指纹是 {fingerprint}，不同。"
        "若该村确实换了密钥，请核实后用 griddesk verify-keys replace --village {village} --key signer.pem",
        "{village} ({name}) already has a registered signing key, fingerprint {registered}; the key in the "
        "package has fingerprint {fingerprint}, which differs. If the village really changed its key, check "
        "it and then use griddesk verify-keys replace --village {village} --key signer.pem"),
    "trust.key_bound_elsewhere": (
        "这把公钥（指纹 {fingerprint}）已登记给 {bound}（{name}），不能再登记给 {village}",
        "This key (fingerprint {fingerprint}) is registered to {bound} ({name}) and cannot also be "
        "registered to {village}"),
    "trust.key_bound_to": ("这把公钥（指纹 {fingerprint}）已登记给 {bound}（{name}）",
                           "This key (fingerprint {fingerprint}) is registered to {bound} ({name})"),
    # The township's memory of audit heads (audit_anchor.ReceivedHeads)
    "anchor.heads_damaged": ("乡镇保存的审计链头文件 {path} 已损坏，请从备份恢复它",
                             "The township's file of audit heads {path} is damaged; restore it from a backup"),
    "anchor.row_too_long": ("审计日志段有一行太长（或整段太大），不像村里的审计记录",
                            "A line of the audit segment is too long (or the segment too large) for a village's "
                            "audit records"),
    # The township's signed receipt (receipt.ReceiptError), read at the village
    "receipt.key_damaged": ("乡镇签名私钥文件 {path} 已损坏。请从备份恢复它；如果重新生成，各村须重新登记新的指纹。",
                            "The township's private signing key file {path} is damaged. Restore it from a "
                            "backup; if a new one is made, every village must register its new fingerprint."),
    "receipt.not_a_file": ("选中的不是一个文件。请选择乡镇给的检测报告（.xml）。",
                           "What was chosen is not a file. Choose the verification report (.xml) from the "
                           "township."),
    "receipt.too_large": ("这个文件有 {size_mb:.1f} MB，不像乡镇的检测报告（回执不超过 1 MB）。"
                          "请确认选的是乡镇给的检测报告（.xml）。",
                          "This file is {size_mb:.1f} MB, too large for a township verification report "
                          "(a receipt is under 1 MB). Make sure you chose the report (.xml) from the township."),
    "receipt.unreadable": ("打不开这个文件（{os_error}）。请确认 U 盘插好了。",
                           "This file cannot be opened ({os_error}). Make sure the USB stick is plugged in."),
    "receipt.over_limit": ("这个文件超过 1 MB，不像乡镇的检测报告。",
                           "This file is over 1 MB, too large for a township verification report."),
    "receipt.unsigned": ("这份检测报告没有乡镇的签名（或签名不完整），不能作为回执。请请乡镇用 GridDesk 的"
                         "“griddesk verify … --report 报告.xml”重新出具签名的检测报告。",
                         "This verification report has no township signature (or an incomplete one), so it "
                         "cannot serve as a receipt. Ask the township to issue a signed report again with "
                         "GridDesk's \"griddesk verify ... --report report.xml\"."),
    "receipt.signature_damaged": ("检测报告上的签名已损坏。请请乡镇重新出具。",
                                  "The signature on the verification report is damaged. Ask the township to "
                                  "issue it again."),
    "receipt.altered": ("检测报告在签名之后被改动过，不能使用。请请乡镇重新出具。",
                        "The verification report was changed after it was signed and cannot be used. Ask the "
                        "township to issue it again."),
    "receipt.no_township": ("还没有登记乡镇的签名公钥指纹，不能确认回执真是乡镇出具的。请主任或工作人员先在"
                            "“档案上报”页（或 griddesk archive township-key）登记乡镇给的指纹，再导入回执。",
                            "No township signing key fingerprint is registered yet, so the receipt cannot be "
                            "confirmed as the township's. A director or staff member must first register the "
                            "fingerprint the township gave on the Archive page (or with griddesk archive "
                            "township-key), then import the receipt."),
    "receipt.other_township": ("这份检测报告的签名人（指纹 {fingerprint}）不是本中心登记的乡镇（指纹 {registered}）。"
                               "没有导入。请与乡镇核对指纹；如果乡镇换了签名密钥，请先重新登记。",
                               "This verification report was signed by a key (fingerprint {fingerprint}) that is "
                               "not the township registered here (fingerprint {registered}). Nothing was "
                               "imported. Check the fingerprint with the township; if it changed its signing "
                               "key, register the new one first."),
    "receipt.altered_not_imported": ("检测报告在签名之后被改动过（签名与内容不符），没有导入。请请乡镇重新出具。",
                                     "The verification report was changed after it was signed (the signature "
                                     "does not match the content); nothing was imported. Ask the township to "
                                     "issue it again."),
    "receipt.dtd": ("检测报告里有 DTD 声明，GridDesk 出具的报告不会有它，没有导入。",
                    "The verification report contains a DTD declaration, which no report made by GridDesk "
                    "has; nothing was imported."),
    "receipt.bad_xml": ("签名的检测报告不是完好的 XML，没有导入。请请乡镇重新出具。",
                        "The signed verification report is not well-formed XML; nothing was imported. Ask the "
                        "township to issue it again."),
    "receipt.not_a_report": ("这不是乡镇的检测报告（根元素不是“检测报告”）。",
                             "This is not a township verification report (its root element is not the report's)."),
    "receipt.too_many": ("检测报告里有 {count} 个检测对象，超过 {limit} 个，没有导入。",
                         "The verification report has {count} checked objects, more than {limit}; nothing was "
                         "imported."),
    "receipt.stick_failed": ("乡镇的检测报告整体结论是“未通过”（U 盘上还有别的问题，见报告里失败的检测项）。"
                             "这种情况下乡镇不会登记接收，所以 {names} 没有标记为已接收。请按报告改正 U 盘上的问题，"
                             "再请乡镇重新检测并出具回执。",
                             "The township's report as a whole says \"failed\" (something else on the USB stick "
                             "is wrong: see the failed checks in the report). The township does not record a "
                             "receipt then, so {names} were not marked received. Correct what the report names "
                             "on the stick, then ask the township to check again and issue a receipt."),
    "receipt.batches_failed": ("乡镇的检测报告说 {names} 没有通过检测，所以没有标记为已接收。"
                               "请看报告里失败的检测项，改正后重新导出一批交乡镇。",
                               "The township's report says {names} did not pass, so they were not marked "
                               "received. See the failed checks in the report, correct them and export a new "
                               "batch for the township."),
    "receipt.none_of_ours": ("回执里没有本中心导出过的批次（包摘要都对不上）。请确认这是乡镇给本中心的检测报告。",
                             "The receipt names no batch this centre exported (no package digest matches). Make "
                             "sure this is the township's report for this centre."),
    # Registering the township's key at the village (services/archive_receipts)
    "receipt.bad_fingerprint": ("指纹应是 32 位十六进制数字（0-9、A-F），可以带空格。请照乡镇给的指纹重新填写。",
                                "A fingerprint is 32 hexadecimal digits (0-9, A-F), spaces allowed. Type it again "
                                "as the township gave it."),
    "receipt.fingerprint_mismatch": ("文件里的公钥指纹是 {from_file}，与填写的 {typed} 不一致，没有登记。请与乡镇核对。",
                                     "The key in the file has fingerprint {from_file}, not the {typed} typed in; "
                                     "nothing was registered. Check with the township."),
    "receipt.fingerprint_missing": ("请填写乡镇给的签名公钥指纹。",
                                    "Enter the signing key fingerprint the township gave."),
}
