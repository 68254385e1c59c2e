from minutes.cli import main

raise SystemExit(main())
