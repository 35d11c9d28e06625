"""The township's reply package for one village (issue 21 budget: under 1 s), built the way
`griddesk township reply --village` builds it: read from the township's database what is unsent
(the village's batches received, its answered escalations), written onto the stick with the
USB-safe writer, read back and verified, and marked sent.

    uv run python tests/bench/township_reply_bench.py [--answers 20] [--photos 2] [--repeat 5]

Each run: a fresh township on the encrypted file (and on PostgreSQL when GRIDDESK_TEST_PG is set),
one village with 3 batches loaded, --answers escalations answered with --photos photos of 300 kB."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gridDesk.services.township import add_village, create_township, open_township  # noqa: E402
from gridDesk.services.township_import import import_stick  # noqa: E402
from gridDesk.services.township_reply import answer_escalation, write_replies  # noqa: E402
from gridDesk.storage.township.repo import TownshipRepo  # noqa: E402
from tests.township.packages import Village  # noqa: E402

PASSWORD = "Grid@2026pass"


def one_run(spec: str, work: Path, answers: int, photos: int) -> tuple[float, int, int]:
    v = Village()
    stick = work / "stick"
    for n in range(3):
        v.batch(stick, items=(v.case(n + 1), v.training(), v.visits()) if n == 0 else (v.case(n + 1),),
                bagging_date=f"2026-{9 + n:02d}-20")
    create_township(spec, "140105100", "小店镇", "zhuren", "李主任", PASSWORD, work / "files")
    session = open_township(spec, "zhuren", PASSWORD)
    try:
        add_village(session, v.code, "杏花村", v.fingerprint)
        summary = import_stick(session, stick)
        assert summary.loaded == 3, [p.reasons for p in summary.packages]
        now = datetime.now().replace(microsecond=0).isoformat()
        with session.db.transaction(writes=True) as s:  # the queue as the 上报件 would fill it
            for n in range(answers):
                TownshipRepo(s).add_escalation(v.code, f"{v.code}-2026-{n + 1:05d}", 1, f"上报件 {n + 1}", now, now, None)
        pictures = []
        for p in range(photos):
            path = work / f"photo{p}.jpg"
            path.write_bytes(os.urandom(300 * 1024))
            pictures.append(path)
        for n in range(answers):
            answer_escalation(session, v.code, f"{v.code}-2026-{n + 1:05d}", 1, ("instruct", "solved")[n % 2],
                              "请村里先行调解，三日内报结果。" * 20, pictures)
        t = time.perf_counter()
        [written] = write_replies(session, work / "reply-stick", v.code)
        elapsed = time.perf_counter() - t
        return elapsed, written.receipts, written.answers
    finally:
        session.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--answers", type=int, default=20)
    ap.add_argument("--photos", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    storages = ["file"] + (["postgresql"] if os.environ.get("GRIDDESK_TEST_PG") else [])
    for storage in storages:
        times = []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                if storage == "file":
                    times.append(one_run(str(work / "township.db"), work, args.answers, args.photos))
                    continue
                import psycopg

                admin = os.environ["GRIDDESK_TEST_PG"]
                name = f"tw_bench_{uuid.uuid4().hex[:12]}"
                base, _, query = admin.partition("?")
                url = base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
                try:
                    times.append(one_run(url, work, args.answers, args.photos))
                finally:
                    with psycopg.connect(admin, autocommit=True) as conn:
                        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        median = statistics.median(t for t, _r, _a in times)
        _t, receipts, answers = times[0]
        verdict = "ok" if median < 1.0 else "OVER"
        print(f"township reply, one village ({storage}): {receipts} receipts, {answers} answers with "
              f"{args.photos} photos of 300 kB each: {median:.3f} s (median of {args.repeat}; budget 1 s: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
