"""Training, attendance and certificates."""

ENTRIES = {
    "uncertified": ("这位网格员没有有效的持证记录。", "This grid member holds no valid certificate."),
}

ENTRIES.update({
    "training.topic_required": ("请填写培训主题。", "Enter the training topic."),
    "training.organiser_required": ("请填写组织单位（如 县委政法委、乡镇综治中心）。",
                                    "Enter the organiser (e.g. the county's political-legal committee, the "
                                    "township's governance centre)."),
    "training.hours_positive": ("培训学时必须大于 0。", "The training hours must be more than 0."),
    "training.hours_too_many": ("一次培训的学时不能超过 {limit} 小时，请检查是否多写了一位。",
                                "One training cannot have more than {limit} hours; check for an extra digit."),
    # One attendance list's problems, each naming who
    "training.who_name": ("{name}", "{name}"),
    "training.who_number": ("第 {number} 人", "Person {number}"),
    "training.not_on_team": ("{who}不在网格队伍名单上。", "{who} is not on the grid team."),
    "training.twice": ("{who}在这次培训里重复了。", "{who} is listed twice for this training."),
    "training.not_started": ("{who}：培训还没开始（{date}），不能登记为已参加。",
                             "{who}: the training has not begun yet ({date}), so it cannot be recorded as attended."),
    "training.excused_reason": ("{who}请假，请写明原因。", "{who} is excused: give the reason."),
    "training.score_range": ("{who}的成绩 {score:g} 不在 0 到 100 之间。", "{who}'s score {score:g} is not between 0 "
                             "and 100."),
    "training.member_hours_positive": ("{who}的学时必须大于 0。", "{who}'s hours must be more than 0."),
    "training.member_hours_over": ("{who}的学时 {hours:g} 超过了这次培训的 {limit:g} 学时。",
                                   "{who}'s {hours:g} hours are more than this training's {limit:g}."),
    "training.not_assessed": ("{who}有考核结果，但这次培训没有考核。请先把培训设为“有考核”。",
                              "{who} has an assessment result, but this training has no assessment. Mark the "
                              "training as assessed first."),
    "training.absent_scored": ("{who}没有参加，不能有考核成绩。", "{who} did not attend, so cannot have a score."),
    "training.problems": ("{problems}", "{problems}"),
    "training.problems_more": ("{problems}\n……共 {count} 处问题。", "{problems}\n… {count} problems in all."),
    "training.presence_unreadable": ("签到栏“{value}”看不懂，应为 参加、请假 或 缺席。",
                                     "The attendance entry “{value}” cannot be read; it should be present, excused "
                                     "or absent."),
    "training.passed_unreadable": ("考核结果“{value}”看不懂，应为 合格 或 不合格。",
                                   "The assessment result “{value}” cannot be read; it should be passed or failed."),
    "training.not_a_number": ("{field}“{value}”不是数字。", "The {field} “{value}” is not a number."),
    # Certificates (持证上岗)
    "cert.refused": ("{name}{why}（未持证），按持证上岗的规定不能{act}。请{name}参加培训并登记证书；{then}",
                     "{name} {why} (uncertified), so under the certification rule may not {act}. {name} should "
                     "attend training and have the certificate recorded; {then}"),
    "cert.why.expired": ("证书已过期", "has a certificate that has run out"),
    "cert.why.none": ("还没有通过岗前培训，也没有登记有效的证书",
                      "has neither passed the induction training nor a valid certificate recorded"),
    "cert.act.assign": ("承办案件", "be given cases"),
    "cert.act.visit": ("登记走访和巡查", "log visits and patrols"),
    "cert.act.sign": ("印在网格公示牌上", "appear on the grid sign"),
    "cert.then.director": ("确需临时例外的，可以由您（主任）写明理由后准许这一次。",
                           "if an exception is truly needed, you (the director) may allow it this once with a reason."),
    "cert.then.ask": ("确需临时例外的，请主任写明理由后准许。",
                      "if an exception is truly needed, ask the director to allow it with a reason."),
})

ENTRIES.update({
    'cert.override_reason': ('请写明为什么要让未持证的人员临时上岗（至少两个字）。',
        'Say why an uncertified person should act this once (two characters at least).'),
    'training.attended_future': ('已经有人登记参加了这次培训，日期不能改到将来。',
        'People are recorded as having attended this training, so its date cannot move into the future.'),
    'cert.number_required': ('请填写证书编号。',
        'Enter the certificate number.'),
    'cert.issuer_required': ('请填写发证单位。',
        'Enter the issuing body.'),
    'cert.issued_future': ('发证日期不能晚于今天。',
        'The date of issue cannot be later than today.'),
    'cert.expiry_order': ('有效期截止日应在发证日期之后。',
        'The expiry date comes after the date of issue.'),
    'cert.not_on_team': ('这个人不在网格队伍名单上。',
        'This person is not on the grid team.'),
    'training.rule_range': ('每级每年要求的培训次数应在 0 到 {limit} 之间。',
        'The yearly number of trainings for each level is 0 to {limit}.'),
    'training.bad_year': ('年份不对。',
        'The year is not right.'),
})

ENTRIES.update({
    "training.gone": ("找不到这次培训。", "This training cannot be found."),
})

ENTRIES.update({
    "number.unreadable": ("“{value}”不是数字。", "“{value}” is not a number."),
    "training.member_problem": ("{name}：{problem}", "{name}: {problem}"),
})
