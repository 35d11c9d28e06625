"""Who may do what: roles, grids, accounts."""

ENTRIES = {
    "permission_denied": ("您的角色没有这项权限。", "Your role does not allow this."),
    "not_found": ("找不到这条记录，可能刚被删除。", "This record cannot be found; it may just have been deleted."),
    "conflict": ("这条记录已经存在，或刚被别人改动过。", "This record already exists or was just changed by someone else."),
}
