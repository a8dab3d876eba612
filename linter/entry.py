"""The console script: the warm path first (standard library only), else the full CLI."""

from __future__ import annotations

import os
import sys

IN_PROCESS_ONLY = frozenset({"--fix", "--unsafe-fixes", "--diff", "--no-daemon", "--help"})
"""Options that change files or print help: these runs never go to the worker."""


def warm_path_wanted(argv: list[str]) -> bool:
    """Whether this command line may go to the background worker (see daemon.py)."""
    if os.environ.get("WITHDRAW_LINT_NO_DAEMON") or os.environ.get("CI"):
        return False  # turned off, or a CI job: one-off runs leave no process behind
    if sys.platform == "win32":
        return False  # the worker listens on a Unix socket
    return len(argv) > 1 and argv[1] == "check" and not IN_PROCESS_ONLY.intersection(argv)


def main() -> None:
    if warm_path_wanted(sys.argv):  # only then is the client module worth importing
        from withdraw_lint import daemon

        code = daemon.run_client(sys.argv)
        if code is not None:
            raise SystemExit(code)
    from withdraw_lint.cli import main as cli_main

    cli_main()
