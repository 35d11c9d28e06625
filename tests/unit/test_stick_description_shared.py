"""说明文件.TXT on a stick carried round several villages: each village's export rewrites it with
its own batches, and keeps the lines of the other villages' batches still on the stick (else the
township's import finds their digests missing). Lines of batches no longer there, and lines that
are not batch lines, are not carried over."""

from __future__ import annotations

from gridDesk.archive.stick import DESCRIPTION, describe_carrier


def _lines(stick) -> list[str]:
    return (stick / DESCRIPTION).read_bytes().decode("utf-8-sig").splitlines()


def test_each_village_keeps_the_others_lines(tmp_path):
    stick = tmp_path / "stick"
    for name in ("ZZ-140105100201-2026-0001", "ZZ-140105100202-2026-0001", "ZZ-140105100203-2026-0001"):
        (stick / name).mkdir(parents=True)
    a, b, c = "a" * 64, "b" * 64, "c" * 64
    describe_carrier(stick, "杏花村综治中心", [("ZZ-140105100201-2026-0001", a, "2026-11-20")], "GridDesk")
    describe_carrier(stick, "柳树湾村综治中心", [("ZZ-140105100202-2026-0001", b, "2026-11-21")], "GridDesk")
    text = "\n".join(_lines(stick))
    assert a in text and b in text and "柳树湾村综治中心" in text
    # the first village's batch taken off the stick: its line goes with it
    (stick / "ZZ-140105100201-2026-0001").rmdir()
    describe_carrier(stick, "槐树庄村综治中心", [("ZZ-140105100203-2026-0001", c, "2026-11-22")], "GridDesk")
    text = "\n".join(_lines(stick))
    assert a not in text and b in text and c in text


def test_a_village_rewrites_its_own_lines_and_ignores_what_is_not_a_batch_line(tmp_path):
    stick = tmp_path / "stick"
    (stick / "ZZ-140105100201-2026-0001").mkdir(parents=True)
    (stick / "other").mkdir()
    (stick / DESCRIPTION).write_text("ZZ-140105100201-2026-0001\t" + "0" * 64 + "\t2026-01-01\n"
                                     "other\tnot a digest\t2026-01-01\n" + "other\t" + "Z" * 64 + "\tx\n",
                                     encoding="utf-8")
    describe_carrier(stick, "杏花村综治中心", [("ZZ-140105100201-2026-0001", "d" * 64, "2026-11-20")], "GridDesk")
    lines = [line for line in _lines(stick) if line.startswith(("ZZ-", "other"))]
    assert lines == ["ZZ-140105100201-2026-0001\t" + "d" * 64 + "\t2026-11-20"]
