"""A summary report as structured XML for the archive (issue 20 items 3 and 5), and the small
schema it follows (REPORT_XSD, carried in the package beside the report).

    <统计报表 格式版本="1" 类型="monthly" 报告期="2026-11" 起始日期="2026-11-01" 截止日期="2026-11-30">
      <题名>…月报</题名> <填报单位>…综治中心</填报单位> <所属乡镇/> <区划代码/> <填报日期/> <填报人/>
      <部分 代码="cases" 名称="一、事件办理">
        <指标 代码="cases_reported" 名称="受理事件" 数值="12"/>
        <指标 代码="cases_closed_in_time" 名称="按时办结 / 办结" 数值="7" 总数="8"/>
      </部分> …
    </统计报表>

`代码` is stable (the tests and a township's import read it), `名称` the printed words; 格式版本 is
this schema's version (a refiled report's own version is in its item metadata). Plain data in.
"""

from __future__ import annotations

import re

from lxml import etree

from ..domain.dispute_report import DisputeReport
from ..domain.reports import dispute_sections
from ..domain.reports import Figure, Section, SummaryData
from ..domain.text import cell_text

REPORT_XSD = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:simpleType name="非空"><xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction></xs:simpleType>
  <xs:complexType name="部分型">
    <xs:sequence>
      <xs:element name="指标" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="代码" type="非空" use="required"/>
          <xs:attribute name="名称" type="非空" use="required"/>
          <xs:attribute name="数值" type="xs:nonNegativeInteger" use="required"/>
          <xs:attribute name="总数" type="xs:nonNegativeInteger"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="代码" type="非空" use="required"/>
    <xs:attribute name="名称" type="非空" use="required"/>
    <xs:attribute name="年度累计" type="xs:boolean"/>
  </xs:complexType>
  <xs:element name="统计报表">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="题名" type="非空"/>
        <xs:element name="填报单位" type="非空"/>
        <xs:element name="所属乡镇" type="xs:string"/>
        <xs:element name="区划代码" type="xs:string"/>
        <xs:element name="填报日期" type="xs:date"/>
        <xs:element name="填报人" type="xs:string"/>
        <xs:element name="部分" type="部分型" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="格式版本" type="xs:positiveInteger" use="required"/>
      <xs:attribute name="类型" type="非空" use="required"/>
      <xs:attribute name="报告期" type="非空" use="required"/>
      <xs:attribute name="起始日期" type="xs:date" use="required"/>
      <xs:attribute name="截止日期" type="xs:date" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
""".encode("utf-8")


# What XML 1.0 cannot carry at all (noncharacters U+FFFE/U+FFFF, lone surrogates): a name pasted
# from a broken file is shown without them rather than making the whole report unwritable.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: object) -> str:
    text = cell_text(str(value))
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _section(root, section: Section, ytd: bool) -> None:
    el = etree.SubElement(root, "部分", 代码=_text(section.key), 名称=_text(section.title))
    if ytd:
        el.set("年度累计", "true")
    for f in section.rows:
        _figure(el, f)


def _figure(parent, f: Figure) -> None:
    el = etree.SubElement(parent, "指标", 代码=_text(f.key), 名称=_text(f.label), 数值=str(f.value))
    if f.of is not None:
        el.set("总数", str(f.of))


def summary_xml(data: SummaryData, version: int = 1) -> bytes:
    root = etree.Element("统计报表", 格式版本=str(version), 类型=_text(data.kind), 报告期=_text(data.period),
                         起始日期=f"{data.first:%Y-%m-%d}", 截止日期=f"{data.last:%Y-%m-%d}")
    for tag, text in (("题名", data.title), ("填报单位", f"{data.village}综治中心"), ("所属乡镇", data.township),
                      ("区划代码", data.division_code), ("填报日期", f"{data.made_on:%Y-%m-%d}"),
                      ("填报人", data.made_by)):
        etree.SubElement(root, tag).text = _text(text)
    for section in data.sections:
        _section(root, section, False)
    for section in data.ytd_sections:
        _section(root, section, True)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def dispute_xml(data: DisputeReport, version: int = 1) -> bytes:
    """The monthly dispute report in the same schema: a 部分 a row of the paper form (代码 row:N,
    名称 the row's words), a 指标 a column; 小计, and 年度累计 marked as the year to date."""
    import calendar
    from datetime import date

    t = data.table
    sections, ytd = dispute_sections(data)
    last = date(t.year, t.month, calendar.monthrange(t.year, t.month)[1])
    summary = SummaryData("disputes", f"{data.unit}{t.year}年{t.month}月矛盾纠纷排查调处情况统计表", t.period,
                          f"{t.year}年{t.month}月", date(t.year, t.month, 1), last, data.unit, data.township, "",
                          sections, date.fromisoformat(data.filled_on), data.filled_by, ytd)
    return summary_xml(summary, version)


def check_report_xml(data: bytes) -> list[str]:
    """'' problems for a report XML that parses and follows REPORT_XSD; else the schema's words."""
    schema = etree.XMLSchema(etree.fromstring(REPORT_XSD))
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    return [] if schema.validate(root) else [e.message for e in schema.error_log]
