"""Villages' packages for the township tests, written by GridDesk's own package writer: each
village has its key, its chain of batches (Previous-Bag-Digest-SM3) and its audit log, of which
every batch carries the rows since the last one."""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import replace
from functools import lru_cache
from io import BytesIO
from pathlib import Path

from PIL import Image

from gridDesk.archive.audit_anchor import batch_fields, build_segment
from gridDesk.archive.metadata import ItemRecord, StepEntry
from gridDesk.archive.package import Batch, Item, ItemFile, build_batch, csv_bytes
from gridDesk.archive.report_xml import REPORT_XSD
from gridDesk.domain import escalations as ESC
from gridDesk.security.audit_chain import GENESIS, leaf, link
from gridDesk.security.sm import SigningKey
from tests.unit.test_archive_package import _jpeg, _pdf

STEPS = ("问题上报", "案卷建立", "任务指派", "调查落实", "处理反馈", "结案归档")
REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<统计报表 格式版本="1" 类型="monthly" 报告期="2026-10" 起始日期="2026-10-01" 截止日期="2026-10-31">
  <题名>月报</题名><填报单位>村综治中心</填报单位><所属乡镇/><区划代码/><填报日期>2026-11-02</填报日期><填报人/>
  <部分 代码="cases" 名称="事件"><指标 代码="cases_reported" 名称="受理事件" 数值="12"/>
  <指标 代码="cases_closed_in_time" 名称="按时办结 / 办结" 数值="7" 总数="8"/></部分>
</统计报表>""".encode()


@lru_cache(maxsize=1)
def _case_pdf() -> bytes:
    """One case-file PDF, made once: reportlab takes 12 ms a file, which was most of building a
    full-size stick (30,000 cases)."""
    return _pdf()


@lru_cache(maxsize=1)
def _photos() -> tuple[bytes, ...]:
    """Photos as a phone's look after the village shrinks them (640x480 of noise, about 150 kB:
    the archive bench's), a few made once; unique_photo() makes each case's its own file."""
    rng = random.Random(21)
    out = []
    for _ in range(16):
        buffer = BytesIO()
        Image.effect_noise((640, 480), rng.uniform(20, 60)).convert("RGB").save(buffer, "JPEG", quality=80)
        out.append(buffer.getvalue())
    return tuple(out)


def unique_pdf(label: str) -> bytes:
    """The case-file PDF as its own file: the trailer's /ID (after the cross references, so no
    offset moves) replaced by one derived from `label`, the same length."""
    data = _case_pdf()
    start = data.rindex(b"/ID") + data[data.rindex(b"/ID"):].index(b"[<") + 2
    fresh = hashlib.md5(label.encode()).hexdigest().encode()
    return data[:start] + fresh + b"><" + fresh + data[start + 66:]


def unique_photo(label: str, n: int) -> bytes:
    """A photo as its own file: one of _photos() with a JPEG comment segment (COM) naming `label`
    after its start marker; any decoder skips it."""
    photos = _photos()
    text = label.encode()
    return photos[n % len(photos)][:2] + b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text + photos[n % len(photos)][2:]


class Village:
    def __init__(self, code: str = "140105100201", name: str = "杏花村综治中心", key: SigningKey | None = None,
                 unique_files: bool = False) -> None:
        """`unique_files`: each case's PDF and photo its own file (the full-size bench: the township's
        content-addressed store then keeps every one), instead of the same two throughout."""
        self.code, self.name = code, name
        self.unique_files = unique_files
        self.key = key or SigningKey.generate()
        self.seq = 0
        self.previous = ("none", "none")
        self.rows: list[tuple] = []  # the audit log: (id, ts, account, action, target, detail, hash)
        self.sent = 0  # audit rows sent so far

    @property
    def fingerprint(self) -> str:
        return self.key.public().fingerprint()

    def log(self, action: str) -> None:
        n = len(self.rows) + 1
        row = (n, f"2026-11-{min(n, 28):02d}T10:00:00+08:00", "wang", action, f"target {n}", "")
        h = link(self.rows[-1][-1] if self.rows else GENESIS, leaf(*row))
        self.rows.append((*row, h))

    def case(self, n: int, version: int = 1, grid: str = "G01") -> Item:
        record = ItemRecord(f"{self.code}-WGSJ-2026-{n:04d}", f"{self.code}-2026-{n:05d}", f"邻里纠纷 {n}", self.name,
                            "2026-10-20", "网格事件", version=version,
                            description=(("类别", "矛盾纠纷/邻里"), ("事项类型", "调解"), ("来源", "网格员巡查"),
                                         ("网格", grid), ("处理结果", "已调解" if version == 1 else "已调解（更正）")),
                            steps=tuple(StepEntry(s, f"2026-10-{10 + i:02d}T09:00", "张三", "") for i, s in enumerate(STEPS)))
        if self.unique_files:
            label = f"{record.archival_code} v{version}"
            pdf, photo = unique_pdf(label), unique_photo(label, n)
        else:
            pdf, photo = _case_pdf(), _jpeg()
        return Item(record, (ItemFile("casefile.pdf", "案件卷宗", pdf), ItemFile("photo-01.jpg", "现场照片", photo)))

    def case_described(self, n: int, description: tuple[tuple[str, str], ...]) -> Item:
        """Case `n` with its 内容描述 replaced (an over-long or marked value for an attack)."""
        case = self.case(n)
        return Item(replace(case.record, description=description), case.files)

    def escalation(self, n: int, ordinal: int = 1) -> Item:
        """A 上报件 as the village side writes it (services/archive_escalations.py): the contract's
        facts, the steps up to 上报乡镇, and its slip."""
        number = f"{self.code}-2026-{n:05d}"
        at = f"2026-11-{1 + n % 20:02d}T09:30"
        facts = {ESC.F_VILLAGE: self.code, ESC.F_NUMBER: number, ESC.F_ORDINAL: str(ordinal), ESC.F_AT: at,
                 ESC.F_BY: "张三", ESC.F_ACCOUNT: "zhangsan", ESC.F_KIND: "一般事项", ESC.F_CATEGORY: "矛盾纠纷/邻里",
                 ESC.F_TITLE: f"宅基地纠纷 {n}", ESC.F_DESCRIPTION: "双方争执不下，村里调解未成。", ESC.F_PLACE: "东村3排",
                 ESC.F_GRID: "G01", ESC.F_ASKED_DUE: "", ESC.F_REASON: "超出村级调处能力", ESC.F_CHANNEL: "随包上报",
                 ESC.F_TAKEN_BY: ""}
        steps = (StepEntry("问题上报", at[:11] + "08:00", "zhangsan"), StepEntry("案卷建立", at[:11] + "08:30", "zhangsan"))
        steps += tuple(StepEntry(ESC.ESCALATE_WORD, at[:11] + f"09:{29 + k:02d}", "zhangsan") for k in range(1, ordinal + 1))
        record = ItemRecord(ESC.archival_code(self.code, number, ordinal), ESC.file_number(number, ordinal),
                            f"宅基地纠纷 {n}（第 {ordinal} 次上报乡镇）", self.name, at[:10], ESC.CATEGORY,
                            description=tuple((name, facts[name]) for name in ESC.FIELDS), steps=steps,
                            steps_note=f"上报件：办理经过截至第 {ordinal} 次上报乡镇")
        slip = unique_pdf(record.archival_code) if self.unique_files else _case_pdf()
        return Item(record, (ItemFile(ESC.SLIP_FILE, "事件上报单", slip),))

    def roster(self, per_grid: dict[str, int], stamp: str = "202611230900") -> Item:
        rows = []
        for grid, count in per_grid.items():
            for i in range(count):
                rows.append([f"居民{i}", "140105********002X", f"{grid}-H{i // 2:03d}", "户主", grid])
        return Item(ItemRecord(f"{self.code}-HMC-2026-{stamp}", f"HMC-{stamp}", "花名册快照", self.name, "2026-11-23", "花名册"),
                    (ItemFile("residents.csv", "居民花名册", csv_bytes(["姓名", "身份证号", "户号", "与户主关系", "所属网格"], rows)),
                     ItemFile("keygroups.csv", "重点人群登记表", csv_bytes(["姓名", "所属网格"], [["居民0", "G01"]]))))

    def training(self, stamp: str = "202611230900") -> Item:
        rows = [["2026-11-05", "乡镇级", "小店镇", "调解技巧", 2, "张三", "出席", "", ""],
                ["2026-11-05", "乡镇级", "小店镇", "调解技巧", 2, "李四", "请假", "", "病假"]]
        return Item(ItemRecord(f"{self.code}-PXJL-2026-{stamp}", f"PXJL-{stamp}", "培训记录", self.name, "2026-11-23", "培训记录"),
                    (ItemFile("training.csv", "培训记录", csv_bytes(["日期", "级别", "组织单位", "主题", "学时", "姓名", "出勤", "成绩",
                                                                "请假原因"], rows)),))

    def visits(self, stamp: str = "202611230900") -> Item:
        rows = [["2026-11-10", "上午", "G01", "张三", 12, 1, 1], ["2026-11-11", "下午", "G02", "李四", 9, 0, 0]]
        return Item(ItemRecord(f"{self.code}-ZFJL-2026-{stamp}", f"ZFJL-{stamp}", "走访记录", self.name, "2026-11-23", "走访记录"),
                    (ItemFile("visits.csv", "走访记录", csv_bytes(["日期", "时段", "网格", "网格员", "走访户数", "发现问题", "当场解决"],
                                                              rows)),))

    def report(self) -> Item:
        return Item(ItemRecord(f"{self.code}-TJBB-2026-monthly-202610", "TJBB-monthly-2026-10", "十月月报", self.name,
                               "2026-11-02", "统计报表", control_mark="内部使用"),
                    (ItemFile("report.xml", "月报（结构化数据）", REPORT), ItemFile("report.pdf", "月报", _case_pdf()),
                     ItemFile("report.xsd", "统计报表数据结构", REPORT_XSD)))

    def standard(self) -> tuple[Item, ...]:
        return (self.case(1), self.case(2, grid="G02"), self.roster({"G01": 4, "G02": 2}), self.training(),
                self.visits(), self.report())

    def batch(self, stick: Path, items=None, bagging_date: str = "2026-11-23", key: SigningKey | None = None,
              skip_audit: bool = False) -> Path:
        """The village's next batch, written onto `stick` (its chain and audit segment continued)."""
        self.seq += 1
        self.log(f"export {self.seq}")
        after = self.sent
        previous_hash = self.rows[after - 1][-1] if after else GENESIS
        rows = self.rows[after:]
        if skip_audit:  # a segment that starts one row later than the head the township holds
            after, previous_hash, rows = after + 1, rows[0][-1], rows[1:]
        batch = Batch(f"ZZ-{self.code}-2026-{self.seq:04d}", self.name, "王主任", "0351-1234567",
                      items if items is not None else self.standard(), previous_name=self.previous[0],
                      previous_digest=self.previous[1], bagging_date=bagging_date,
                      **batch_fields(build_segment(rows, after, previous_hash, str)))
        stick.mkdir(parents=True, exist_ok=True)
        result = build_batch(batch, stick, key or self.key)
        self.previous = (batch.name, result.digest_sm3)
        self.sent = len(self.rows)
        description = stick / "说明文件.TXT"
        with description.open("a", encoding="utf-8") as fh:
            fh.write(f"{batch.name}\t{result.digest_sm3}\n")
        return result.folder


def copy_bag(bag: Path, stick: Path) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    target = stick / bag.name
    shutil.copytree(bag, target)
    description = stick / "说明文件.TXT"
    source = bag.parent / "说明文件.TXT"
    if source.exists():
        description.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return target
