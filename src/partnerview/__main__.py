"""``python -m partnerview``: the same as the ``partnerview`` command."""

from partnerview.cli import main

raise SystemExit(main())
