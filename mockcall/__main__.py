"""``python -m mockcall`` runs the same command line as the ``mockcall`` script."""

from mockcall.cli import main

raise SystemExit(main())
