"""The console script: the warm path first (standard library only), else the full CLI."""

from __future__ import annotations

import os
import sys


def main() -> None:
    maybe_warm = (
        len(sys.argv) > 1
        and sys.argv[1] == "check"
        and not os.environ.get("WITHDRAW_LINT_NO_DAEMON")
        and not os.environ.get("CI")
    )
    if maybe_warm:  # only then is the client module worth importing
        from withdraw_lint import daemon

        if daemon.wanted(sys.argv):
            code = daemon.run_client(sys.argv)
            if code is not None:
                raise SystemExit(code)
    from withdraw_lint.cli import main as cli_main

    cli_main()
