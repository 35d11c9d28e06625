"""The township edition's window (issue 21 item 2): its own composition root (run.py), its own
login, its own pages; it shares the village window's look (ui/theme.py) and helpers (ops, messages)."""
