"""``python -m govgraph``: the same as the ``govgraph`` command."""

import sys

from govgraph.cli import main

if __name__ == "__main__":
    sys.exit(main())
