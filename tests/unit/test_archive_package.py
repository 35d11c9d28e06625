"""The archive package and its verifier, on plain data: a good bag passes every check (and
bagit-python's), and each kind of damage fails with the right reason."""

from __future__ import annotations

import os
import shutil
from io import BytesIO
from pathlib import Path

import bagit
import pytest
from PIL import Image

from gridDesk.archive.metadata import ItemRecord, StepEntry
from gridDesk.archive.audit_anchor import batch_fields, build_segment
from gridDesk.security.audit_chain import GENESIS, leaf, link
from gridDesk.archive.package import Batch, Item, ItemFile, build_batch, csv_bytes
from gridDesk.archive.verify import TrustStore, report_text, verify_bag, verify_path
from gridDesk.printing.ledger import Form, FormSection, write_form
from gridDesk.security.sm import SigningKey

STEPS = ("问题上报", "案卷建立", "任务指派", "调查落实", "处理反馈", "结案归档")


def _pdf() -> bytes:
    out = BytesIO()
    write_form(Form("案件卷宗", "杏花村", "2026-11-23", (FormSection("一、基本情况", (("编号", "X-1"),)),)), out)
    return out.getvalue()


def _jpeg() -> bytes:
    out = BytesIO()
    Image.new("RGB", (64, 48), "#336699").save(out, "JPEG")
    return out.getvalue()


def _case(n: int, steps=STEPS, note: str = "") -> Item:
    record = ItemRecord(f"140105100201-WGSJ-2026-{n:04d}", f"140105100201-2026-{n:05d}", f"邻里纠纷 {n}",
                        "杏花村综治中心", "2026-10-20", "网格事件",
                        description=(("类别", "矛盾纠纷/邻里"), ("处理结果", "已调解")),
                        steps=tuple(StepEntry(s, f"2026-10-{10 + i:02d}T09:00", "张三", "") for i, s in enumerate(steps)),
                        steps_note=note)
    return Item(record, (ItemFile("casefile.pdf", "案件卷宗", _pdf()), ItemFile("photo-01.jpg", "现场照片", _jpeg())))


def _batch(name="ZZ-140105100201-2026-0001", previous="none", items=None, audit_rows=()) -> Batch:
    roster = Item(ItemRecord("140105100201-HMC-2026-0001", "HMC-2026-0001", "花名册快照", "杏花村综治中心",
                             "2026-11-23", "花名册"),
                  (ItemFile("roster.csv", "居民花名册", csv_bytes(["姓名", "身份证号"], [["张三", "140105********002X"]])),))
    items = items if items is not None else (_case(1), _case(2, STEPS[:1] + ("自办自结",), "自办自结：当场解决"), roster)
    return Batch(name, "杏花村综治中心", "王主任", "0351-1234567", items, previous_name="none" if previous == "none"
                 else "ZZ-140105100201-2026-0000", previous_digest=previous, bagging_date="2026-11-23",
                 **batch_fields(build_segment(_chained(audit_rows), 0, GENESIS, str)))


def _chained(rows):
    """Audit rows (id, ts, account, action, target, detail) from row 1, with their chain values."""
    h, out = GENESIS, []
    for row in rows:
        h = link(h, leaf(*row))
        out.append((*row, h))
    return out


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def bag(tmp_path, key) -> Path:
    return build_batch(_batch(), tmp_path, key).folder


def _failed(report) -> dict[str, str]:
    return {c.name: c.reason for c in report.checks if not c.ok}


def test_a_good_bag_passes_every_check_and_bagit_python_agrees(bag, key):
    report = verify_bag(bag, [key.public()])
    assert report.passed, report_text([report])
    assert {c.property for c in report.checks} == {"真实性", "完整性", "可用性", "安全性"}
    bagit.Bag(str(bag)).validate()  # the SHA-256 manifests, with the standard tool
    assert (bag / "data" / "文件目录.XML").exists() and (bag / "data" / "其他" / "metadata.xsd").exists()


def test_an_unknown_signer_fails_until_registered(bag, key, tmp_path):
    report = verify_bag(bag, [SigningKey.generate().public()])
    assert "签名人是已登记的村综治中心" in _failed(report)
    store = TrustStore(tmp_path / "trusted")
    store.remember(key.public())
    assert verify_bag(bag, store.keys()).passed


@pytest.mark.parametrize("damage, check", [
    ("payload_byte", "每个文件的 SM3 与清单一致"),
    ("tag_file", "标签文件与 tagmanifest-sm3.txt 一致"),
    ("manifest_line", "manifest-sm3.txt 每行可解析"),
    ("signature", "数字签名（SM2）有效"),
    ("added", "没有多出的文件"),
    ("removed", "没有缺失的文件"),
    ("renamed", "没有缺失的文件"),
    ("symlink", "没有链接、绝对路径或 .. 路径"),
    ("executable", "没有可执行文件或自动运行文件"),
    ("metadata", "文件大小、摘要、实际格式与元数据一致"),
])
def test_each_kind_of_damage_fails_with_its_reason(bag, key, damage, check):
    photo = next((bag / "data").rglob("photo-01.jpg"))
    if damage == "payload_byte":
        data = bytearray(photo.read_bytes())
        data[100] ^= 0x01
        photo.write_bytes(bytes(data))
    elif damage == "tag_file":
        info = bag / "bag-info.txt"
        info.write_text(info.read_text().replace("王主任", "李主任"))
    elif damage == "manifest_line":
        manifest = bag / "manifest-sm3.txt"
        manifest.write_text(manifest.read_text() + "this line is not a manifest line\n")
    elif damage == "signature":
        sig = bag / "signature" / "tagmanifest-sm3.txt.sig"
        data = bytearray(sig.read_bytes())
        data[-1] ^= 0x01
        sig.write_bytes(bytes(data))
    elif damage == "added":
        (photo.parent / "extra.txt").write_text("x")
    elif damage == "removed":
        photo.unlink()
    elif damage == "renamed":
        photo.rename(photo.with_name("photo-99.jpg"))
    elif damage == "symlink":
        os.symlink("/etc/passwd", photo.parent / "link.txt")
    elif damage == "executable":
        (bag / "data" / "setup.exe").write_bytes(b"MZ")
    elif damage == "metadata":
        # A file and its manifests changed together: only the item's metadata still knows better.
        import hashlib

        from gridDesk.security.sm import sm3_hex

        old = photo.read_bytes()
        new = old + b"\0"
        photo.write_bytes(new)
        for name, algo in (("manifest-sm3.txt", sm3_hex), ("manifest-sha256.txt", lambda b: hashlib.sha256(b).hexdigest())):
            path = bag / name
            path.write_text(path.read_text().replace(algo(old), algo(new)))
    report = verify_bag(bag, [key.public()])
    assert not report.passed and check in _failed(report), report_text([report])


def test_every_single_byte_change_anywhere_is_detected(bag, key):
    import random

    rng = random.Random(1)
    files = [p for p in bag.rglob("*") if p.is_file()]
    for path in files:  # every file of the bag, tag files and signature included
        original = path.read_bytes()
        if not original:
            continue
        data = bytearray(original)
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        assert not verify_bag(bag, [key.public()]).passed, path
        path.write_bytes(original)
    assert verify_bag(bag, [key.public()]).passed


def test_a_stick_with_a_partial_folder_a_stray_file_and_a_gap_in_the_chain(tmp_path, key):
    stick = tmp_path / "stick"
    stick.mkdir()
    first = build_batch(_batch(), stick, key)
    # Each batch carries the audit rows since the last one (a new batch with the same head as the
    # first would hide them, and is refused): the second extends the first's empty segment.
    second = build_batch(_batch("ZZ-140105100201-2026-0002", previous=first.digest_sm3,
                                audit_rows=[(1, "2026-11-23T10:00:00+08:00", "wang", "export", "archive", "")]),
                         stick, key)
    (stick / "说明文件.TXT").write_text(f"{first.digest_sm3}\n{second.digest_sm3}\n", encoding="utf-8")
    reports = verify_path(stick, [key.public()])
    assert all(r.passed for r in reports), report_text(reports)
    shutil.rmtree(first.folder)
    (stick / "说明文件.TXT").write_text(f"{second.digest_sm3}\n", encoding="utf-8")
    reports = verify_path(stick, [key.public()])
    assert "批次链没有断档" in _failed(reports[0])
    shutil.copytree(second.folder, stick / "ZZ-140105100201-2026-0003.partial")
    (stick / "autorun.inf").write_text("[autorun]")
    carrier = verify_path(stick, [key.public()])[-1]
    failed = _failed(carrier)
    assert "autorun.inf" in failed["U 盘上只有说明文件和档案包"] and "没有未完成的 .partial 文件夹" in failed


def test_a_case_without_its_six_steps_needs_a_reason(tmp_path, key):
    bag = build_batch(_batch(items=(_case(3, STEPS[:4]),)), tmp_path, key).folder
    report = verify_bag(bag, [key.public()])
    assert "缺少 处理反馈、结案归档" in _failed(report)["每件案件六个环节齐全（或写明原因）"]
