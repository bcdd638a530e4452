"""`python -m heihe_desk` runs the command line (the GUI by default)."""

from heihe_desk.cli import main

raise SystemExit(main())
