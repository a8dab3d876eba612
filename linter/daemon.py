"""The warm path: a per-user background worker that keeps the pipeline loaded.

`withdraw-lint check` (the console script's thin client in `entry.py` and here, importing only
the standard library) hands its arguments, working folder and standard input to the
worker over a Unix socket and writes back exactly the stdout, stderr and exit code the
worker produced by running the same command in-process. The first check starts the
worker and lints in-process itself; a missing, stale or foreign worker means in-process
checking, silently. `--no-daemon` or WITHDRAW_LINT_NO_DAEMON=1 turn the path off, and
so does a CI environment (CI set), where runs are one-off.

The socket lives in $XDG_RUNTIME_DIR (or a 0700 folder of this user's in the temp
folder), with mode 0600, so no other user can connect. The worker exits after
WITHDRAW_LINT_DAEMON_IDLE seconds without a request (default 900), and a client whose
installed version, pipeline or source files differ from the worker's stops it and starts a
fresh one.
"""

from __future__ import annotations

import base64
import contextlib
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ENV_IDLE = "WITHDRAW_LINT_DAEMON_IDLE"
DEFAULT_IDLE = 900.0
CONNECT_TIMEOUT = 0.2
REPLY_TIMEOUT = 120.0


def fingerprint() -> str:
    """What a worker must share with its client: version, interpreter, shipped pipeline
    and source files (an editable install changes code without changing its version)."""
    from withdraw_lint import __version__

    folders = [Path(__file__).resolve().parent]
    for name in ("withdraw_lint.rules", "withdraw_lint.models"):
        spec = importlib.util.find_spec(name)  # imports nothing but the package itself
        if spec is not None and spec.origin is not None:
            folders.append(Path(spec.origin).parent)
    return f"{__version__}:{sys.executable}:{newest_change(folders)}"


def newest_change(folders: list[Path]) -> int:
    """The latest modification time (ns) of the code, schema and shipped pipeline in the
    package's folders (`linter/`, `rules/`, `models/` in a checkout, all one folder once
    installed)."""
    files = [
        path
        for folder in folders
        for pattern in ("*.py", "reporters/*.py", "schema/*.json", "pipeline/config.cfg")
        for path in folder.glob(pattern)
    ]
    return max((path.stat().st_mtime_ns for path in files), default=0)


def socket_path() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        folder = Path(runtime)
    else:
        folder = Path(tempfile.gettempdir()) / f"withdraw-lint-{os.getuid()}"
        folder.mkdir(mode=0o700, exist_ok=True)
        if folder.stat().st_uid != os.getuid() or folder.stat().st_mode & 0o077:
            raise OSError(f"{folder} is not private to this user")
    return folder / f"withdraw-lint-{os.getuid()}.sock"


def _send(sock: socket.socket, message: dict[str, Any]) -> None:
    sock.sendall(json.dumps(message).encode("utf-8") + b"\n")


def _receive(sock: socket.socket) -> dict[str, Any]:
    chunks = []
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        if chunk.endswith(b"\n"):
            break
    data = b"".join(chunks)
    if not data:
        raise ConnectionError("empty reply")
    reply: dict[str, Any] = json.loads(data)
    return reply


# --- client (standard library only: it runs before spaCy could be imported) -----------------


def run_client(argv: list[str]) -> int | None:
    """Run `argv` through the worker; None means "lint in-process" (and a worker is started)."""
    try:
        path = socket_path()
    except OSError:
        return None
    args = list(argv[1:])
    if "--color" not in args and "--no-color" not in args:
        color = not os.environ.get("NO_COLOR") and sys.stdout.isatty()
        args.insert(1, "--color" if color else "--no-color")
    stdin = ""
    if "-" in args[1:]:
        stdin = base64.b64encode(sys.stdin.buffer.read()).decode("ascii")
    request = {"fingerprint": fingerprint(), "args": args, "cwd": os.getcwd(), "stdin": stdin}
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT)
            sock.connect(str(path))
            sock.settimeout(REPLY_TIMEOUT)
            _send(sock, request)
            reply = _receive(sock)
    except (OSError, ValueError, ConnectionError):
        reply = {}
    if reply.get("status") != "ok":
        # No worker, a dead socket, or an old worker (which stops itself on a fingerprint
        # mismatch): start a fresh one and lint in-process this time.
        _start_worker()
        _replay_stdin(stdin)
        return None
    sys.stdout.write(reply["stdout"])
    sys.stdout.flush()
    sys.stderr.write(reply["stderr"])
    return int(reply["code"])


def _replay_stdin(stdin: str) -> None:
    """Put back the standard input the client already read, for the in-process run."""
    if stdin:
        import io

        sys.stdin = io.TextIOWrapper(io.BytesIO(base64.b64decode(stdin)), encoding="utf-8")


def _start_worker() -> None:
    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "withdraw_lint", "daemon", "run"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )


def request_stop() -> bool:
    """Ask a running worker to stop; False when none answered."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(str(socket_path()))
            _send(sock, {"command": "stop"})
            return _receive(sock).get("status") == "stopping"
    except (OSError, ValueError, ConnectionError):
        return False


def status() -> dict[str, Any] | None:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(str(socket_path()))
            _send(sock, {"command": "status"})
            return _receive(sock)
    except (OSError, ValueError, ConnectionError):
        return None


# --- worker -------------------------------------------------------------------------------


def serve(idle: float | None = None) -> None:
    """Load the pipeline, listen on the socket, answer requests until idle for too long."""
    from withdraw_lint.pipeline import load

    idle = idle if idle is not None else float(os.environ.get(ENV_IDLE, DEFAULT_IDLE))
    path = socket_path()
    load()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        if path.exists():
            if status() is not None:
                return  # another worker already answers
            path.unlink()
        old_mask = os.umask(0o177)
        try:
            server.bind(str(path))
        finally:
            os.umask(old_mask)
        os.chmod(path, 0o600)
        server.listen(8)
        server.settimeout(idle)
        mine = fingerprint()
        try:
            while True:
                try:
                    conn, _ = server.accept()
                except TimeoutError:
                    return
                with conn:
                    conn.settimeout(REPLY_TIMEOUT)
                    if not _answer(conn, mine):
                        return
        finally:
            with contextlib.suppress(OSError):
                path.unlink()


def _answer(conn: socket.socket, mine: str) -> bool:
    """Handle one request; False when the worker should stop."""
    try:
        request = _receive(conn)
    except (OSError, ValueError, ConnectionError):
        return True
    command = request.get("command")
    if command == "stop":
        _send(conn, {"status": "stopping"})
        return False
    if command == "status":
        _send(conn, {"status": "running", "pid": os.getpid(), "fingerprint": mine})
        return True
    if request.get("fingerprint") != mine:
        _send(conn, {"status": "stale"})
        return False
    _send(conn, {"status": "ok", **_run(request)})
    return True


def _run(request: dict[str, Any]) -> dict[str, Any]:
    """Run a `check` command line in-process, exactly as the console script would."""
    from typer.testing import CliRunner
    from withdraw_lint.cli import app
    from withdraw_lint.config import forget_loaded_configs

    forget_loaded_configs()  # configuration files may have changed since the last request
    stdin = base64.b64decode(request.get("stdin") or "")
    previous = os.getcwd()
    try:
        os.chdir(request["cwd"])
        result = CliRunner().invoke(app, request["args"], input=stdin, prog_name="withdraw-lint")
    finally:
        os.chdir(previous)
    return {"stdout": result.stdout, "stderr": result.stderr, "code": result.exit_code}
