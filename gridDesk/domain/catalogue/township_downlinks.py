"""The township's second reviews, tasks and training sent down (issue 21 item 2)."""

# The fields a refusal names (Word("township.field.<name>")), in both languages.
FIELDS = {"member": ("网格员姓名", "grid member's name"), "decision": ("复评结论", "decision"),
          "reviewer": ("复评人", "reviewer"), "item": ("考核项目", "assessment item"), "reason": ("理由", "reason"),
          "task_type": ("任务类型", "task type"), "title": ("任务题名", "task title"), "document": ("文号", "document"),
          "details": ("任务内容", "task details"), "topic": ("培训主题", "training topic"),
          "place": ("培训地点", "place"), "trainer": ("授课人", "trainer"), "attendee": ("参加人姓名", "attendee's name"),
          "id_masked": ("身份证号", "ID number"), "hours": ("学时", "hours"), "score": ("成绩", "score"),
          "quarter": ("季度", "quarter"), "grids": ("网格", "grids"), "attendees": ("参加人员", "attendees"), "level": ("评议", "review level"), "member_id": ("网格员编号", "member number"),
          "decided_on": ("评议日期", "review date"), "answer": ("答复内容", "answer"), "name": ("名称", "name")}

ENTRIES = {
    **{f"township.field.{name}": pair for name, pair in FIELDS.items()},
    "township.text_long": ("“{field}”最多 {limit} 个字（现有 {length} 个），没有截断，请改短。",
                           "\u201c{field}\u201d has at most {limit} characters (this one has {length}); it was not cut, "
                           "please shorten it."),
    "township.import.bad_review": ("考核结果表（reviews.csv）中“{field}”一栏的“{value}”看不懂，这个包没有导入。"
                                   "请村里用 GridDesk 重新导出。",
                                   "The review results (reviews.csv) have \u201c{value}\u201d in the column "
                                   "\u201c{field}\u201d, which the township cannot read; the package was not loaded. "
                                   "Please ask the village to export it again with GridDesk."),
    # A cell of any CSV of a village's package (services/township_csv.py), by the file's words.
    "township.import.cell_controls": ("{file}第 {row} 行“{column}”一栏含有控制字符或无法保存的字符（{char}），"
                                      "这个包没有导入。请村里用 GridDesk 重新导出。",
                                      "The {file}, row {row}, column \u201c{column}\u201d, holds a control character "
                                      "or one that cannot be kept ({char}); the package was not loaded. Please ask "
                                      "the village to export it again with GridDesk."),
    "township.import.member_long": ("考核结果表（reviews.csv）中网格员姓名“{value}”有 {length} 个字，村里的网格员姓名最多 "
                                    "{limit} 个字，这个包没有导入（没有截断）。请村里用 GridDesk 重新导出。",
                                    "The review results (reviews.csv) name a grid member \u201c{value}\u201d of "
                                    "{length} characters; a village's member's name has at most {limit}. The package "
                                    "was not loaded (nothing was cut). Please ask the village to export it again with "
                                    "GridDesk."),
    "township.file.residents": ("居民花名册（residents.csv）", "residents' roster (residents.csv)"),
    "township.file.keygroups": ("重点人群登记表（keygroups.csv）", "key groups' register (keygroups.csv)"),
    "township.file.training": ("培训记录表（training.csv）", "training records (training.csv)"),
    "township.file.visits": ("走访记录表（visits.csv）", "visit records (visits.csv)"),
    "township.file.reviews": ("考核结果表（reviews.csv）", "review results (reviews.csv)"),
    # -- second reviews --------------------------------------------------------------------------
    "township.down.id_in_name": ("第 {n} 位参加人的姓名里有一串身份证号那样的数字。姓名只写姓名；要写身份证号，请写成 "
                                 "姓名/前 6 位、8 个 *、后 4 位。整串号码没有保存，也不会下发。",
                                 "Attendee {n}'s name holds a run of digits like an ID number. Write only the name "
                                 "there; to give the ID number, write NAME/its first 6 digits, 8 stars and its last "
                                 "4. The whole number was not kept and will not be sent."),
    "township.review.bad_quarter": ("季度应写成 2026Q3 这样（年份、Q、1 到 4），收到“{value}”。",
                                    "A quarter is written like 2026Q3 (the year, Q, 1 to 4); got \u201c{value}\u201d."),
    "township.review.member_required": ("请写上网格员的姓名。", "Please give the grid member's name."),
    "township.review.decision_required": ("请填写复评结论。", "Please write the second review's decision."),
    "township.review.reviewer_required": ("请填写复评人（乡镇党委或工作人员）。",
                                          "Please give who reviewed (the township's party committee or a staff "
                                          "member)."),
    "township.review.item_required": ("每项分值调整都要写考核项目名称。",
                                      "Each change of points needs the assessment item's name."),
    "township.review.reason_required": ("每项分值调整都要写理由。", "Each change of points needs its reason."),
    "township.review.bad_change": ("分值调整应写成 项目=分值:理由，收到“{value}”。",
                                   "A change of points is written ITEM=POINTS:REASON; got \u201c{value}\u201d."),
    "township.review.bad_points": ("分值应为 0 到 1000 之间的数，收到“{value}”。",
                                   "Points are a number from 0 to 1000; got \u201c{value}\u201d."),
    "township.review.too_many_changes": ("一次复评最多调整 {limit} 个项目（现有 {count} 个）。",
                                         "A second review changes at most {limit} items (this one has {count})."),
    "township.review.item_twice": ("项目“{name}”调整了两次，请合并为一条。",
                                   "The item \u201c{name}\u201d is changed twice; please make it one change."),
    "township.review.future": ("复评日期 {day} 还没到，请写实际复评的日期。",
                               "The review date {day} is in the future; please give the day it was decided."),
    "township.review.early": ("{quarter} 到 {end} 才结束，季度结束后才能复评。",
                              "{quarter} ends on {end}; a quarter is reviewed after it is over."),
    "township.review.before_first": ("复评日期早于村党组织初评（{first}），请核对日期。",
                                     "The second review's date is before the village's first review ({first}); "
                                     "please check the date."),
    "township.review.not_in": ("还没有收到村 {village} 对 {name} {quarter} 的初评结果，无法复评。请等村里下一次上报。",
                               "The village {village} has not yet reported its first review of {name} for {quarter}; "
                               "there is nothing to review. Wait for the village's next batch."),
    "township.review.two_members": ("村 {village} 有两位叫 {name} 的网格员都在 {quarter} 初评中，无法分辨，请联系村里。",
                                    "The village {village} reported two grid members named {name} for {quarter}; the "
                                    "township cannot tell them apart. Please contact the village."),
    "township.review.done_at_village": ("村 {village} 报来的结果显示 {name} {quarter} 已有乡镇党委复评，不再复评。",
                                        "The village {village} reports that {name}'s {quarter} already has its second "
                                        "review; it is not reviewed again."),
    "township.review.already": ("{name} {quarter}（村 {village}）已在乡镇登记过复评，不能重复登记。",
                                "The second review of {name} for {quarter} (village {village}) is already recorded "
                                "at the township; it is not recorded twice."),
    "township.review.no_member_id": ("村 {village} 的包没有写 {name} 的网格员编号（旧版本导出），复评无法送达。"
                                     "请村里升级 GridDesk 后重新上报考核结果。",
                                     "The village {village}'s package does not give {name}'s member number (an older "
                                     "version exported it), so the review cannot reach them. Please ask the village "
                                     "to update GridDesk and report the review results again."),
    # -- tasks and training ------------------------------------------------------------------------
    "township.down.required": ("请填写“{field}”。", "Please fill in \u201c{field}\u201d."),
    "township.down.not_listed": ("任务类型“{task_type}”不在准入清单上，不能交办给网格员。清单上有：{names}。",
                                 "The task type \u201c{task_type}\u201d is not on the admission list; it may not be "
                                 "put on grid members. The list has: {names}."),
    "township.down.bad_date": ("日期应写成 YYYY-MM-DD，收到“{value}”。",
                               "A date is written YYYY-MM-DD; got \u201c{value}\u201d."),
    "township.down.due_range": ("办理期限 {value} 不对：应从今天起、{years} 年以内。",
                                "The due date {value} is wrong: it must be from today and within {years} years."),
    "township.down.too_many": ("{what}最多 {limit} 个（现有 {count} 个），没有保存。",
                               "At most {limit} of {what} (this has {count}); nothing was saved."),
    "township.down.bad_grid": ("网格代码“{grid}”不对：应为 1 到 32 个字母、数字或 - _ .。",
                               "The grid code \u201c{grid}\u201d is wrong: 1 to 32 letters, digits or - _ ."),
    "township.down.no_villages": ("还没有登记任何村，没有可交办的对象。", "No village is registered yet; there is "
                                                                       "no one to send it to."),
    "township.down.bad_time": ("培训时间应写成 YYYY-MM-DD HH:MM，收到“{value}”。",
                               "A training time is written YYYY-MM-DD HH:MM; got \u201c{value}\u201d."),
    "township.down.not_held": ("培训时间 {value} 还没到（或早于 2000 年）：只能登记已举办的培训。",
                               "The training time {value} has not come yet (or is before 2000): only a session "
                               "already held is recorded."),
    "township.down.bad_number": ("“{field}”应为 {low} 到 {high} 之间的数，收到“{value}”。",
                                 "\u201c{field}\u201d is a number from {low} to {high}; got \u201c{value}\u201d."),
    "township.down.no_attendees": ("请写上参加培训的人员。", "Please name who attended the training."),
    "township.down.bad_masked_id": ("{name} 的身份证号“{value}”不对：应为前 6 位、8 个 *、后 4 位。",
                                    "{name}'s ID number \u201c{value}\u201d is wrong: the first 6 digits, 8 stars, "
                                    "the last 4."),
    "township.down.person_twice": ("{name} 在名单里出现了两次。", "{name} is on the list twice."),
    "township.down.who": ("乡镇无法确认 {name} 是村里的哪位网格员（村里报来的考核结果中没有此人，或有同名）。"
                          "请写成 姓名/身份证号（前 6 位、8 个 *、后 4 位）。",
                          "The township cannot tell which of the village's grid members {name} is (the village's "
                          "review results do not name them, or name two). Please write NAME/ID number (the first "
                          "6 digits, 8 stars, the last 4)."),
    "township.down.bad_presence": ("{name} 的出勤情况“{value}”看不懂，应为 参加、请假 或 缺席。",
                                   "{name}'s attendance \u201c{value}\u201d is not understood: it is present, "
                                   "excused or absent."),
    "township.down.excused_reason": ("{name} 请假，请写上原因。", "{name} was excused; please give the reason."),
    "township.down.not_assessed": ("{name} 有考核成绩，但这次培训没有考核。请先把培训设为有考核。",
                                   "{name} has a score, but this training was not assessed. Mark it assessed first."),
    "township.down.absent_scored": ("{name} 没有参加，不能有成绩或合格。",
                                    "{name} did not attend and cannot have a score or a pass."),
    # -- the command line -----------------------------------------------------------------------------
    "cli.township.reviews_head": ("等待乡镇复评的季度考核：{count} 项", "Quarterly reviews waiting for the township's "
                                                                     "second review: {count}"),
    "cli.township.review_row": ("  {village} {name} {quarter} {member}：初评 {reviewer} {decided}，{total} 分 {grade}",
                                "  {village} {name} {quarter} {member}: first review by {reviewer} on {decided}, "
                                "{total} points, {grade}"),
    "cli.township.reviewed": ("已登记复评：村 {village} {member} {quarter}（{reviewer}），等待写入回复包。",
                              "Second review recorded: village {village}, {member}, {quarter} ({reviewer}); it waits "
                              "for the next reply package."),
    "cli.township.task_sent": ("已交办任务“{title}”（{task_type}）给 {count} 个村，等待写入回复包。",
                               "Task \u201c{title}\u201d ({task_type}) kept for {count} villages; it waits for the "
                               "next reply package."),
    "cli.township.training_sent": ("已登记培训“{topic}”（村 {village}，{count} 人），等待写入回复包。",
                                   "Training \u201c{topic}\u201d recorded (village {village}, {count} people); it "
                                   "waits for the next reply package."),
    "cli.township.reply_down": ("  其中复评 {reviews} 项，任务 {tasks} 件，培训 {trainings} 次。",
                                "  With {reviews} second reviews, {tasks} tasks and {trainings} training sessions."),
}
