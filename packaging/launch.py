"""Entry point of the bundled application: the ``minutes`` command (no arguments starts the GUI)."""

import multiprocessing

from minutes.cli import main

# A batch import runs in a process of its own (minutes.archive.batch_process, "spawn"): in the bundle that
# process starts this executable again, and freeze_support() makes it run the import instead of the app.
multiprocessing.freeze_support()
raise SystemExit(main())
