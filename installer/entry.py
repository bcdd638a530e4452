"""PyInstaller entry point: the frozen app starts exactly like `heihe-desk` (GUI by default)."""

from heihe_desk.cli import main

raise SystemExit(main())
