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

# -- The verifier's report (archive/verify.py): the four properties of DA/T 70, each check's name,
# and each problem it found. Parameters named path, target, folder, value and name are the package's
# own text (file names, what bag-info.txt says): shown as they are, never translated.
REPORT = {
    "package.property.auth": ("真实性", "authenticity"),
    "package.property.integrity": ("完整性", "integrity"),
    "package.property.usability": ("可用性", "usability"),
    "package.property.security": ("安全性", "security"),
    "package.report.target": ("== {target}：{verdict}", "== {target}: {verdict}"),
    "package.report.all_passed": ("全部通过", "all passed"),
    "package.report.failed": ("未通过", "failed"),
    "package.report.digest": ("   包摘要（SM3）：{digest}", "   Package digest (SM3): {digest}"),
    "package.report.signer": ("   签名人公钥指纹：{fingerprint}", "   Signer's key fingerprint: {fingerprint}"),
    "package.report.audit_head": ("   审计链头：第 {count} 条，摘要 {short}", "   Audit chain head: record {count}, digest {short}"),
    "package.report.audit_note": ("（{note}）", " ({note})"),
    "package.report.pass": ("    通过  {check}", "    pass  {check}"),
    "package.report.fail": ("    失败  {check}", "    FAIL  {check}"),
    "package.report.reason": ("：{reason}", ": {reason}"),
    "package.report.more": ("……共 {count} 处", "... {count} in all"),
    # The checks
    "package.check.completed": ("检测能够完成", "The check could be completed"),
    "package.check.real_folder": ("档案包是文件夹本身，不是链接", "The package is a folder itself, not a link"),
    "package.check.no_links": ("没有链接、绝对路径或 .. 路径", "No links, absolute paths or .. paths"),
    "package.check.no_programs": ("没有可执行文件或自动运行文件", "No programs or autorun files"),
    "package.check.not_partial": ("不是未完成的 .partial 文件夹", "Not an unfinished .partial folder"),
    "package.check.bagit": ("bagit.txt 存在且为 BagIt 1.0", "bagit.txt is present and says BagIt 1.0"),
    "package.check.root_known": ("包的根目录没有不认识的文件", "Nothing unknown at the package's root"),
    "package.check.bag_info": ("bag-info.txt 必填项齐全", "bag-info.txt has every required label"),
    "package.check.manifest_parses": ("{manifest} 每行可解析", "Every line of {manifest} can be read"),
    "package.check.none_missing": ("没有缺失的文件", "No file is missing"),
    "package.check.none_extra": ("没有多出的文件", "No file is extra"),
    "package.check.oxum": ("Payload-Oxum 与文件数、字节数一致", "Payload-Oxum matches the number of files and bytes"),
    "package.check.sm3": ("每个文件的 SM3 与清单一致", "Every file's SM3 matches the manifest"),
    "package.check.sha256": ("每个文件的 SHA-256 与清单一致", "Every file's SHA-256 matches the manifest"),
    "package.check.paths_inside": ("清单里的路径都在包内（没有 ..、绝对路径、盘符或反斜杠）",
                                   "Every path in the manifests is inside the package (no .., absolute path, "
                                   "drive letter or backslash)"),
    "package.check.tags": ("标签文件与 {manifest} 一致", "The tag files match {manifest}"),
    "package.check.signature": ("数字签名（SM2）有效", "The digital signature (SM2) is valid"),
    "package.check.signer_registered": ("签名人是已登记的村综治中心", "The signer is a registered village centre"),
    "package.check.names_agree": ("文件夹名、External-Identifier 与 bag-info 的村一致",
                                  "The folder name, External-Identifier and bag-info name the same village"),
    "package.check.chain": ("批次链没有断档", "The chain of batches is unbroken"),
    "package.check.audit": ("审计日志段接续已收到的链头", "The audit segment extends the head received before"),
    "package.check.found": ("找到了档案包", "Packages were found"),
    "package.check.stick_only_bags": ("U 盘上只有说明文件和档案包",
                                      "The USB stick holds only the description file and packages"),
    "package.check.stick_no_links": ("U 盘上没有链接或特殊文件", "No links or special files on the USB stick"),
    "package.check.stick_no_partial": ("没有未完成的 .partial 文件夹", "No unfinished .partial folders"),
    "package.check.description": ("说明文件.TXT 记载了每个包的摘要", "The description file records every package's digest"),
    "package.check.xml": ("XML 格式良好", "The XML is well-formed"),
    "package.check.schema": ("元数据符合 XSD，取值合规，档号不重复",
                             "The metadata follows the XSD, its values are valid and no archival code repeats"),
    "package.check.dates": ("日期先后合理", "The dates are in a sensible order"),
    "package.check.documents": ("文件大小、摘要、实际格式与元数据一致",
                                "Each file's size, digest and real format match its metadata"),
    "package.check.six_steps": ("每件案件六个环节齐全（或写明原因）",
                                "Every case has all six steps (or says why not)"),
    "package.check.case_count": ("案件数与 bag-info 一致", "The number of cases matches bag-info"),
    "package.check.usable": ("PDF 能打开、未加密、无脚本、字体已嵌入；图片能解码",
                             "PDFs open, are not encrypted, have no scripts and embed their fonts; images decode"),
    "package.check.marked": ("含个人信息的条目带有控制标识", "Items with personal data carry a control mark"),
    "package.check.formulas": ("CSV 里没有会被当作公式执行的单元格", "No CSV cell would run as a formula"),
    # What a check found
    "package.p.crashed": ("检测时出错：{detail}", "The check failed with an error: {detail}"),
    "package.p.not_real_folder": ("{path} 是链接或不是文件夹，未检测", "{path} is a link or not a folder; not checked"),
    "package.p.unlistable": ("{path}（无法列出：{os_error}）", "{path} (cannot be listed: {os_error})"),
    "package.p.not_utf8": ("{path}（文件名不是 UTF-8）", "{path} (the file name is not UTF-8)"),
    "package.p.link": ("{path}（链接）", "{path} (a link)"),
    "package.p.no_attributes": ("{path}（无法读取属性）", "{path} (its attributes cannot be read)"),
    "package.p.not_regular": ("{path}（不是普通文件）", "{path} (not a regular file)"),
    "package.p.path_empty": ("路径为空", "an empty path"),
    "package.p.path_backslash": ("路径含反斜杠：{path}", "a path with a backslash: {path}"),
    "package.p.path_absolute": ("绝对路径或带盘符的路径：{path}", "an absolute path or one with a drive letter: {path}"),
    "package.p.path_dots": ("路径含 .. 或空的路径段：{path}", "a path with .. or an empty part: {path}"),
    "package.p.path_control": ("路径含控制字符：{path}", "a path with control characters: {path}"),
    "package.p.manifest_unreadable": ("缺少 {manifest}，或它不是普通文件，或太大",
                                      "{manifest} is missing, not a regular file, or too large"),
    "package.p.line_unparsed": ("{manifest} 第 {line} 行无法解析", "{manifest} line {line} cannot be read"),
    "package.p.line_path": ("{manifest} 第 {line} 行：{reason}", "{manifest} line {line}: {reason}"),
    "package.p.line_repeated_same": ("{manifest} 第 {line} 行重复列出 {path}（第 {first} 行已有，摘要相同）",
                                     "{manifest} line {line} lists {path} again (already on line {first}, same "
                                     "digest)"),
    "package.p.line_repeated_different": ("{manifest} 第 {line} 行重复列出 {path}（第 {first} 行已有，摘要不同）",
                                          "{manifest} line {line} lists {path} again (already on line {first}, "
                                          "different digest)"),
    "package.p.bagit_bad": ("缺少或版本不对", "missing, or the wrong version"),
    "package.p.unknown": ("不认识的：{path}", "unknown: {path}"),
    "package.p.missing_label": ("缺少 {label}", "{label} is missing"),
    "package.p.listed_absent": ("清单有而包里没有：{path}", "in the manifest but not in the package: {path}"),
    "package.p.unlisted": ("包里有而清单没有：{path}", "in the package but not in the manifest: {path}"),
    "package.p.oxum": ("bag-info 写的是 {value}，实际是 {actual}", "bag-info says {value}; in fact {actual}"),
    "package.p.oversized": ("包里文件共 {total} 字节，远超 Payload-Oxum 所写（{value}），为免读取超大文件，没有重算摘要",
                            "The package's files come to {total} bytes, far more than Payload-Oxum says ({value}); "
                            "to avoid reading huge files the digests were not recomputed"),
    "package.p.none": ("无", "none"),
    "package.p.tag_listed": ("{manifest} 列出了不该列的 {path}", "{manifest} lists {path}, which it should not"),
    "package.p.missing": ("缺少 {path}", "{path} is missing"),
    "package.p.too_large": ("{path} 太大", "{path} is too large"),
    "package.p.changed": ("{path} 已被改动", "{path} was changed"),
    "package.p.not_in_manifest": ("{path} 不在 {manifest} 里", "{path} is not in {manifest}"),
    "package.p.no_signature": ("缺少签名或签名人公钥", "the signature or the signer's key is missing"),
    "package.p.signer_unreadable": ("无法读取签名人公钥", "the signer's key cannot be read"),
    "package.p.signature_bad": ("签名与 tagmanifest-sm3.txt 不符（包被改动，或签名被替换）",
                                "the signature does not match tagmanifest-sm3.txt (the package was changed, or the "
                                "signature replaced)"),
    "package.p.signer_unknown": ("签名人公钥（指纹 {fingerprint}）没有登记",
                                 "the signer's key (fingerprint {fingerprint}) is not registered"),
    "package.p.signer_other_village": ("签名人公钥登记给 {village}（{name}），包却自称 {value}",
                                       "the signer's key is registered to {village} ({name}), but the package "
                                       "claims to be {value}"),
    "package.p.signer_other_name": ("包里写的单位是“{value}”，该公钥登记的是“{name}”",
                                    "the package names its centre “{value}”; the key is registered to “{name}”"),
    "package.p.village_other_key": ("{village} 登记的是另一把公钥（指纹 {fingerprint}）",
                                    "{village} has another key registered (fingerprint {fingerprint})"),
    "package.p.identifier_bad": ("External-Identifier“{value}”不是 ZZ-村代码-年份-序号",
                                 "External-Identifier “{value}” is not ZZ-village code-year-number"),
    "package.p.folder_mismatch": ("文件夹名 {folder} 与 External-Identifier {value} 不一致",
                                  "the folder name {folder} does not match External-Identifier {value}"),
    "package.p.group_mismatch": ("Bag-Group-Identifier {value} 与村代码 {village} 不一致",
                                 "Bag-Group-Identifier {value} does not match the village code {village}"),
    "package.p.chain_first_not_first": ("Previous-Bag-Digest-SM3 写 none（第一批），但这是第 {number} 批："
                                        "只有一个村的第一批可以没有上一批",
                                        "Previous-Bag-Digest-SM3 says none (a first batch), but this is batch "
                                        "{number}: only a village's first batch may have no previous one"),
    "package.p.chain_first_again": ("已经接收过 {village} 的批次，这一批却自称第一批（Previous-Bag-Digest-SM3: none）",
                                    "batches of {village} were received before, yet this one claims to be the "
                                    "first (Previous-Bag-Digest-SM3: none)"),
    "package.p.chain_missing": ("bag-info 没有写 Previous-Bag-Digest-SM3",
                                "bag-info does not give Previous-Bag-Digest-SM3"),
    "package.p.chain_not_digest": ("Previous-Bag-Digest-SM3 不是 SM3 摘要：{value}",
                                   "Previous-Bag-Digest-SM3 is not an SM3 digest: {value}"),
    "package.p.chain_unknown": ("上一批（{value}）的摘要 {digest}… 在 U 盘上和已接收的批次里都找不到",
                                "the previous batch ({value}), digest {digest}..., is neither on the USB stick "
                                "nor among the batches received"),
    "package.p.segment_too_large": ("审计日志段太大（{size} MB，上限 {limit} MB），不像村里的审计记录，没有读取",
                                    "the audit segment is too large ({size} MB, the limit is {limit} MB) for a "
                                    "village's audit records; not read"),
    "package.p.segment_unread": ("审计日志文件没有读取：{reason}", "the audit log files were not read: {reason}"),
    "package.p.not_a_folder": ("{path} 不是文件夹：请给出档案包的文件夹或 U 盘的根目录",
                               "{path} is not a folder: give a package's folder or the USB stick's root"),
    "package.p.extra": ("多出的：{path}", "extra: {path}"),
    "package.p.stick_link": ("{path}（链接或特殊文件，未检测）", "{path} (a link or special file; not checked)"),
    "package.p.not_described": ("{target}：摘要不在说明文件里", "{target}: its digest is not in the description file"),
    "package.p.no_bags": ("这里没有档案包（找不到 bagit.txt）", "There are no packages here (no bagit.txt found)"),
}

ENTRIES.update(REPORT)

# -- The audit segment a package carries, against the heads the township received (audit_anchor)
ANCHOR = {
    "anchor.p.none": ("包里没有审计日志段和链头（{file}）：无法确认村里的审计日志没有被改写",
                      "The package has no audit segment and head ({file}): there is no telling "
                      "whether the village's audit log was rewritten"),
    "anchor.p.one_only": ("审计日志段和链头只有其中一个", "Only one of the audit segment and its head is there"),
    "anchor.p.head_too_large": ("审计链头文件太大，不是 GridDesk 写的链头",
                                "The audit head file is too large to be one GridDesk wrote"),
    "anchor.p.head_not_json": ("审计链头文件不是有效的 JSON", "The audit head file is not valid JSON"),
    "anchor.p.head_format": ("审计链头文件的格式不认识", "The audit head file's format is unknown"),
    "anchor.p.head_values": ("审计链头文件的内容不完整或取值不对", "The audit head file is incomplete or has wrong values"),
    "anchor.p.info_mismatch": ("bag-info 的 Audit-Chain-Head 与 {file} 不一致",
                               "bag-info's Audit-Chain-Head does not match {file}"),
    "anchor.p.conflict": ("本乡镇为“{value}”保存的审计链头（第 {count} 条）与签这个包的公钥以前送来的（第 {key_count} 条）"
                          "不一致：同一个签名人不应有两条审计链。请与村里核实",
                          "The audit head this township holds for “{value}” (record {count}) disagrees with the "
                          "one the key that signed this package sent before (record {key_count}): one signer "
                          "cannot have two audit chains. Check with the village"),
    "anchor.note.seen_before": ("这一批的审计链头（第 {count} 条）以前已经收到过",
                                "this batch's audit head (record {count}) was received before"),
    "anchor.p.head_reused": ("这一批带的审计链头（第 {count} 条）以前已经随别的批次收到过：新的批次必须带上"
                             "此后写下的审计记录。请村里用 GridDesk 重新导出，不要拿旧批次的审计文件顶替",
                             "The audit head this batch carries (record {count}) came before with another batch: "
                             "a new batch must carry the audit records written since. Ask the village to export "
                             "again with GridDesk, not to reuse an old batch's audit files"),
    "anchor.p.not_regular": ("{file} 不是普通文件（链接或文件夹），不予读取",
                             "{file} is not a regular file (a link or a folder); not read"),
    "anchor.p.too_large": ("{file} 太大（{size:.0f} MB，上限 {limit:.0f} MB），不像村里的审计记录，没有读取",
                           "{file} is too large ({size:.0f} MB, the limit is {limit:.0f} MB) for a village's audit "
                           "records; not read"),
    "anchor.p.unreadable": ("审计日志文件读不出来（{os_error}）", "The audit log files cannot be read ({os_error})"),
    "anchor.p.not_utf8": ("审计日志段不是 UTF-8 文本", "The audit segment is not UTF-8 text"),
    "anchor.p.row_unparsed": ("审计日志段第 {line} 行无法解析", "Line {line} of the audit segment cannot be read"),
    "anchor.p.row_wrong": ("审计日志段第 {line} 行：应为第 {expected} 条记录，编号或内容不对",
                           "Line {line} of the audit segment: record {expected} was due, its number or content "
                           "is wrong"),
    "anchor.p.row_altered": ("审计记录第 {record} 条的内容与它的摘要不符（被改动过）",
                             "Audit record {record} does not match its digest (it was changed)"),
    "anchor.p.row_not_masked": ("审计记录第 {record} 条标为“已遮蔽”，内容却不像遮蔽过的（没有遮蔽的号码，或仍有完整号码）",
                                "Audit record {record} is marked masked but does not look masked (no masked "
                                "number, or a whole number left)"),
    "anchor.p.count_mismatch": ("审计日志段到第 {last} 条为止，链头却说有 {count} 条",
                                "The audit segment ends at record {last}, but the head says {count}"),
    "anchor.p.head_mismatch": ("审计日志段算出的链头与包里签名的链头不符",
                               "The head computed from the audit segment does not match the signed head in the "
                               "package"),
    "anchor.note.first": ("首次收到该村的审计链头：第 {count} 条", "the village's first audit head received: record {count}"),
    "anchor.note.new_here": ("本乡镇还没有该村的审计链头；这次从第 {first} 条起收到，以后的批次将与它比对",
                             "this township had no audit head of the village; received from record {first} on, "
                             "later batches will be compared with it"),
    "anchor.p.truncated": ("审计日志被截短：已上报到第 {known} 条，这次只到第 {count} 条（第 {next} 条起不见了）",
                           "The audit log was cut short: records up to {known} were sent before, this time only up "
                           "to {count} (from {next} on they are gone)"),
    "anchor.p.gap": ("审计日志第 {start}–{end} 条没有随包送来",
                     "Audit records {start}-{end} did not come with the package"),
    "anchor.p.renumbered": ("审计日志段从第 {first} 条起，但第 {first}–{known} 条已经上报过："
                            "已上报的记录被改写或删除后重新编了号",
                            "The audit segment starts at record {first}, but records {first}-{known} were sent "
                            "before: records already sent were rewritten or deleted and renumbered"),
    "anchor.p.rewritten": ("已上报的审计记录（第 1–{known} 条）在村里被改写或删除：第 {known} 条的链值与上次收到的链头不一致",
                           "Audit records already sent (1-{known}) were rewritten or deleted at the village: "
                           "record {known}'s chain value does not match the head received last time"),
    "anchor.note.extends": ("审计日志接续上次的第 {known} 条，到第 {count} 条",
                            "the audit log goes on from record {known} of last time to record {count}"),
}

ENTRIES.update(ANCHOR)

# -- Each payload file's content (verify_files, verify_items)
CONTENT = {
    "package.pdf.not_pdf": ("{path} 不是 PDF（文件头不对），打不开", "{path} is not a PDF (wrong header) and does not open"),
    "package.pdf.timeout": ("{path} 在 {seconds:.0f} 秒内没能解析完，按打不开处理",
                            "{path} could not be parsed within {seconds:.0f} seconds and counts as not opening"),
    "package.pdf.unopenable": ("{path} 打不开（{detail}）", "{path} does not open ({detail})"),
    "package.pdf.encrypted": ("{path} 已加密", "{path} is encrypted"),
    "package.pdf.active": ("{path} 含有脚本、自动动作或嵌入内容（{names}）",
                           "{path} holds scripts, automatic actions or embedded content ({names})"),
    "package.pdf.font": ("{path} 有字体没有嵌入", "{path} has a font that is not embedded"),
    "package.image.undecodable": ("{path} 无法解码", "{path} cannot be decoded"),
    "package.csv.formula": ("{path} 第 {row} 行第 {column} 列以 {first} 开头，会被电子表格当作公式执行",
                            "{path} row {row} column {column} starts with {first}, which a spreadsheet would run "
                            "as a formula"),
    "package.csv.unreadable": ("{path} 无法按 UTF-8 CSV 读取（{detail}）", "{path} cannot be read as UTF-8 CSV ({detail})"),
    "package.item.xml": ("{path}：{detail}", "{path}: {detail}"),
    "package.item.unmarked": ("{code} 含个人信息，控制标识却没有写明",
                              "{code} holds personal data but its control mark does not say so"),
    "package.item.code_repeated": ("档号重复：{code}", "archival code repeated: {code}"),
    "package.item.order": ("{code} 的业务实体时间顺序不对", "the business entities of {code} are out of time order"),
    "package.item.steps_missing": ("{code} 缺少 {steps}，也没有说明原因", "{code} lacks {steps} and does not say why"),
    "package.item.document_absent": ("{code}：元数据里的 {path} 不在包里", "{code}: {path} in its metadata is not in the package"),
    "package.item.document_differs": ("{code}：{path} 的大小或摘要与元数据不符",
                                      "{code}: the size or digest of {path} does not match the metadata"),
    "package.item.document_format": ("{code}：{path} 的实际格式不是 {format}", "{code}: {path} is not really {format}"),
    "package.item.case_count": ("bag-info 写 {value} 件，实际 {count} 件", "bag-info says {value} cases; there are {count}"),
}

ENTRIES.update(CONTENT)
