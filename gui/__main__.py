"""`python -m gui` starts the window."""

import sys

from gui.app import main

sys.exit(main())
