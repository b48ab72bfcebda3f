"""Installs the network guard in subprocesses the tests start (PYTHONPATH points here)."""

import atexit
import sys

from tests import netguard

netguard.install()


def _report() -> None:
    if netguard.violations:
        sys.stderr.write("\n".join(netguard.violations) + "\n")


atexit.register(_report)
