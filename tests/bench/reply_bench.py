"""Benchmark rows for the township's reply package for one village (issue 21, budget 1 s): a
month's reply (12 receipts, 100 answers to escalations with a 200 KB photo each, 30 second
reviews, 20 tasks, 10 training sessions of 40 people) built and written with the USB-safe writer
(flushed, read back and verified before the rename), against `cp -r` of the same bag; and the
village's reading of it (structure, signature, every file re-hashed, the XML parsed).

    uv run python tests/bench/reply_bench.py [--repeat 5] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gridDesk.archive.reply import (AnswerKind, Attendee, EscalationAnswer, PersonRef, PointsChange,  # noqa: E402
                                    Reply, ReplyAttachment, ReplyReceipt, SecondReview, TaskDown, TrainingDown,
                                    build_reply)
from gridDesk.archive.reply_read import read_reply  # noqa: E402
from gridDesk.security.sm import SigningKey  # noqa: E402

Row = tuple[str, float, float | None, str]
VILLAGE = "320812101001"


def sample(seed: int = 21) -> Reply:
    rng = random.Random(seed)
    made = datetime(2026, 11, 30, 17, 0)
    photo = lambda n: ReplyAttachment(f"p{n}.jpg", "现场照片", b"\xff\xd8\xff" + rng.randbytes(200 * 1024))  # noqa: E731
    kinds = list(AnswerKind)
    answers = tuple(EscalationAnswer(f"A{n}", f"{VILLAGE}-2026-{n:05d}", 1 + n % 2, kinds[n % 4], "镇综治办 李主任",
                                     made - timedelta(hours=n), "请村里按程序办理，办理结果及时反馈。" * 5, (photo(n),))
                    for n in range(100))
    reviews = tuple(SecondReview(f"R{n}", PersonRef(f"网格员{n}", n + 1), "2026Q3", "镇党委", date(2026, 10, 20),
                                 "同意初评", (PointsChange("入户走访", 90, "抽查核实"),)) for n in range(30))
    tasks = tuple(TaskDown(f"T{n}", "人口信息核查", f"任务{n}", date(2026, 12, 15), "政办〔2026〕8号", "核查。" * 20,
                           ("01", "02")) for n in range(20))
    trainings = tuple(TrainingDown(f"P{n}", f"业务培训{n}", datetime(2026, 11, 5 + n, 9), 3.0, "镇会议室", "刘老师", True,
                                   tuple(Attendee(PersonRef(f"网格员{m}", m + 1), score=90.0, passed=True)
                                         for m in range(40))) for n in range(10))
    receipts = tuple(ReplyReceipt(f"ZZ-{VILLAGE}-2026-{n:04d}", f"{n:064x}", True) for n in range(1, 13))
    return Reply(VILLAGE[:9], "测试镇", VILLAGE, "测试村", 2026, 1, made, receipts=receipts, answers=answers,
                 reviews=reviews, tasks=tasks, trainings=trainings)


def rows(folder: Path, repeat: int) -> list[Row]:
    key = SigningKey.generate()
    reply = sample()
    built, copied, read = [], [], []
    for n in range(repeat):
        stick = Path(folder) / f"reply-stick-{n}"
        shutil.rmtree(stick, ignore_errors=True)
        stick.mkdir(parents=True)
        t = time.perf_counter()
        bag = build_reply(reply, stick, key)
        built.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run(["cp", "-r", str(bag), str(stick / "copy")], check=True)
        os.sync()
        copied.append(time.perf_counter() - t)
        t = time.perf_counter()
        read_reply(bag, key.public().fingerprint(), VILLAGE)
        read.append(time.perf_counter() - t)
        shutil.rmtree(stick, ignore_errors=True)
    size = sum(len(f.data) for a in reply.answers for f in a.attachments) / 1024 ** 2
    return [(f"reply package for one village built onto the stick ({size:.0f} MB, 192 items) vs cp -r + sync",
             statistics.median(built), statistics.median(copied), "under 1 s"),
            ("reply package read and verified at the village (every file re-hashed, XML parsed)",
             statistics.median(read), None, "-")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="griddesk-reply-bench-"))
    print(f"\nGridDesk reply package benchmark, median of {args.repeat} runs ({os.cpu_count()} cores)\n")
    print("| measurement | GridDesk | reference | ratio | budget |")
    print("|---|---:|---:|---:|---|")
    for name, ours, base, budget in rows(folder, args.repeat):
        base_s = f"{base:.3f} s" if base is not None else "-"
        ratio = f"{ours / base:.2f}x" if base else "-"
        print(f"| {name} | {ours:.3f} s | {base_s} | {ratio} | {budget} |")
    if args.out is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
