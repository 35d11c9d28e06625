"""The metadata of each archived item, with DA/T 46 element names, the directory XMLs, the change
list, and the XSD that all item XMLs validate against. Built with lxml; plain data in."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..domain.text import cell_text


def _x(text: str | None) -> str | None:
    """lxml refuses control characters; data stored before input refused them may hold some."""
    return cell_text(text) if isinstance(text, str) else text

RETENTION = ("永久", "30年", "10年")
CLASSIFICATION = ("无", "秘密", "机密", "绝密")


@dataclass(frozen=True)
class StepEntry:
    """业务实体: one business act of the loop."""

    action: str  # 业务行为, e.g. 问题上报
    at: str  # 行为时间, ISO
    person: str  # 机构人员名称
    detail: str = ""  # 行为依据 / 描述


@dataclass(frozen=True)
class DocumentRef:
    path: str  # relative to the item's folder
    title: str
    format: str  # PDF | JPEG | PNG | ...
    size: int
    sm3: str


@dataclass(frozen=True)
class ItemRecord:
    archival_code: str  # 档号
    file_number: str  # 电子文件号
    title: str  # 题名
    responsible: str  # 责任者
    date: str  # 日期 (closing date for a case)
    category: str  # one of package.CATEGORY_CODES
    version: int = 1
    retention: str = "30年"  # 保管期限
    classification: str = "无"  # 密级
    control_mark: str = "内部使用，含个人信息"  # 控制标识
    description: tuple[tuple[str, str], ...] = ()  # 内容描述: (element, text)
    steps: tuple[StepEntry, ...] = ()
    steps_note: str = ""  # why a case has fewer than the six steps (e.g. 自办自结)
    documents: tuple[DocumentRef, ...] = ()


def item_xml(item: ItemRecord) -> bytes:
    root = etree.Element("电子文件", 版本=str(item.version))
    for tag, text in (("档号", item.archival_code), ("电子文件号", item.file_number), ("题名", item.title),
                      ("责任者", item.responsible), ("日期", item.date), ("类别", item.category),
                      ("保管期限", item.retention), ("密级", item.classification), ("控制标识", item.control_mark)):
        etree.SubElement(root, tag).text = _x(text)
    description = etree.SubElement(root, "内容描述")
    for tag, text in item.description:
        etree.SubElement(description, "项", 名称=tag).text = _x(text)
    entities = etree.SubElement(root, "业务实体组")
    if item.steps_note:
        entities.set("说明", item.steps_note)
    for step in item.steps:
        entity = etree.SubElement(entities, "业务实体")
        for tag, text in (("业务行为", step.action), ("行为时间", step.at), ("机构人员名称", step.person),
                          ("行为依据", step.detail)):
            etree.SubElement(entity, tag).text = _x(text)
    files = etree.SubElement(root, "计算机文件组")
    for doc in item.documents:
        f = etree.SubElement(files, "计算机文件")
        for tag, text in (("计算机文件名", doc.path), ("题名", doc.title), ("格式名称", doc.format),
                          ("计算机文件大小", str(doc.size))):
            etree.SubElement(f, tag).text = _x(text)
        etree.SubElement(f, "数字摘要", 算法="SM3").text = doc.sm3
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def directory_xml(items: list[tuple[ItemRecord, str]]) -> bytes:
    """文件目录: every item of the batch with its path in the bag."""
    root = etree.Element("文件目录", 条目数=str(len(items)))
    for item, path in items:
        entry = etree.SubElement(root, "条目")
        for tag, text in (("档号", item.archival_code), ("题名", item.title), ("日期", item.date),
                          ("类别", item.category), ("版本", str(item.version)), ("路径", path)):
            etree.SubElement(entry, tag).text = _x(text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def volumes_xml(items: list[ItemRecord]) -> bytes:
    """案卷目录: the items grouped by category and year."""
    groups: dict[tuple[str, str], list[ItemRecord]] = {}
    for item in items:
        groups.setdefault((item.category, item.date[:4]), []).append(item)
    root = etree.Element("案卷目录")
    for (category, year), members in sorted(groups.items()):
        volume = etree.SubElement(root, "案卷", 类别=category, 年度=year, 件数=str(len(members)))
        for item in members:
            etree.SubElement(volume, "件", 档号=item.archival_code).text = _x(item.title)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def changes_xml(changes: list[tuple[str, int, str]]) -> bytes:
    """变更清单: corrections sent as new versions (档号, 版本, 原因)."""
    root = etree.Element("变更清单", 条目数=str(len(changes)))
    for code, version, reason in changes:
        etree.SubElement(root, "变更", 档号=code, 版本=str(version)).text = _x(reason)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


ITEM_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
  <xs:simpleType name="非空"><xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="日期型"><xs:restriction base="xs:string">
    <xs:pattern value="[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}(T[0-9]{{2}}:[0-9]{{2}}(:[0-9]{{2}})?)?"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="保管期限型"><xs:restriction base="xs:string">
    {"".join(f'<xs:enumeration value="{v}"/>' for v in RETENTION)}</xs:restriction></xs:simpleType>
  <xs:simpleType name="密级型"><xs:restriction base="xs:string">
    {"".join(f'<xs:enumeration value="{v}"/>' for v in CLASSIFICATION)}</xs:restriction></xs:simpleType>
  <xs:simpleType name="摘要型"><xs:restriction base="xs:string"><xs:pattern value="[0-9a-f]{{64}}"/></xs:restriction></xs:simpleType>
  <xs:element name="电子文件">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="档号" type="非空"/>
        <xs:element name="电子文件号" type="非空"/>
        <xs:element name="题名" type="非空"/>
        <xs:element name="责任者" type="非空"/>
        <xs:element name="日期" type="日期型"/>
        <xs:element name="类别" type="非空"/>
        <xs:element name="保管期限" type="保管期限型"/>
        <xs:element name="密级" type="密级型"/>
        <xs:element name="控制标识" type="非空"/>
        <xs:element name="内容描述">
          <xs:complexType><xs:sequence>
            <xs:element name="项" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
                <xs:attribute name="名称" type="非空" use="required"/></xs:extension></xs:simpleContent></xs:complexType>
            </xs:element>
          </xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="业务实体组">
          <xs:complexType><xs:sequence>
            <xs:element name="业务实体" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType><xs:sequence>
                <xs:element name="业务行为" type="非空"/>
                <xs:element name="行为时间" type="日期型"/>
                <xs:element name="机构人员名称" type="非空"/>
                <xs:element name="行为依据" type="xs:string"/>
              </xs:sequence></xs:complexType>
            </xs:element>
          </xs:sequence><xs:attribute name="说明" type="xs:string"/></xs:complexType>
        </xs:element>
        <xs:element name="计算机文件组">
          <xs:complexType><xs:sequence>
            <xs:element name="计算机文件" minOccurs="0" maxOccurs="unbounded">
              <xs:complexType><xs:sequence>
                <xs:element name="计算机文件名" type="非空"/>
                <xs:element name="题名" type="非空"/>
                <xs:element name="格式名称" type="非空"/>
                <xs:element name="计算机文件大小" type="xs:nonNegativeInteger"/>
                <xs:element name="数字摘要">
                  <xs:complexType><xs:simpleContent><xs:extension base="摘要型">
                    <xs:attribute name="算法" type="非空" use="required"/></xs:extension></xs:simpleContent></xs:complexType>
                </xs:element>
              </xs:sequence></xs:complexType>
            </xs:element>
          </xs:sequence></xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="版本" type="xs:positiveInteger" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
""".encode()

NAMING_RULES = """命名规则（GridDesk 档案包）
批次文件夹：ZZ-<村级区划代码>-<年度>-<序号4位>，即 bag-info.txt 的 External-Identifier。
条目文件夹：data/电子档案/<年度>/<类别代码>/<档号>/，类别代码：WGSJ 网格事件、HMC 花名册、PXJL 培训记录、ZFJL 走访记录、MQRZ 民情日志、XCJL 巡查记录、HYJY 会议纪要、KHJG 考核结果、WGHF 网格划分、TJBB 统计报表、SBJ 上报件（每次上报乡镇一件，档号末尾为上报序次）。
档号：<村级区划代码>-<类别代码>-<年度>-<序号>；条目元数据为 <档号>.xml，符合 其他/metadata.xsd。
除 文件目录.XML、案卷目录.XML、电子档案、其他、变更清单.xml 这几个固定名称外，文件名只用 ASCII 字符；中文题名写在元数据的“题名”中。
""".encode("utf-8")
