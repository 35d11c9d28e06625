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
the leaf, and does re-derive it for every row that masking left unchanged (a row marked masked
must at least look masked: an asterisk, and no whole number left).

Against the village's own key holder, who can sign anything:
- the heads are kept per Bag-Group-Identifier AND per signing key (`known_for`), so a new or
  missing group name does not start a fresh history, nor does a new key under the old name;
- a head already received passes only for the very package received before (a second look at
  a stick); a new batch carrying an old segment would keep the rows since on the PC;
- the segment is read a row at a time, split at "\n" only, with a size limit for the file and
  for a row: a hostile file is a failed check with its reason, never a traceback or a hang.
What is still taken on trust: the text of a row marked masked (its leaf links, its words cannot
be re-derived), and the first head of a village the township has never seen (its fingerprint
must be compared on paper when its key is registered).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..domain.catalogue import Message
from ..domain.errors import GridDeskError
from ..domain.text_masking import whole_numbers_left
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


# What a township reads from one bag, whatever the bag says: a year of a busy centre's rows is a
# few dozen MB, so the segment is walked row by row (memory bounded by one row), never read whole.
HEAD_LIMIT = 64 * 1024
SEGMENT_LIMIT = 512 * 1024 * 1024
ROW_LIMIT = 4 * 1024 * 1024  # storage/audit_repo.TEXT_LIMIT keeps every row well under it


@dataclass(frozen=True)
class Known:
    """What the township holds about the bag's village: the heads received (the last one last),
    and whether this very package passed here before (a second look at a stick), which is the
    only case in which a head already received counts again."""

    heads: tuple[Head, ...] = ()
    received_before: bool = False
    conflict: Message | None = None


@dataclass(frozen=True)
class SegmentCheck:
    """What the segment says; problems and note are catalogue sentences (a file name in them is the
    package's own text), rendered in the reader's language by the report."""

    problems: list[Message]
    head: Head | None  # the head this batch proves, when its segment is whole
    note: Message | None = None


def _known(known: Known | Head | Sequence[Head] | None) -> Known:
    """Bare heads come from the village's own check of the batch it is writing, which knows no
    package digests: a head already received is then taken as the same batch (the township's
    verify_path always says which packages it received before)."""
    if isinstance(known, Known):
        return known
    return Known((known,) if isinstance(known, Head) else tuple(known or ()), received_before=True)


def check_segment(head_json: bytes | None, rows_jsonl: bytes | BinaryIO | None, info_head: str | None,
                  known: Known | Head | Sequence[Head] | None) -> SegmentCheck:
    """Check one batch's segment on its own and against `known`: the heads received before from
    the same village, the last one last (one head, or none: this township has no head of it yet).
    `rows_jsonl` may be an open binary file, read a row at a time."""
    if head_json is None and rows_jsonl is None:
        return SegmentCheck([Message("anchor.p.none", {"file": HEAD_FILE})], None)
    if head_json is None or rows_jsonl is None:
        return SegmentCheck([Message("anchor.p.one_only")], None)
    if len(head_json) > HEAD_LIMIT:
        return SegmentCheck([Message("anchor.p.head_too_large")], None)
    try:
        meta = json.loads(head_json.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return SegmentCheck([Message("anchor.p.head_not_json")], None)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        return SegmentCheck([Message("anchor.p.head_format")], None)
    first, count, previous, head = meta.get("from"), meta.get("count"), meta.get("previous"), meta.get("head")
    if not (_is_count(first) and _is_count(count) and first >= 1 and count >= first - 1
            and _is_hash(previous) and _is_hash(head)):
        return SegmentCheck([Message("anchor.p.head_values")], None)
    if info_head is not None and info_head != f"{count} {head}":
        return SegmentCheck([Message("anchor.p.info_mismatch", {"file": HEAD_FILE})], None)
    problems = _walk(rows_jsonl, first, count, previous, head)
    if problems:
        return SegmentCheck(problems, None)
    known = _known(known)
    if known.conflict:
        return SegmentCheck([known.conflict], None)
    if Head(count, head) in known.heads:
        if known.received_before:  # the same batch checked again (a second look at a stick)
            return SegmentCheck([], Head(count, head), Message("anchor.note.seen_before", {"count": count}))
        return SegmentCheck([Message("anchor.p.head_reused", {"count": count})], None)
    return _against(known.heads[-1] if known.heads else None, first, count, previous, Head(count, head))


def check_files(data: Path, info_head: str | None, known: Known | Head | Sequence[Head] | None) -> SegmentCheck:
    """check_segment on a bag's `data/` folder: links, oversized and unreadable files are failed
    checks with their reason, and the segment is read a row at a time."""
    head_path, rows_path = data / HEAD_FILE, data / SEGMENT_FILE
    present = [p for p in (head_path, rows_path) if p.is_symlink() or p.exists()]
    if not present:
        return check_segment(None, None, info_head, known)
    for p, limit in ((head_path, HEAD_LIMIT), (rows_path, SEGMENT_LIMIT)):
        if p not in present:
            return check_segment(None, b"", info_head, known)
        if p.is_symlink() or not p.is_file():
            return SegmentCheck([Message("anchor.p.not_regular", {"file": p.name})], None)
        size = p.stat().st_size
        if size > limit:
            return SegmentCheck([Message("anchor.p.too_large", {"file": p.name, "size": size / 1024 / 1024,
                                                                "limit": limit / 1024 / 1024})], None)
    try:
        head_json = head_path.read_bytes()[:HEAD_LIMIT + 1]
        with open(rows_path, "rb") as rows:
            return check_segment(head_json, rows, info_head, known)
    except OSError as exc:
        return SegmentCheck([Message("anchor.p.unreadable", {"os_error": exc.strerror or str(exc)})], None)


class _Unreadable(Exception):
    """A segment not read further; its argument is the catalogue code of why."""


def _lines(rows: bytes | BinaryIO) -> Iterator[bytes]:
    """Rows split at "\n" only: JSON keeps U+2028, U+0085 and the like inside a string as they
    are, and str.splitlines() would break a row there."""
    source = io.BytesIO(rows) if isinstance(rows, bytes) else rows
    total = 0
    while line := source.readline(ROW_LIMIT + 1):
        total += len(line)
        if len(line) > ROW_LIMIT or total > SEGMENT_LIMIT:
            raise _Unreadable("anchor.row_too_long")
        yield line[:-1] if line.endswith(b"\n") else line


def _walk(rows_jsonl: bytes | BinaryIO, first: int, count: int, previous: str, head: str) -> list[Message]:
    h, expected = previous, first
    try:
        for n, raw in enumerate(_lines(rows_jsonl), 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                return [Message("anchor.p.not_utf8")]
            try:
                row = json.loads(line)
                row_id, lf, masked = row["id"], row["leaf"], row["masked"]
                fields = [row[k] for k in ("ts", "account", "action", "target", "detail")]
            except (ValueError, KeyError, TypeError, IndexError, RecursionError):
                return [Message("anchor.p.row_unparsed", {"line": n})]
            if (not _is_count(row_id) or row_id != expected or not _is_hash(lf) or not isinstance(masked, bool)
                    or not all(isinstance(f, str) for f in fields)):
                return [Message("anchor.p.row_wrong", {"line": n, "expected": expected})]
            if masked is False and leaf(row_id, *fields) != lf:
                return [Message("anchor.p.row_altered", {"record": row_id})]
            if masked is True and not _looks_masked(fields[3], fields[4]):
                return [Message("anchor.p.row_not_masked", {"record": row_id})]
            h = link(h, lf)
            expected += 1
    except _Unreadable as exc:
        return [Message(exc.args[0])]
    if expected - 1 != count:
        return [Message("anchor.p.count_mismatch", {"last": expected - 1, "count": count})]
    if h != head:
        return [Message("anchor.p.head_mismatch")]
    return []


def _looks_masked(target: str, detail: str) -> bool:
    """A row marked masked has a masked number in it and no whole one left: the township cannot
    re-derive its leaf, so at least the claim is held to what masking produces."""
    return "*" in target + detail and not any(whole_numbers_left(t) for t in (target, detail))


def _against(known: Head | None, first: int, count: int, previous: str, head: Head) -> SegmentCheck:
    if known is None:
        if first == 1 and previous == GENESIS:
            return SegmentCheck([], head, Message("anchor.note.first", {"count": count}))
        return SegmentCheck([], head, Message("anchor.note.new_here", {"first": first}))
    if count < known.count:
        return SegmentCheck([Message("anchor.p.truncated", {"known": known.count, "count": count, "next": count + 1})],
                            None)
    if first > known.count + 1:
        return SegmentCheck([Message("anchor.p.gap", {"start": known.count + 1, "end": first - 1})], None)
    if first <= known.count:
        return SegmentCheck([Message("anchor.p.renumbered", {"first": first, "known": known.count})], None)
    if previous != known.digest:
        return SegmentCheck([Message("anchor.p.rewritten", {"known": known.count})], None)
    return SegmentCheck([], head, Message("anchor.note.extends", {"known": known.count, "count": count}))


def head_line(head: Head) -> str:
    """The bag-info value `Audit-Chain-Head`: count and digest."""
    return f"{head.count} {head.digest}"



class HeadsDamaged(GridDeskError, ValueError):
    """The township's file of audit heads cannot be trusted (still a ValueError for its callers)."""

    code = "anchor.heads_damaged"


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
            raise HeadsDamaged("anchor.heads_damaged", path=str(self.path)) from exc
        damaged = HeadsDamaged("anchor.heads_damaged", path=str(self.path))
        if not isinstance(raw, dict):
            raise damaged
        heads = {}
        for village, values in raw.items():
            # One damaged entry is the whole file damaged: dropping it would leave that village with
            # fewer heads (or none, which accepts anything as a first sight).
            if not isinstance(values, list) or not all(isinstance(v, list) and len(v) == 2 and _is_count(v[0])
                                                       and _is_hash(v[1]) for v in values):
                raise damaged
            heads[village] = tuple(Head(v[0], v[1]) for v in values)
        return heads

    def save(self, heads: dict[str, tuple[Head, ...]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({v: [[h.count, h.digest] for h in hs] for v, hs in sorted(heads.items())},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)


def _signer_key(fingerprint: str) -> str:
    return "签名人 " + fingerprint.replace(" ", "").upper()


def known_for(heads: dict[str, tuple[Head, ...]], group: str, signer: str, received_before: bool) -> Known:
    """The heads a bag is held to: those of its Bag-Group-Identifier and those of the key that
    signed it. Either alone could be changed by the village's key holder (a new group name, or a
    bag with none, or a new key), so a history found under either one holds; two that disagree
    are a failure, never a fresh start."""
    by_group = heads.get(group, ()) if group else ()
    by_key = heads.get(_signer_key(signer), ()) if signer else ()
    if by_group and by_key and by_group[-1] not in by_key and by_key[-1] not in by_group:
        return Known((), received_before, Message("anchor.p.conflict", {"value": group, "count": by_group[-1].count,
                                                                         "key_count": by_key[-1].count}))
    return Known(max(by_group, by_key, key=lambda hs: hs[-1].count if hs else -1), received_before)


def remember(heads: dict[str, tuple[Head, ...]], group: str, signer: str, head: Head) -> None:
    """After a bag passed: its head joins the history of its group and of its signer."""
    for name in ([group] if group else []) + ([_signer_key(signer)] if signer else []):
        seen = heads.get(name, ())
        if head not in seen:
            heads[name] = (*seen, head)
