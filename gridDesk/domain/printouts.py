"""What a printed grid sign showed, and what has changed on it since (so an old sign is not left
hanging with a phone that no longer answers)."""

from __future__ import annotations

from typing import Any

Snapshot = dict[str, Any]  # {"name": ..., "boundary": ..., "members": [{"name", "role", "phone"}]}


def sign_snapshot(grid_name: str, boundary: str, members: list[tuple[str, str, str]]) -> Snapshot:
    return {"name": grid_name, "boundary": boundary,
            "members": [{"name": n, "role": r, "phone": p} for n, r, p in members]}


def sign_changes(printed: Snapshot | None, now: Snapshot) -> list[str]:
    """Plain sentences of what differs; empty when the printed sign is still right."""
    if printed is None:
        return ["还没有打印过"]
    changes = []
    if printed.get("name") != now["name"]:
        changes.append(f"网格名称改为“{now['name']}”")
    if printed.get("boundary", "") != now["boundary"]:
        changes.append("网格范围有改动")
    before = {m["name"]: m for m in printed.get("members", [])}
    after = {m["name"]: m for m in now["members"]}
    changes += [f"{name} 已不在本网格" for name in before if name not in after]
    changes += [f"新增 {name}" for name in after if name not in before]
    for name, m in after.items():
        old = before.get(name)
        if old is None:
            continue
        if old["phone"] != m["phone"]:
            changes.append(f"{name} 的电话改为 {m['phone']}")
        if old["role"] != m["role"]:
            changes.append(f"{name} 的岗位改为 {m['role']}")
    return changes
