"""民族: GB 3304-1991 中国各民族名称的罗马字母拼写法和代码 (the 56 nationalities, 97 其他, 98 外国血统中国籍人士).

Each name is also read without 族 (汉, 蒙古), and in the shorthand and the names in use before
the renamings of the 1960s-80s (僮族 -> 壮族 1965, 崩龙族 -> 德昂族 1985, 毛难族 -> 毛南族 1986).
"""

from __future__ import annotations

from . import Dictionary, Entry

_NAMES = ("汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 "
          "黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 "
          "撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 "
          "塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族").split()

_MORE = {"蒙古族": ("蒙族",), "维吾尔族": ("维族",), "壮族": ("僮族",), "德昂族": ("崩龙族",), "毛南族": ("毛难族",),
         "朝鲜族": ("朝族",), "哈萨克族": ("哈族",)}


def _entry(code: int, name: str) -> Entry:
    return Entry(f"{code:02d}", name, (name[:-1], *_MORE.get(name, ())))


ETHNICITIES = Dictionary("民族", "GB 3304-1991", (
    *(_entry(i, n) for i, n in enumerate(_NAMES, start=1)),
    Entry("97", "其他", ("其他民族", "未识别民族")),
    Entry("98", "外国血统中国籍人士", ("外国血统", "入籍")),
))
