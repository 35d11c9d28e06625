"""Keyed copies of a live database (sqlcipher_export), verified before they count."""

from __future__ import annotations

import os
from pathlib import Path

from .engine import _key_pragma, keyed_connect


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


class BackupFailed(Exception):
    pass


def export_copy(src: Path, key: bytes, dest: Path, dest_key: bytes | None = None) -> dict[str, int]:
    """Write a verified encrypted copy of `src` to `dest` (temp name, fsync, rename)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    tmp.unlink(missing_ok=True)
    conn = keyed_connect(src, key)
    try:
        conn.execute("BEGIN")  # one consistent snapshot of the source
        counts = _counts(conn)
        key_sql = _key_pragma(dest_key or key).split("=", 1)[1].strip()
        conn.execute(f"ATTACH DATABASE {_quote(tmp)} AS backup KEY {key_sql}")
        conn.execute("SELECT sqlcipher_export('backup')")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    verify_copy(tmp, dest_key or key, counts)
    os.replace(tmp, dest)
    return counts


def verify_copy(path: Path, key: bytes, expected: dict[str, int] | None = None) -> None:
    conn = keyed_connect(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
            raise BackupFailed("备份文件校验失败：" + "; ".join(problems[:3]))
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise BackupFailed("备份文件结构检查失败：" + result)
        if expected is not None and _counts(conn) != expected:
            raise BackupFailed("备份文件的记录数与原库不一致。")
    finally:
        conn.close()
