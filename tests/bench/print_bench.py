"""Benchmark rows for printouts: one A3 sign with six photo cards, the batch of 300 grids' signs,
1,000 contact cards. Plain data straight into printing/, with real-sized JPEG portraits."""

from __future__ import annotations

import random
import statistics
import time
from io import BytesIO
from pathlib import Path

from PIL import Image

from gridDesk.printing.contact_cards import ContactCard, write_cards
from gridDesk.printing.sign import SignData, SignMember, write_signs

Row = tuple[str, float, float | None, str]


def _portrait(rng: random.Random) -> bytes:
    """A 360x480 JPEG with noise in it, so it compresses like a photograph (about 60 KB)."""
    image = Image.effect_noise((360, 480), rng.uniform(30, 80)).convert("RGB")
    out = BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _sign(n: int, photos: list[bytes]) -> SignData:
    members = tuple(SignMember(f"网格员{n}-{i}", ("网格长", "专职网格员", "兼职网格员", "网格辅助员")[i % 4],
                               f"139{n:04d}{i:04d}", "走访入户、信息采集、矛盾排查、政策宣传、安全隐患排查" * (1 + i % 2),
                               photos[(n * 6 + i) % len(photos)]) for i in range(6))
    return SignData("基准村", f"第{n}网格", f"320102001001{n:03d}", members, "东至河，南至路，西至山，北至林。" * 3,
                    qr_link=f"https://weixin.qq.com/g/bench-{n}", centre_phone="025-12345678",
                    supervision_phone="12345", printed_on="2026-11-23", township="基准镇")


def rows(folder: Path, repeat: int) -> list[Row]:
    rng = random.Random(3)
    photos = [_portrait(rng) for _ in range(60)]
    out = folder / "print-bench"
    out.mkdir(parents=True, exist_ok=True)

    def one() -> float:
        t = time.perf_counter()
        write_signs([_sign(1, photos)], out / "one.pdf", "A3")
        return time.perf_counter() - t

    one()  # fonts registered and modules warm, as in the app after its first print
    single = statistics.median(one() for _ in range(repeat))
    signs = [_sign(n, photos) for n in range(300)]
    t = time.perf_counter()
    write_signs(signs, out / "batch.pdf", "A3")
    batch = time.perf_counter() - t
    cards = [ContactCard(f"东村{n // 20}组 {n}号（户号 H{n:05d}）", "第1网格", "李网格", "专职网格员", "13900001111",
                         photos[n % 3], village="基准村", centre_phone="025-12345678") for n in range(1000)]
    t = time.perf_counter()
    write_cards(cards, out / "cards.pdf")
    card_time = time.perf_counter() - t
    return [("print: one A3 sign with 6 photo cards", single, None, "< 0.300 s"),
            ("print: every grid's sign, 300 grids in one PDF", batch, None, "< 60 s"),
            ("print: 1,000 household contact cards", card_time, None, "< 10 s")]
