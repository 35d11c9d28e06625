"""A meeting as the minutes print it: the words of the figures and capacities in Chinese (the
minutes are the village's paper, whatever the window's language), the rest as recorded."""

from __future__ import annotations

from ..domain import catalogue
from ..domain.catalogue import Word
from ..domain.centre import Centre
from ..domain.meetings import Capacity, FigureRow, FigureSection, Meeting
from ..printing.meeting_minutes import MinutesData


def figure_label(row: FigureRow, lang: str = catalogue.ZH) -> str:
    if row.key.startswith("state:"):
        return catalogue.render("meeting.figure.state", {"state": Word(f"cli.state.{row.key[6:]}")}, lang)
    return catalogue.template(f"meeting.figure.{row.key}", lang)


def figure_value(row: FigureRow, lang: str = catalogue.ZH) -> str:
    if row.of is None:
        return str(row.value)
    share = f"{100 * row.value / row.of:.0f}%" if row.of else "—"
    return catalogue.render("meeting.figure.of", {"value": row.value, "of": row.of, "share": share}, lang)


def section_title(section: FigureSection, lang: str = catalogue.ZH) -> str:
    return catalogue.template(f"meeting.section.{section.key}", lang)


def minutes_data(centre: Centre, m: Meeting, figures: tuple[FigureSection, ...], printed_on: str) -> MinutesData:
    attendees = tuple((catalogue.template(f"meeting.capacity.{cap.value}"),
                       "、".join(a.name for a in m.attendees if a.capacity is cap))
                      for cap in Capacity if any(a.capacity is cap for a in m.attendees))
    return MinutesData(
        centre.village_name, f"{m.held_on:%Y年%m月%d日}", m.place, m.host, m.recorder, attendees,
        tuple((section_title(sec), tuple((figure_label(r), figure_value(r)) for r in sec.rows)) for sec in figures),
        m.topics, m.discussion, m.decisions,
        tuple((f.text, f.owner_name, f"{f.due_on:%Y-%m-%d}" if f.due_on else "") for f in m.followups),
        not m.final, printed_on)
