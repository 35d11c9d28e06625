"""Anchoring the audit log outside the PC: every batch carries the audit rows written since the
last batch (the segment) and the chain's head, both covered by the package signature; the township
keeps the last head it received from each village and checks that the next segment extends it.

This is what transparency logs (Certificate Transparency, Rekor) do with a signed tree head: once
a head has left the PC, rewriting, deleting or cutting off any row up to it can no longer go
unseen, whoever holds the data key. What has not yet left the PC can still be rewritten by a key
holder; the township sees only that the next segment is consistent with itself.

Files in the bag (payload, so listed in both manifests):
  其他/audit-head.json      {"format", "from", "count", "previous", "head"}
  其他/audit-segment.jsonl  one row a line: id, ts, account, action, target, detail, leaf, masked
Rows are masked as the rest of the package (ID numbers and mobile numbers in the text); `leaf` is
the SM3 of the unmasked row, so the township can link every row even when it cannot re-derive
the leaf, and does re-derive it for every row that masking left unchanged.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..security.audit_chain import GENESIS, Head, leaf, link

FORMAT = "griddesk-audit-segment/1"
HEAD_FILE = "其他/audit-head.json"
SEGMENT_FILE = "其他/audit-segment.jsonl"
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Segment:
    head_json: bytes
    rows_jsonl: bytes
    head: Head
    first: int  # the first row's id (count + 1 when the segment is empty)


def build_segment(rows: Iterable[tuple[int, str, str, str, str, str, str]], after: int, previous: str,
                  mask: Callable[[str], str]) -> Segment:
    """`rows` are (id, ts, account, action, target, detail, stored hash) from row `after` + 1 on,
    unmasked; `previous` is the stored hash of row `after`. The hashes are re-derived here, so a
    batch never carries a chain the village's own check would refuse."""
    lines: list[bytes] = []
    h, count = previous, after
    for row_id, ts, account, action, target, detail, stored in rows:
        if row_id != count + 1:
            raise ValueError(f"audit row {count + 1} missing")
        lf = leaf(row_id, ts, account, action, target, detail)
        h = link(h, lf)
        if h != stored:
            raise ValueError(f"audit row {row_id} does not chain")
        shown_target, shown_detail = mask(target), mask(detail)
        lines.append(json.dumps({"id": row_id, "ts": ts, "account": account, "action": action,
                                 "target": shown_target, "detail": shown_detail, "leaf": lf,
                                 "masked": (shown_target, shown_detail) != (target, detail)},
                                ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")
        count = row_id
    head = Head(count, h)
    head_json = json.dumps({"format": FORMAT, "from": after + 1, "count": count, "previous": previous,
                            "head": h}, ensure_ascii=False, indent=1).encode("utf-8")
    return Segment(head_json, b"".join(lines), head, after + 1)


def batch_fields(segment: Segment) -> dict:
    """What a Batch (archive/package.py) takes to carry the segment and its head."""
    return {"other_files": ((HEAD_FILE.split("/", 1)[1], segment.head_json),
                            (SEGMENT_FILE.split("/", 1)[1], segment.rows_jsonl)),
            "more_info": (("Audit-Chain-Head", head_line(segment.head)),)}


def _is_hash(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**12


@dataclass(frozen=True)
class SegmentCheck:
    problems: list[str]
    head: Head | None  # the head this batch proves, when its segment is whole
    note: str = ""


def check_segment(head_json: bytes | None, rows_jsonl: bytes | None, info_head: str | None,
                  known: Head | Sequence[Head] | None) -> SegmentCheck:
    """Check one batch's segment on its own and against `known`: the heads received before from
    the same village, the last one last (one head, or none: this township has no head of it yet)."""
    if head_json is None and rows_jsonl is None:
        return SegmentCheck(["包里没有审计日志段和链头（其他/audit-head.json）：无法确认村里的审计日志没有被改写"], None)
    if head_json is None or rows_jsonl is None:
        return SegmentCheck(["审计日志段和链头只有其中一个"], None)
    try:
        meta = json.loads(head_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return SegmentCheck(["审计链头文件不是有效的 JSON"], None)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        return SegmentCheck(["审计链头文件的格式不认识"], None)
    first, count, previous, head = meta.get("from"), meta.get("count"), meta.get("previous"), meta.get("head")
    if not (_is_count(first) and _is_count(count) and first >= 1 and count >= first - 1
            and _is_hash(previous) and _is_hash(head)):
        return SegmentCheck(["审计链头文件的内容不完整或取值不对"], None)
    if info_head is not None and info_head != f"{count} {head}":
        return SegmentCheck([f"bag-info 的 Audit-Chain-Head 与 {HEAD_FILE} 不一致"], None)
    problems = _walk(rows_jsonl, first, count, previous, head)
    if problems:
        return SegmentCheck(problems, None)
    history = (known,) if isinstance(known, Head) else tuple(known or ())
    if Head(count, head) in history:  # the same batch checked again (a second look at a stick)
        return SegmentCheck([], Head(count, head), f"这一批的审计链头（第 {count} 条）以前已经收到过")
    return _against(history[-1] if history else None, first, count, previous, Head(count, head))


def _walk(rows_jsonl: bytes, first: int, count: int, previous: str, head: str) -> list[str]:
    h, expected = previous, first
    try:
        text = rows_jsonl.decode("utf-8")
    except UnicodeDecodeError:
        return ["审计日志段不是 UTF-8 文本"]
    for n, line in enumerate(text.splitlines(), 1):
        try:
            row = json.loads(line)
            row_id, lf, masked = row["id"], row["leaf"], row["masked"]
            fields = [row[k] for k in ("ts", "account", "action", "target", "detail")]
        except (ValueError, KeyError, TypeError):
            return [f"审计日志段第 {n} 行无法解析"]
        if row_id != expected or not _is_hash(lf) or not all(isinstance(f, str) for f in fields):
            return [f"审计日志段第 {n} 行：应为第 {expected} 条记录，编号或内容不对"]
        if masked is False and leaf(row_id, *fields) != lf:
            return [f"审计记录第 {row_id} 条的内容与它的摘要不符（被改动过）"]
        h = link(h, lf)
        expected += 1
    if expected - 1 != count:
        return [f"审计日志段到第 {expected - 1} 条为止，链头却说有 {count} 条"]
    if h != head:
        return ["审计日志段算出的链头与包里签名的链头不符"]
    return []


def _against(known: Head | None, first: int, count: int, previous: str, head: Head) -> SegmentCheck:
    if known is None:
        if first == 1 and previous == GENESIS:
            return SegmentCheck([], head, f"首次收到该村的审计链头：第 {count} 条")
        return SegmentCheck([], head, f"本乡镇还没有该村的审计链头；这次从第 {first} 条起收到，以后的批次将与它比对")
    if count < known.count:
        return SegmentCheck([f"审计日志被截短：已上报到第 {known.count} 条，这次只到第 {count} 条"
                             f"（第 {count + 1} 条起不见了）"], None)
    if first > known.count + 1:
        return SegmentCheck([f"审计日志第 {known.count + 1}–{first - 1} 条没有随包送来"], None)
    if first <= known.count:
        return SegmentCheck([f"审计日志段从第 {first} 条起，但第 {first}–{known.count} 条已经上报过："
                             "已上报的记录被改写或删除后重新编了号"], None)
    if previous != known.digest:
        return SegmentCheck([f"已上报的审计记录（第 1–{known.count} 条）在村里被改写或删除："
                             f"第 {known.count} 条的链值与上次收到的链头不一致"], None)
    return SegmentCheck([], head, f"审计日志接续上次的第 {known.count} 条，到第 {count} 条")


def head_line(head: Head) -> str:
    """The bag-info value `Audit-Chain-Head`: count and digest."""
    return f"{head.count} {head.digest}"



class ReceivedHeads:
    """The township's memory of the audit heads each village has sent (`audit-heads.json` in its
    trust folder), oldest first, written only after a whole stick passed: the next batch is held to
    the last one, and a batch checked again is recognised by its own."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / "audit-heads.json"

    def load(self) -> dict[str, tuple[Head, ...]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            # A damaged memory must not quietly become "no head yet" (that would accept anything).
            raise ValueError(f"乡镇保存的审计链头文件 {self.path} 已损坏，请从备份恢复它") from exc
        if not isinstance(raw, dict):
            raise ValueError(f"乡镇保存的审计链头文件 {self.path} 已损坏，请从备份恢复它")
        heads = {}
        for village, values in raw.items():
            heads[village] = tuple(Head(v[0], v[1]) for v in values if isinstance(v, list) and len(v) == 2
                                   and _is_count(v[0]) and _is_hash(v[1])) if isinstance(values, list) else ()
        return heads

    def save(self, heads: dict[str, tuple[Head, ...]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({v: [[h.count, h.digest] for h in hs] for v, hs in sorted(heads.items())},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
