"""The township's answers to escalations and its reply packages (issue 21 item 3)."""

ENTRIES = {
    "township.answer.no_escalation": ("本乡镇没有收到村 {village} 案件 {number} 的第 {ordinal} 次上报，无法答复。",
                                      "The township has not received escalation {ordinal} of case {number} from "
                                      "village {village}; there is nothing to answer."),
    "township.answer.text_required": ("请填写答复内容。", "Please write the answer."),
    "township.answer.text_long": ("答复内容最多 {limit} 个字（现有 {length} 个），没有截断，请改短。",
                                  "An answer has at most {limit} characters (this one has {length}); it was not cut, "
                                  "please shorten it."),
    "township.answer.bad_kind": ("答复类型应为 instruct（指导意见）、return（退回）、solved（已办结）或 county（上报县级），"
                                 "收到“{value}”。",
                                 "The kind of answer is instruct, return, solved or county; got \u201c{value}\u201d."),
    "township.answer.bad_ordinal": ("上报序号应为 1 到 999 的整数（收到“{value}”）。",
                                    "The escalation's ordinal is a whole number from 1 to 999 (got \u201c{value}\u201d)."),
    "township.answer.bad_number": ("案件编号应为 1 到 40 个字符（收到“{value}”）。",
                                   "A case number has 1 to 40 characters (got \u201c{value}\u201d)."),
    "township.answer.photo_unreadable": ("无法读取附件 {file}：{os_error}。答复没有保存。",
                                         "Cannot read the attachment {file}: {os_error}. The answer was not saved."),
    "township.answer.photo_large": ("附件 {file} 超过 {limit_mb} MB，答复没有保存。",
                                    "The attachment {file} is larger than {limit_mb} MB; the answer was not saved."),
    "township.answer.photo_too_many": ("一条答复最多带 {limit} 个附件（现有 {count} 个）。",
                                       "An answer carries at most {limit} attachments (this one has {count})."),
    "township.reply.file_lost": ("答复的附件 {file} 在乡镇文件夹中已丢失或被改动，回复包没有生成。",
                                 "The answer's attachment {file} is missing from the township's folder or was changed; "
                                 "no reply package was made."),
    "township.reply.not_recorded": ("回复包 {name} 已写好，但乡镇数据库拒绝记录（可能另一位工作人员刚刚发出了同样的内容），"
                                    "已从 U 盘上删除，什么都没有发出。请重新生成。",
                                    "Reply package {name} was written, but the township database refused to record it "
                                    "(another staff member may have just sent the same items); it was taken off the "
                                    "stick and nothing was sent. Please make it again."),
    "township.reply.unrecorded_folder": (
        "U 盘上已经有 {folder}，但乡镇从没有记录它（上次写回复包时程序在记录前中断了），它带的内容都还没算发出。"
        "请删除这个文件夹，然后再写一次回复包：同样的内容会重新写入。",
        "{folder} is already on the stick, but the township never recorded it (the last reply write stopped before "
        "it was recorded), so nothing it carries counts as sent. Please delete that folder, then write the reply "
        "again: the same items will be written anew."),
    "township.reply.description_failed": ("写 U 盘上的说明文件.TXT 时出错（{os_error}），回复包 {name} 已从 U 盘删除，"
                                          "什么都没有发出。请检查 U 盘（是否写保护、已满）后再写一次。",
                                          "Writing the stick's description file (the .TXT listing its packages) failed ({os_error}); reply package {name} "
                                          "was taken off the stick and nothing was sent. Check the stick (write "
                                          "protected? full?) and write the reply again."),
    "township.reply.no_village": ("村 {village} 没有在本乡镇登记。", "Village {village} is not registered in this township."),
    "cli.township.answered": ("已答复：村 {village} 案件 {number} 第 {ordinal} 次上报（{kind}），等待写入回复包。",
                              "Answered: village {village}, case {number}, escalation {ordinal} ({kind}); it waits "
                              "for the next reply package."),
    "cli.township.reply_written": ("回复包 {name} 已写入 {folder}：回执 {receipts} 份，答复 {answers} 条。",
                                   "Reply package {name} written to {folder}: {receipts} receipts, {answers} answers."),
    "cli.township.reply_nothing": ("村 {village} 没有要回复的内容（没有新回执、没有未发送的答复），没有生成回复包。",
                                   "Nothing to send to village {village} (no new receipts, no unsent answers); no "
                                   "reply package was made."),
    "cli.township.queue_answered": ("  {village} {number} 第{ordinal}次 {title}：已答复，等待写入回复包",
                                    "  {village} {number} #{ordinal} {title}: answered, waiting for the reply package"),
    "cli.township.queue_sent": ("  {village} {number} 第{ordinal}次 {title}：答复已随回复包发出",
                                "  {village} {number} #{ordinal} {title}: the answer went out on a reply package"),
    "cli.township.reply_none": ("没有要回复的内容，没有生成回复包。", "Nothing to send; no reply package was made."),
}
