"""python -m gridDesk"""

from gridDesk.cli.main import main

raise SystemExit(main())
