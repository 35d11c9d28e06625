"""A corpus of hostile packages (issue 14, part 2; the CSV rule of part 7). Each one is a good bag
from GridDesk's own writer with one attack in it, re-signed with the village's key, so that only
the attack can make it fail. Each must fail with its reason, within seconds, with nothing outside
the bag opened; every one of them passed (or crashed, or hung) the verifier before."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from gridDesk.archive.trust import TrustStore
from gridDesk.archive.verify import report_text, report_xml, verify_bag, verify_path
from gridDesk.cli.main import main
from gridDesk.security.sm import SigningKey, sm3_hex
from tests.fault.hostile import VILLAGE, good_bag, opened_files, outside, pdf, resign, roster, set_info

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def key() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture
def bag(tmp_path, key) -> Path:
    return good_bag(tmp_path / "stick", key)


@pytest.fixture
def canary(tmp_path) -> Path:
    """A file beside the stick that no verifier may open."""
    path = tmp_path / "canary.txt"
    path.write_text("root:x:0:0:root:/root:/bin/bash\n")
    return path


def _failed(report) -> dict[str, str]:
    return {c.name: c.reason for c in report.checks if not c.ok}


def _verify(bag: Path, root: Path, trusted, **kw):
    """verify_bag, recording what it opens; asserts it stayed inside the bag and took seconds."""
    start = time.monotonic()
    with opened_files() as opened:
        report = verify_bag(bag, trusted, **kw)
    assert time.monotonic() - start < 30, "the verifier took too long"
    assert outside(opened, bag, root) == [], "opened outside the bag"
    assert not report.passed, report_text([report])
    return report


def test_the_good_bag_passes_and_the_builder_changes_nothing(bag, key, tmp_path):
    with opened_files() as opened:
        assert verify_bag(bag, [key.public()]).passed
    assert outside(opened, bag, tmp_path) == []
    resign(bag, key)
    assert verify_bag(bag, [key.public()]).passed, report_text([verify_bag(bag, [key.public()])])


# -- paths ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["dotdot", "absolute", "drive", "unc", "backslash"])
def test_a_tag_manifest_naming_a_file_outside_the_bag(bag, key, tmp_path, canary, how):
    data = canary.read_bytes()
    relative = os.path.relpath(canary, bag).replace(os.sep, "/")  # ../../canary.txt
    name = {"dotdot": relative, "absolute": str(canary), "drive": "C:/Windows/win.ini",
            "unc": "\\\\server\\share\\x.txt", "backslash": relative.replace("/", "\\")}[how]

    def add(algorithm: str, lines: list[str]) -> list[str]:
        return lines + [f"{sm3_hex(data) if algorithm == 'sm3' else hashlib.sha256(data).hexdigest()}  {name}"]

    resign(bag, key, tag_lines=add)
    report = _verify(bag, tmp_path, [key.public()])
    assert "清单里的路径都在包内（没有 ..、绝对路径、盘符或反斜杠）" in _failed(report)


def test_a_wrong_digest_for_an_outside_path_is_no_oracle(tmp_path, key, canary):
    """Whether the named file exists must not change the report: the verifier never looks."""
    reasons = []
    for target in (canary, tmp_path / "no-such-file.txt"):
        bag = good_bag(tmp_path / f"stick-{target.stem}", key)
        resign(bag, key, tag_lines=lambda a, lines, t=target: lines + [f"{'0' * 64}  {t}"])
        report = _verify(bag, tmp_path, [key.public()])
        reasons.append(_failed(report)["清单里的路径都在包内（没有 ..、绝对路径、盘符或反斜杠）"].replace(str(target), "X"))
        assert str(canary) not in str(_failed(report).get("标签文件与 tagmanifest-sm3.txt 一致", ""))
    assert reasons[0] == reasons[1]


def test_a_payload_manifest_naming_a_file_outside_the_bag(bag, key, tmp_path, canary):
    resign(bag, key, payload_lines=lambda a, lines: lines + [f"{'0' * 64}  data/../../canary.txt"])
    report = _verify(bag, tmp_path, [key.public()])
    assert "data/../../canary.txt" in _failed(report)["清单里的路径都在包内（没有 ..、绝对路径、盘符或反斜杠）"]


def test_a_stick_whose_bag_folder_is_a_link_to_elsewhere(tmp_path, key):
    elsewhere = good_bag(tmp_path / "elsewhere", key)
    stick = tmp_path / "stick"
    stick.mkdir()
    os.symlink(elsewhere, stick / elsewhere.name, target_is_directory=True)
    (stick / "说明文件.TXT").write_text(sm3_hex((elsewhere / "tagmanifest-sm3.txt").read_bytes()), encoding="utf-8")
    with opened_files() as opened:
        reports = verify_path(stick, [key.public()])
    assert not all(r.passed for r in reports), report_text(reports)
    assert elsewhere.name in _failed(reports[-1])["U 盘上没有链接或特殊文件"]
    assert outside(opened, stick, tmp_path) == []
    # ... and given straight to verify_bag, the link is refused too
    report = _verify(stick / elsewhere.name, tmp_path, [key.public()])
    assert "档案包是文件夹本身，不是链接" in _failed(report)


def test_a_linked_folder_inside_the_bag(bag, key, tmp_path):
    outside_dir = tmp_path / "outside"
    outside_dir.mkdir()
    (outside_dir / "x.txt").write_text("secret")
    os.symlink(outside_dir, bag / "data" / "其他" / "more", target_is_directory=True)
    resign(bag, key, payload_lines=lambda a, lines: lines + [f"{'0' * 64}  data/其他/more/x.txt"])
    report = _verify(bag, tmp_path, [key.public()])
    assert "more（链接）" in _failed(report)["没有链接、绝对路径或 .. 路径"]


# -- files that are not files ---------------------------------------------------------------------
def test_a_tag_manifest_naming_a_huge_sparse_file(bag, key, tmp_path):
    with open(bag / "huge.bin", "wb") as f:
        f.truncate(1 << 40)  # a terabyte of nothing
    resign(bag, key, tag_lines=lambda a, lines: [line for line in lines if "huge.bin" not in line]
           + [f"{'0' * 64}  huge.bin"])
    report = _verify(bag, tmp_path, [key.public()])
    failed = _failed(report)
    assert "huge.bin" in failed["包的根目录没有不认识的文件"]
    assert "huge.bin" in failed["标签文件与 tagmanifest-sm3.txt 一致"]


def test_a_huge_sparse_file_in_the_payload_with_an_honest_oxum(bag, key, tmp_path):
    with open(bag / "data" / "其他" / "huge.bin", "wb") as f:
        f.truncate(1 << 40)
    resign(bag, key, payload_lines=lambda a, lines: [line for line in lines if "huge.bin" not in line]
           + [f"{'0' * 64}  data/其他/huge.bin"])
    report = _verify(bag, tmp_path, [key.public()])
    assert "稀疏文件" in _failed(report)["每个文件的 SM3 与清单一致"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_in_the_payload_and_in_the_tag_manifest(bag, key, tmp_path):
    os.mkfifo(bag / "data" / "其他" / "pipe.txt")
    os.mkfifo(bag / "fifo.txt")
    empty = sm3_hex(b"")
    resign(bag, key, payload_lines=lambda a, lines: lines + [f"{empty}  data/其他/pipe.txt"],
           tag_lines=lambda a, lines: lines + [f"{empty}  fifo.txt"])
    report = _verify(bag, tmp_path, [key.public()])
    failed = _failed(report)
    assert "pipe.txt（不是普通文件）" in failed["没有链接、绝对路径或 .. 路径"]
    assert "缺少 fifo.txt" in failed["标签文件与 tagmanifest-sm3.txt 一致"] or "fifo.txt" in failed["包的根目录没有不认识的文件"]


# -- manifests and the bag's root -----------------------------------------------------------------
def test_duplicate_manifest_lines_with_different_digests(bag, key, tmp_path):
    def twice(algorithm: str, lines: list[str]) -> list[str]:
        photo = next(line for line in lines if "photo-01.jpg" in line)
        return [f"{'1' * 64}  {photo.split('  ', 1)[1]}"] + lines  # the wrong one first: "last wins" passed

    resign(bag, key, payload_lines=twice)
    report = _verify(bag, tmp_path, [key.public()])
    assert "重复列出" in _failed(report)["manifest-sm3.txt 每行可解析"]


@pytest.mark.parametrize("name", ["tagmanifest-md5.txt", "notes.txt"])
def test_an_unknown_file_at_the_bag_root(bag, key, tmp_path, name):
    (bag / name).write_text("d41d8cd98f00b204e9800998ecf8427e  bagit.txt\n")
    resign(bag, key)  # listed in the signed tag manifests, so only its presence is wrong
    report = _verify(bag, tmp_path, [key.public()])
    assert name in _failed(report)["包的根目录没有不认识的文件"]


def test_none_as_previous_digest_on_a_ninth_batch(tmp_path, key):
    bag = good_bag(tmp_path / "stick", key, seq=9)
    report = _verify(bag, tmp_path, [key.public()])
    assert "第 0009 批" in _failed(report)["批次链没有断档"]


def test_none_as_previous_digest_from_a_village_already_received(tmp_path, key):
    bag = good_bag(tmp_path / "stick", key, seq=1)
    report = _verify(bag, tmp_path, [key.public()], received_villages={VILLAGE})
    assert "自称第一批" in _failed(report)["批次链没有断档"]


# -- who signed -----------------------------------------------------------------------------------
def test_a_bag_claiming_another_village_signed_with_a_registered_key(tmp_path, key):
    store = TrustStore(tmp_path / "trusted")
    store.register(key.public(), VILLAGE, "杏花村综治中心")
    other = "140105100299"
    bag = good_bag(tmp_path / "stick", key)
    bag = bag.rename(bag.with_name(f"ZZ-{other}-2026-0001"))
    set_info(bag, External_Identifier=f"ZZ-{other}-2026-0001", Bag_Group_Identifier=f"ZZ-{other}",
             Source_Organization="桃园村综治中心")
    resign(bag, key)
    report = _verify(bag, tmp_path, store.registrations())
    assert f"登记给 {VILLAGE}" in _failed(report)["签名人是已登记的村综治中心"]


def test_a_folder_name_that_is_not_the_external_identifier(tmp_path, key):
    bag = good_bag(tmp_path / "stick", key)
    bag = bag.rename(bag.with_name(f"ZZ-{VILLAGE}-2026-0007"))
    report = _verify(bag, tmp_path, [key.public()])
    assert "不一致" in _failed(report)["文件夹名、External-Identifier 与 bag-info 的村一致"]


def test_trust_new_never_adds_a_second_key_for_a_village(tmp_path, key, monkeypatch, capsys):
    monkeypatch.setenv("GRIDDESK_HOME", str(tmp_path / "home"))
    store = tmp_path / "trusted"
    first = good_bag(tmp_path / "one", key)
    assert main(["verify", str(first), "--trust-new", "--trust-store", str(store)]) == 0
    assert [r.village for r in TrustStore(store).registrations()] == [VILLAGE]
    impostor = SigningKey.generate()
    second = good_bag(tmp_path / "two", impostor, seq=2, previous=sm3_hex((first / "tagmanifest-sm3.txt").read_bytes()))
    capsys.readouterr()
    assert main(["verify", str(second), "--trust-new", "--trust-store", str(store)]) == 1
    err = capsys.readouterr().err
    assert "已登记签名公钥" in err and "verify-keys replace" in err
    assert [r.key for r in TrustStore(store).registrations()] == [key.public()]
    # The explicit command replaces it, printing both fingerprints.
    pem = tmp_path / "new.pem"
    pem.write_text(impostor.public().pem())
    assert main(["verify-keys", "replace", "--village", VILLAGE, "--key", str(pem), "--trust-store", str(store)]) == 0
    out = capsys.readouterr().out
    assert key.public().fingerprint() in out and impostor.public().fingerprint() in out
    assert main(["verify", str(second), "--trust-store", str(store)]) == 0


def test_an_old_flat_key_is_bound_to_the_first_village_it_verifies(tmp_path, key, monkeypatch, capsys):
    monkeypatch.setenv("GRIDDESK_HOME", str(tmp_path / "home"))
    store = TrustStore(tmp_path / "trusted")
    store.remember(key.public())  # what the old verifier stored: a PEM and nothing else
    bag = good_bag(tmp_path / "one", key)
    assert main(["verify", str(bag), "--trust-store", str(store.folder)]) == 0
    assert [(r.village, r.name) for r in store.registrations()] == [(VILLAGE, "杏花村综治中心")]


# -- what is inside the files ---------------------------------------------------------------------
@pytest.mark.parametrize("kind, expected", [
    ("hex-escaped", "/JavaScript"),
    ("object-stream", "/JavaScript"),
    ("launch", "/Launch"),
    ("zero-filled", "打不开"),
])
def test_pdfs_that_a_byte_scan_passed(bag, key, tmp_path, kind, expected):
    data = {"hex-escaped": pdf(rb"<< /S /J#61vaScript /J#53 (app.alert\(1\)) >>"),
            "object-stream": pdf(rb"<< /S /JavaScript /JS (app.alert\(1\)) >>", in_object_stream=True),
            "launch": pdf(rb"<< /S /Launch /F (cmd.exe) /NewWindow true >>"),
            "zero-filled": b"%PDF-1.4\n" + bytes(4096) + b"\n%%EOF\n"}[kind]
    (bag / "data" / "其他" / "attachment.pdf").write_bytes(data)
    resign(bag, key)
    report = _verify(bag, tmp_path, [key.public()])
    assert expected in _failed(report)["PDF 能打开、未加密、无脚本、字体已嵌入；图片能解码"]


def test_the_handmade_pdfs_are_otherwise_clean(bag, key):
    (bag / "data" / "其他" / "attachment.pdf").write_bytes(pdf())
    (bag / "data" / "其他" / "packed.pdf").write_bytes(pdf(b"<< /S /GoTo /D [3 0 R /Fit] >>", in_object_stream=True))
    resign(bag, key)
    report = verify_bag(bag, [key.public()])
    assert report.passed, report_text([report])


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example/","点这里")', "@SUM(1+1)",
                                  "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"])
def test_a_csv_with_a_live_formula(tmp_path, key, cell):
    bag = good_bag(tmp_path / "stick", key, items=(roster([["张三", "140105********002X", cell]], raw=True),))
    report = _verify(bag, tmp_path, [key.public()])
    assert "当作公式执行" in _failed(report)["CSV 里没有会被当作公式执行的单元格"]


def test_numbers_in_a_csv_are_not_formulas_and_the_writer_neutralises_the_rest(tmp_path, key):
    bag = good_bag(tmp_path / "stick", key, items=(roster([["张三", "-3", "+8613800138000"]], raw=True),))
    assert verify_bag(bag, [key.public()]).passed
    bag = good_bag(tmp_path / "other", key, items=(roster([["张三", "=cmd|' /C calc'!A0", "@SUM(1+1)"]]),))
    assert verify_bag(bag, [key.public()]).passed, report_text([verify_bag(bag, [key.public()])])


# -- never a traceback ----------------------------------------------------------------------------
def test_verify_given_a_file(tmp_path, bag, monkeypatch, capsys):
    monkeypatch.setenv("GRIDDESK_HOME", str(tmp_path / "home"))
    assert main(["verify", str(bag / "bagit.txt"), "--trust-store", str(tmp_path / "t")]) == 1
    assert "不是文件夹" in capsys.readouterr().out


def test_a_file_name_that_is_not_utf8_with_report(bag, key, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("GRIDDESK_HOME", str(tmp_path / "home"))
    name = os.fsdecode(b"data/\xff\xfe-\x01.txt")
    try:
        (bag / name).write_bytes(b"x")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    out = tmp_path / "report.xml"
    code = main(["verify", str(bag), "--key", str(_pem(tmp_path, key)), "--trust-store", str(tmp_path / "t"),
                 "--report", str(out)])
    assert code == 1
    text = capsys.readouterr().out
    assert "文件名不是 UTF-8" in text and out.is_file() and b"\\xff" in out.read_bytes()
    assert report_xml(verify_path(bag, [key.public()]))  # the XML writer takes it too


def _pem(tmp_path: Path, key: SigningKey) -> Path:
    path = tmp_path / "signer.pem"
    path.write_text(key.public().pem())
    return path



def test_a_pdf_that_parses_forever_is_failed_within_its_time_limit(monkeypatch):
    from gridDesk.archive import verify_files

    monkeypatch.setattr(verify_files, "_pdf_facts", lambda data: time.sleep(30))
    checker = verify_files.PdfChecker(seconds=0.3)
    start = time.monotonic()
    checker.add("a.pdf", pdf())
    first = checker.problems()
    monkeypatch.setattr(verify_files, "_pdf_facts", lambda data: (False, set(), False))
    checker.add("b.pdf", pdf())  # a fresh worker takes the next file
    second = checker.problems()
    checker.close()
    assert time.monotonic() - start < 5
    assert "没能解析完" in first[0].render() and second == []  # problems are catalogue sentences


def test_a_stuck_pdf_does_not_hold_up_the_ones_queued_behind_it(monkeypatch):
    from gridDesk.archive import verify_files

    monkeypatch.setattr(verify_files, "_pdf_facts",
                        lambda data: time.sleep(30) if b"stuck" in data else (False, {"/JS"} if b"bad" in data else set(), False))
    checker = verify_files.PdfChecker(seconds=0.3)
    start = time.monotonic()
    for name in ("stuck", "ok1", "bad", "ok2"):
        checker.add(f"{name}.pdf", pdf() + name.encode())
    found = checker.problems()
    checker.close()
    assert time.monotonic() - start < 5
    found = [p.render() for p in found]  # catalogue sentences, in Chinese here
    assert len(found) == 2 and "stuck.pdf 在" in found[0] and found[1].startswith("bad.pdf 含有脚本")
