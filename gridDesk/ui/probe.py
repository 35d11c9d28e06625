"""Run as `python -m gridDesk.ui.probe` (or the frozen app with GRIDDESK_QT_PROBE=1): exits 0
if Qt can open its platform here.

The command line runs this in a child first, because a missing X library makes Qt abort the
whole process rather than raise.
"""

import sys


def can_open_display() -> int:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication(sys.argv[:1])
    return 0


if __name__ == "__main__":
    sys.exit(can_open_display())
