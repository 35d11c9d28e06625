"""Training, attendance and certificates."""

ENTRIES = {
    "uncertified": ("这位网格员没有有效的持证记录。", "This grid member holds no valid certificate."),
}
