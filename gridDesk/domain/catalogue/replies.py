"""The township's reply package (issue 21): building it, reading it at the village, and what
became of each item. The `what` of a sentence is the package's own field name (its XML is Chinese
in every language, as the archive's metadata is):
they are passed as words (FIELDS), so an English session reads them in English."""

# The package's own field and element names (its XML is Chinese), each with an English word.
FIELDS = {
    "上报序号": "escalation number",
    "主题": "topic",
    "乡镇名称": "township name",
    "任务内容": "task details",
    "任务类型": "task type",
    "任务题名": "task title",
    "分值": "points",
    "办理期限": "due date",
    "包摘要": "package digest",
    "原因": "reason",
    "参加人员": "attendees",
    "回执说明": "receipt note",
    "地点": "place",
    "培训主题": "training topic",
    "培训地点": "training place",
    "培训时间": "training time",
    "复评人": "second reviewer",
    "复评日期": "second review date",
    "复评结论": "second review decision",
    "姓名": "name",
    "季度": "quarter",
    "学时": "hours",
    "开始": "start",
    "情况": "attendance",
    "成绩": "score",
    "批次": "batch",
    "授课人": "trainer",
    "文件": "file",
    "文号": "document number",
    "日期": "date",
    "期限": "deadline",
    "村代码": "village code",
    "村名称": "village name",
    "标识": "identifier",
    "案件编号": "case number",
    "理由": "grounds",
    "生成时间": "time made",
    "答复人": "answered by",
    "答复内容": "answer text",
    "答复时间": "answer time",
    "类型": "type",
    "结论": "decision",
    "编号": "key",
    "网格": "grid",
    "网格员编号": "member number",
    "考核": "assessed",
    "考核项目": "assessment item",
    "联系人": "contact",
    "联系电话": "contact phone",
    "请假原因": "excuse",
    "调整理由": "reason for the change",
    "身份证号": "ID number",
    "附件": "attachment",
    "附件题名": "attachment title",
    "项目": "item",
    "题名": "title",
    "回执": "receipt",
    "答复": "answer",
    "复评": "second review",
    "任务": "task",
    "培训": "training",
    "调整": "points change",
    "参加": "attendee",
    "乡镇回复": "township reply",
    "内容": "content",
}


def field_code(name: str) -> str:
    return "reply.field." + FIELDS[name].replace(" ", "_")


ENTRIES = {
    "reply.refused": ("乡镇回复包没有导入。", "The township's reply package was not imported."),
    "reply.bad_value": ("回复包的“{what}”不对：{value}。", "The reply package's \"{what}\" is not valid: {value}."),
    "reply.missing_value": ("回复包缺少“{what}”。", "The reply package lacks \"{what}\"."),
    "reply.text_long": ("回复包的“{what}”有 {length} 个字，超过上限 {limit} 个字；没有截短，请改短后重新生成。",
                        "The reply package's \"{what}\" has {length} characters, more than the limit of {limit}; "
                        "it was not cut: shorten it and build the package again."),
    "reply.control_chars": ("回复包的“{what}”里有控制字符。", "The reply package's \"{what}\" contains control characters."),
    "reply.bad_date": ("回复包的“{what}”日期不合理：{value}（应在 2000 年以后、不超过五年以后）。",
                       "The reply package's \"{what}\" date is not plausible: {value} (it must be after 2000 and "
                       "no more than five years ahead)."),
    "reply.bad_name": ("回复包的标识不对：{value}（应为 HF-乡镇9位代码-村12位代码-年-序号）。",
                       "The reply package's identifier is not valid: {value} (it must be HF-<9-digit township "
                       "code>-<12-digit village code>-<year>-<number>)."),
    "reply.village_outside": ("村 {village} 不属于乡镇 {township}（区划代码前 9 位不同）。",
                              "Village {village} does not belong to township {township} (the first 9 digits of "
                              "the division code differ)."),
    "reply.too_many": ("回复包的“{what}”有 {count} 条，超过上限 {limit} 条。",
                       "The reply package has {count} \"{what}\" entries, more than the limit of {limit}."),
    "reply.bad_key": ("回复包里“{what}”的编号不对：{value}（1 到 64 个字母、数字、点、横线或下划线）。",
                      "A \"{what}\" entry of the reply package has an invalid key: {value} (1 to 64 letters, "
                      "digits, dots, dashes or underscores)."),
    "reply.duplicate_key": ("回复包里有两条“{what}”编号都是 {value}。",
                            "Two \"{what}\" entries of the reply package have the same key {value}."),
    "reply.attachment_large": ("附件 {name} 超过 {limit_mb} MB。", "Attachment {name} is larger than {limit_mb} MB."),
    "reply.person_unnamed": ("回复包里的 {name} 既没有网格员编号也没有身份证号（掩码），村里无法确认是谁。",
                             "{name} in the reply package has neither a member number nor a masked ID number, so "
                             "the village cannot tell who it is."),
    "reply.bad_attachment": ("附件文件名 {name} 不符合命名规则（英文字母、数字，不能有路径）。",
                             "Attachment file name {name} breaks the naming rule (ASCII letters and digits, no "
                             "folders)."),
    "reply.file_missing": ("回复包缺少文件 {name}，没有导入。", "The reply package lacks file {name}; nothing was imported."),
    "reply.file_unreadable": ("回复包的文件 {name} 读不出来（不是普通文件，或太大），没有导入。",
                              "File {name} of the reply package cannot be read (not a regular file, or too large); "
                              "nothing was imported."),
    "reply.manifest_line": ("回复包的 {name} 第 {line} 行看不懂，没有导入。",
                            "Line {line} of the reply package's {name} cannot be read; nothing was imported."),
    "reply.not_a_folder": ("{path} 不是一个文件夹（回复包是 U 盘上名为 HF-… 的文件夹）。",
                           "{path} is not a folder (a reply package is a folder named HF-… on the stick)."),
    "reply.partial": ("{path} 是没有写完的回复包（.partial），不能导入。请乡镇重新写一次。",
                      "{path} is a reply package that was not finished (.partial) and cannot be imported. Ask the "
                      "township to write it again."),
    "reply.tampered": ("回复包在乡镇签名之后被改动过（{names}），没有导入。请乡镇重新出具。",
                       "The reply package was changed after the township signed it ({names}); nothing was "
                       "imported. Ask the township to issue it again."),
    "reply.not_a_reply": ("{path} 不是乡镇回复包（没有 bagit.txt 或 reply.xml）。",
                          "{path} is not a township reply package (it has no bagit.txt or reply.xml)."),
    "reply.unsigned": ("回复包没有乡镇的签名（或签名文件已损坏），没有导入。",
                       "The reply package carries no township signature (or its signature files are damaged); "
                       "nothing was imported."),
    "reply.no_township": ("还没有登记乡镇的签名公钥指纹，不能确认回复包真是乡镇出具的。请主任或工作人员先在"
                          "“档案上报”页（或 griddesk archive township-key）登记乡镇给的指纹，再导入。",
                          "No township signing key fingerprint is registered yet, so the reply package cannot be "
                          "confirmed as the township's. A director or staff member must first register the "
                          "fingerprint the township gave on the Archive page (or with griddesk archive "
                          "township-key), then import it."),
    "reply.other_township": ("这个回复包的签名人（指纹 {fingerprint}）不是本村登记的乡镇（指纹 {registered}），没有导入。"
                             "请与乡镇核对指纹；如果乡镇换了签名密钥，请先重新登记。",
                             "This reply package was signed by a key (fingerprint {fingerprint}) that is not the "
                             "township registered here (fingerprint {registered}); nothing was imported. Check the "
                             "fingerprint with the township; if it changed its signing key, register the new one "
                             "first."),
    "reply.signature_bad": ("回复包的签名与内容不符（签名之后被改动过），没有导入。请乡镇重新出具。",
                            "The reply package's signature does not match its content (it was changed after it was "
                            "signed); nothing was imported. Ask the township to issue it again."),
    "reply.bad_identifier": ("回复包的标识不对：{value}，没有导入。", "The reply package's identifier is not valid: "
                             "{value}; nothing was imported."),
    "reply.folder_mismatch": ("回复包文件夹名 {folder} 与它的标识 {value} 不一致，没有导入。",
                              "The reply package's folder name {folder} does not match its identifier {value}; "
                              "nothing was imported."),
    "reply.other_village": ("这个回复包是给另一个村的（{village} {name}），不是本村（{ours}），没有导入。",
                            "This reply package is for another village ({village} {name}), not this one ({ours}); "
                            "nothing was imported."),
    "reply.bad_content": ("回复包的 reply.xml 里 <{element}> 的 {attribute} 不对，没有导入。",
                          "In the reply package's reply.xml, {attribute} of <{element}> is not valid; nothing was "
                          "imported."),
    "reply.dtd": ("回复包的 reply.xml 里有 DTD 声明，没有导入。",
                  "The reply package's reply.xml contains a DTD declaration; nothing was imported."),
    "reply.bad_xml": ("回复包的 reply.xml 不是格式正确的乡镇回复，没有导入。",
                      "The reply package's reply.xml is not a well-formed township reply; nothing was imported."),
    # what each item is, and what became of it
    "reply.item.receipt": ("回执：{name}", "Receipt: {name}"),
    "reply.item.answer": ("答复：案件 {number} 第 {ordinal} 次上报（{kind}）",
                          "Answer: case {number}, escalation {ordinal} ({kind})"),
    "reply.item.review": ("复评：{name} {quarter}", "Second review: {name} {quarter}"),
    "reply.item.task": ("任务：{title}（{task_type}）", "Task: {title} ({task_type})"),
    "reply.item.training": ("培训：{topic}（{day}）", "Training: {topic} ({day})"),
    "reply.said": ("乡镇答复（{township}，{kind}，答复人：{who}，{at}，回复包 {name}）：{text}",
                   "The township's answer ({township}, {kind}, answered by {who}, {at}, reply package {name}): {text}"),
    "reply.kept.not_our_batch": ("{name} 不是本村导出的批次（包摘要对不上）。",
                                 "{name} is not a batch exported here (its package digest does not match)."),
    "reply.kept.batch_failed": ("乡镇检测 {name} 未通过：{text}。请重新导出后再交。",
                                "The township's check of {name} failed: {text}. Export it again and hand it over."),
    "reply.kept.no_case": ("本村没有编号为 {number} 的案件。", "There is no case numbered {number} here."),
    "reply.kept.closed": ("案件 {number} 已结案：乡镇的答复没有应用，已作为备注记在案件上。",
                          "Case {number} is closed: the township's answer was not applied; it is noted on the case."),
    "reply.kept.not_escalated": ("案件 {number} 只上报过 {count} 次，没有第 {ordinal} 次上报。",
                                 "Case {number} was escalated {count} times, not {ordinal}."),
    "reply.kept.escalated_again": ("这是对案件 {number} 第 {ordinal} 次上报的答复，案件已经第 {count} 次上报：没有应用，"
                                   "已作为备注记在案件上。",
                                   "This answers escalation {ordinal} of case {number}, which has been escalated "
                                   "{count} times since: not applied; it is noted on the case."),
    "reply.kept.moved_on": ("案件 {number} 现在是“{state}”，不在等待乡镇答复：没有应用，已作为备注记在案件上。",
                            "Case {number} is now \"{state}\", not waiting for the township: not applied; it is "
                            "noted on the case."),
    "reply.kept.before_escalation": ("答复时间 {at} 早于案件 {number} 上报乡镇的时间 {escalated}：没有应用，已作为备注记在案件上。"
                                     "请与乡镇核对时间。",
                                     "The answer's time {at} is before case {number} was escalated ({escalated}): not "
                                     "applied; it is noted on the case. Check the time with the township."),
    "reply.kept.no_item": ("考核项目没有找到：{names}。", "Assessment items not found: {names}."),
    "reply.kept.no_category": ("还没有任何事件分类，无法登记乡镇交办的任务。",
                               "There are no case categories yet, so the township's task cannot be registered."),
    "reply.kept.no_grid": ("本村没有这些网格：{grids}。", "These grids do not exist here: {grids}."),
    "reply.task_text": ("{township}交办（回复包 {name}），办理期限 {due}，文号 {document}。\n{text}",
                        "Assigned by {township} (reply package {name}), due {due}, document {document}.\n{text}"),
    "reply.kept.person_twice": ("培训“{topic}”的名单里同一个人出现了两次。",
                                "The same person is listed twice for the training \"{topic}\"."),
    "reply.training_note": ("乡镇回复包 {name} 带来", "From the township's reply package {name}"),
    "reply.kept.unknown_people": ("以下人员没有对上本村的网格员，未记录：{names}。",
                                  "These people did not match a member here and were not recorded: {names}."),
    "reply.kept.unknown_person": ("{name} 没有对上本村的网格员（姓名与网格员编号或身份证号不一致）。",
                                  "{name} did not match a member here (the name does not agree with the member "
                                  "number or the ID number)."),
    # the command line
    "cli.reply.imported": ("已导入乡镇回复包 {name}（{township}）：已应用 {applied} 项，此前已应用 {already} 项，"
                           "保留未应用 {kept} 项。",
                           "Imported the township's reply package {name} ({township}): {applied} items applied, "
                           "{already} applied before, {kept} kept, not applied."),
    "cli.reply.again": ("这个回复包以前导入过，没有作任何改动。", "This reply package was imported before; nothing changed."),
    "cli.reply.applied": ("已应用", "applied"),
    "cli.reply.already": ("此前已应用", "applied before"),
    "cli.reply.kept": ("保留未应用", "kept, not applied"),
}
ENTRIES.update({field_code(zh): (zh, en) for zh, en in FIELDS.items()})
