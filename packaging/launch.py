"""Entry point of the bundled application: the ``minutes`` command (no arguments starts the GUI)."""

from minutes.cli import main

raise SystemExit(main())
