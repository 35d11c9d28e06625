"""Run as `python -m gridDesk.ui.probe`: exits 0 if Qt can open its platform here.

The command line runs this in a child first, because a missing X library makes Qt abort the
whole process rather than raise.
"""

import sys

from PySide6.QtGui import QGuiApplication

if __name__ == "__main__":
    QGuiApplication(sys.argv)
    sys.exit(0)
