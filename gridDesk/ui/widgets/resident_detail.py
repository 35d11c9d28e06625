"""The detail panel beside the roster table: one person, their household and their tags."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from ...domain.key_groups import KeyGroupTag
from ...domain.roster import HouseholdView, Resident, ResidentMove
from ..words import key_group_label


def _row(label: str, value: object) -> str:
    return f"<tr><td style='color:#5b6b82;padding-right:10px'>{escape(label)}</td><td>{escape(str(value or '—'))}</td></tr>"


class ResidentDetail(QTextBrowser):
    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setMinimumWidth(280)
        self.show_empty()

    def show_empty(self) -> None:
        hint = self.tr("在左侧表格中选一个人，这里显示详细信息。")
        self.setHtml(f"<p style='color:#5b6b82'>{escape(hint)}</p>")

    def show_resident(self, r: Resident, household: HouseholdView | None, tags: list[KeyGroupTag],
                      moves: list[ResidentMove]) -> None:
        # self.tr written out each time: lupdate only finds literals inside tr( ... ) calls.
        rows = [_row(self.tr("身份证号"), r.id_number), _row(self.tr("性别"), r.sex), _row(self.tr("出生日期"), r.birth_date),
                _row(self.tr("联系电话"), r.phone), _row(self.tr("民族"), r.ethnicity), _row(self.tr("政治面貌"), r.political_status),
                _row(self.tr("文化程度"), r.education), _row(self.tr("婚姻状况"), r.marital_status),
                _row(self.tr("户籍地址"), r.registered_address), _row(self.tr("现居住地址"), r.actual_address),
                _row(self.tr("人户状态"), r.residence_status)]
        if r.away:
            rows.append(_row(self.tr("外出"), f"{r.away_reason} {r.away_destination} {r.away_since or ''}"))
        rows += [_row(self.tr("工作单位或学校"), r.employer), _row(self.tr("职业"), r.occupation), _row(self.tr("备注"), r.notes)]
        # The county template's other columns, shown only where the ledger had something.
        more = [(self.tr("曾用名"), r.former_name), (self.tr("与户主关系备注"), r.relation_note), (self.tr("户籍地"), r.registered_place),
                (self.tr("户籍派出所"), r.police_station), (self.tr("户口类别"), r.hukou_kind), (self.tr("临时居所"), r.temporary_residence),
                (self.tr("其他地址"), r.other_address), (self.tr("外出详址"), r.away_address), (self.tr("备用电话"), r.phone2),
                (self.tr("住宅电话"), r.home_phone), (self.tr("电子邮箱"), r.email), (self.tr("宗教信仰"), r.religion),
                (self.tr("血型"), r.blood_type), (self.tr("身高（厘米）"), r.height_cm), (self.tr("家庭称号"), r.family_honour),
                *r.extra]
        rows += [_row(label, value) for label, value in more if value]
        html = [f"<h2 style='margin-bottom:2px'>{escape(r.name)}</h2>", "<table>", *rows, "</table>"]
        if tags:
            heading = self.tr("重点人群")
            html.append(f"<h3>{escape(heading)}</h3><ul>")
            for tag in tags:
                state = "" if tag.active else self.tr("（已解除）")
                extra = "，".join(f"{v}" for v in tag.details.values() if v)
                html.append(f"<li><b>{escape(key_group_label(tag.group))}</b> {escape(tag.level.value)}{escape(state)}"
                            f" {escape(extra)}</li>")
            html.append("</ul>")
        if household is not None:
            heading = self.tr("户")
            html.append(f"<h3>{escape(heading)} {escape(household.number)}</h3>"
                        f"<p style='color:#5b6b82'>{escape(household.address)}</p><ul>")
            for m in household.members:
                html.append(f"<li>{escape(m.relation or '—')}：{escape(m.name)}（{escape(m.sex)}，{m.birth_date.year}）</li>")
            html.append("</ul>")
        if moves:
            heading = self.tr("迁户记录")
            html.append(f"<h3>{escape(heading)}</h3><ul>")
            for when, src, dst, why in moves:
                html.append(f"<li>{when:%Y-%m-%d}：{escape(src or '—')} → {escape(dst or '—')}（{escape(why)}）</li>")
            html.append("</ul>")
        self.setHtml("".join(html))
