"""The frozen app's entry point: the same `griddesk` command as from source."""

from gridDesk.cli.main import main

raise SystemExit(main())
