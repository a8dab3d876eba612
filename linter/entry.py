"""The console script: the warm path first (standard library only), else the full CLI."""

from __future__ import annotations

import sys


def main() -> None:
    from withdraw_lint import daemon

    if daemon.wanted(sys.argv):
        code = daemon.run_client(sys.argv)
        if code is not None:
            raise SystemExit(code)
    from withdraw_lint.cli import main as cli_main

    cli_main()
