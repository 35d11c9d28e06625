"""Words that are parameters of other sentences: the fields of a form (`field.<key>`)."""

_FIELDS = {
    "name": ("姓名", "name"), "id_number": ("身份证号", "ID number"), "sex": ("性别", "sex"),
    "birth_date": ("出生日期", "date of birth"), "extra": ("台账中的其他列", "another column of the ledger"),
    "former_name": ("曾用名", "former name"), "registered_place": ("户籍地", "place of registration"),
    "police_station": ("户籍派出所", "registering police station"),
    "temporary_residence": ("临时居所", "temporary residence"), "other_address": ("其他地址", "other address"),
    "hukou_kind": ("户口类别", "kind of household registration"), "religion": ("宗教信仰", "religion"),
    "blood_type": ("血型", "blood type"), "height_cm": ("身高", "height"), "home_phone": ("住宅电话", "home phone"),
    "email": ("电子邮箱", "email"), "family_honour": ("家庭称号", "family title"),
    "away_address": ("外出详址", "address while away"), "relation_note": ("与户主关系备注", "note on the relation"), "phone": ("联系电话", "phone"),
    "phone2": ("备用电话", "second phone"), "household_number": ("户号", "household number"),
    "relation": ("与户主关系", "relation to the head of household"), "ethnicity": ("民族", "ethnic group"),
    "political_status": ("政治面貌", "political status"), "education": ("文化程度", "education"),
    "marital_status": ("婚姻状况", "marital status"), "registered_address": ("户籍地址", "registered address"),
    "actual_address": ("现居住地址", "present address"), "residence_status": ("人户状态", "residence status"),
    "away_reason": ("外出原因", "reason for being away"), "away_destination": ("外出去向", "where they went"),
    "employer": ("工作单位", "employer"), "occupation": ("职业", "occupation"), "notes": ("备注", "notes"),
    "number": ("编号", "number"), "address": ("地址", "address"), "duties": ("职责", "duties"),
    "role": ("岗位", "post"), "group": ("人群类别", "group"), "level": ("关注程度", "level of attention"),
    "title": ("标题", "title"), "description": ("情况描述", "description"), "place": ("地点", "place"),
    "reporter": ("反映人", "reporter"), "detail": ("说明", "explanation"), "assignee": ("承办人", "assignee"),
    "result": ("处理结果", "result"), "topic": ("培训主题", "training topic"), "organiser": ("组织单位", "organiser"),
    "trainer": ("授课人", "trainer"), "reason": ("理由", "reason"), "issuer": ("发证单位", "issuing body"),
    "companions": ("同行人员", "companions"), "finding": ("发现的问题", "finding"), "code": ("编码", "code"),
    "villager_groups": ("村民小组", "villager groups"), "boundary": ("四至范围", "boundaries"),
    "centre_phone": ("中心电话", "centre phone"), "supervision_phone": ("监督电话", "supervision phone"),
    "display_name": ("姓名", "name"), "village": ("村名", "village"),
    "village_name": ("村（社区）名称", "village (community) name"), "category": ("类别名称", "category name"),
    "township": ("乡镇", "township"), "details": ("登记信息", "details"), "calendar": ("节假日名称", "holiday name"),
    "grid_name": ("网格名称", "grid name"), "task_type": ("任务类型", "task type"),
    "document": ("文件文号", "document number"), "hours": ("学时", "hours"), "attendance": ("签到", "attendance"), "score": ("成绩", "score"),
    "capacity": ("可住人数", "number of occupants"), "org_type": ("类型", "type"),
    "risk_type": ("类别", "category"), "hazard": ("隐患等级", "hazard level"),
    "username": ("用户名", "user name"), "other": ("这一项", "this field"),
}
_FIELDS.update({"dispute_period": ("填报月份", "reporting month"), "dispute_bands": ("涉及人数分档", "people bands"),
                "dispute_row": ("统计表的行", "report row")})  # issue 20: the monthly dispute report

# issue 20: the register of petitions (信访)
_FIELDS.update({
    "received_on": ("收到日期", "date received"), "people": ("人数", "number of people"),
    "petitioners": ("信访人", "petitioners"), "purpose_id": ("诉求类别", "purpose"),
    "subject_id": ("问题类别", "category of the matter"), "summary": ("主要诉求", "what it is about"),
    "respondent": ("被反映人或单位", "who is complained about"), "request": ("诉求", "request"),
    "repeat_of": ("重复信访", "repeat of"), "answer": ("答复意见", "answer"), "on": ("日期", "date"),
    "answered_by": ("答复人", "answered by"), "accept_days": ("受理期限", "days to accept"),
    "answer_days": ("答复期限", "days to answer"), "collective_people": ("集体访人数", "people for a collective visit"),
    "start": ("开始日期", "start"), "end": ("结束日期", "end"), "month": ("月份", "month"),
    "grid_code": ("网格", "grid"),
})

ENTRIES = {f"field.{key}": pair for key, pair in _FIELDS.items()}


def field_word(field: str) -> str:
    """The catalogue code of a field's name; a field we have no word for reads "this field"."""
    return f"field.{field}" if field in _FIELDS else "field.other"
