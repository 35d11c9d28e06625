"""The sign's layout: whatever the names and duties, every text stays inside its box."""

from __future__ import annotations

from io import BytesIO

import pytest
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from gridDesk.printing.fonts import register_cjk_font
from gridDesk.printing.sign import SignData, SignMember, draw_sign, fit_text

LONG = "负责东村一至五组的走访和矛盾纠纷调解，协助做好防汛、消防安全宣传，独居老人和留守儿童关爱服务。" * 6


@pytest.fixture(scope="module")
def font():
    return register_cjk_font()


@pytest.mark.parametrize("text", ["王", "欧阳长名字测试" * 3, LONG])
def test_fit_text_never_draws_taller_than_its_box(font, text):
    canvas = Canvas(BytesIO())
    for width, height in ((60, 5), (60, 14), (200, 40), (400, 400)):
        size, drawn = fit_text(canvas, text, font, 0, 500, width, height, 30, 7)
        assert drawn <= height + 0.01 and 7 <= size <= 30


@pytest.mark.parametrize("count", range(0, 9))
def test_a_sign_with_zero_to_eight_members_draws_without_error(font, count, monkeypatch):
    drawn: list[tuple[float, float, float, float]] = []
    real = fit_text

    def spy(c, text, f, x, top, width, height, *args, **kw):
        size, h = real(c, text, f, x, top, width, height, *args, **kw)
        drawn.append((x, top - h, x + width, top))
        return size, h

    monkeypatch.setattr("gridDesk.printing.sign.fit_text", spy)
    members = tuple(SignMember("欧阳长名字" * (1 + i % 3), "专职网格员", f"1390000{i:04d}", LONG) for i in range(count))
    sign = SignData("很长很长的村名" * 3, "第一网格（东村一至五组）" * 2, "140105100201001", members, LONG,
                    qr_link="https://weixin.qq.com/g/x", centre_phone="0351-1234567", supervision_phone="12345",
                    printed_on="2026-11-23")
    page = landscape(A3)
    draw_sign(Canvas(BytesIO(), pagesize=page), sign, page, font)
    assert drawn and all(0 <= x0 and 0 <= y0 and x1 <= page[0] and y1 <= page[1] for x0, y0, x1, y1 in drawn)


def test_no_usable_font_says_what_was_tried_and_what_to_do(monkeypatch, tmp_path):
    from reportlab.pdfbase import pdfmetrics

    from gridDesk.printing import fonts

    fake = tmp_path / "Arial.ttf"
    fake.write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "_candidates", lambda preferred: [fake, tmp_path / "simhei.ttf"])
    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(fonts.FontNotFound) as refused:
        fonts.register_cjk_font()
    assert "Arial.ttf、simhei.ttf" in refused.value.message and "设置 → 打印" in refused.value.message
