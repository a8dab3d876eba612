"""The warm path: the background worker's output is byte-for-byte the in-process output."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import CONSOLE_SCRIPT, EXAMPLES


@pytest.fixture
def warm_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An environment with the warm path on and its own runtime folder; stops the worker."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("WITHDRAW_LINT_NO_DAEMON", "CI")}
    env.update({"XDG_RUNTIME_DIR": str(runtime), "WITHDRAW_LINT_DAEMON_IDLE": "120"})
    yield env
    subprocess.run([str(CONSOLE_SCRIPT), "daemon", "stop"], env=env, capture_output=True)


def run(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple:  # type: ignore[type-arg]
    proc = subprocess.run(
        [str(CONSOLE_SCRIPT), *args], env=env, input=stdin, capture_output=True, check=False
    )
    return proc.returncode, proc.stdout, proc.stderr


def wait_for_worker(env: dict[str, str]) -> None:
    for _ in range(100):
        if run(["daemon", "status"], env)[0] == 0:
            return
        time.sleep(0.2)
    raise AssertionError("the worker did not start")


def test_worker_output_is_byte_for_byte_the_in_process_output(warm_env: dict[str, str]) -> None:
    cold_env = {**warm_env, "WITHDRAW_LINT_NO_DAEMON": "1"}
    run(["check", str(EXAMPLES / "good-casual.txt")], warm_env)  # starts the worker
    wait_for_worker(warm_env)
    socket_file = Path(warm_env["XDG_RUNTIME_DIR"]) / f"withdraw-lint-{os.getuid()}.sock"
    assert socket_file.stat().st_mode & 0o777 == 0o600
    paths = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]  # every example, in one run
    for extra in ([], ["--format", "json"], ["--quiet", "--fail-on", "error"]):
        args = ["check", *extra, *paths]
        assert run(args, warm_env) == run(args, cold_env), args
    one = ["check", str(EXAMPLES / "good-relocation.txt")]
    assert run(one, warm_env) == run(one, cold_env)
    args = ["check", "-", str(EXAMPLES / "nope.txt")]
    draft = (EXAMPLES / "bad-missing-close.txt").read_bytes()
    assert run(args, warm_env, draft) == run(args, cold_env, draft)
    pid = run(["daemon", "status"], warm_env)[1].decode()
    assert pid.startswith("running (pid ")


def test_a_stale_socket_falls_back_to_in_process(warm_env: dict[str, str]) -> None:
    socket_file = Path(warm_env["XDG_RUNTIME_DIR"]) / f"withdraw-lint-{os.getuid()}.sock"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_file))
    stale.close()  # the file stays, nobody listens
    cold_env = {**warm_env, "WITHDRAW_LINT_NO_DAEMON": "1"}
    args = ["check", str(EXAMPLES / "bad-missing-close.txt")]
    assert run(args, warm_env) == run(args, cold_env)
    wait_for_worker(warm_env)  # the failed connection started a fresh worker


def test_no_daemon_flag_and_stop(warm_env: dict[str, str]) -> None:
    args = ["check", "--no-daemon", str(EXAMPLES / "good-casual.txt")]
    assert run(args, warm_env)[0] == 0
    assert run(["daemon", "status"], warm_env)[0] == 1  # --no-daemon started nothing
    assert run(["daemon", "stop"], warm_env)[1] == b"no worker is running\n"


def test_fingerprint_follows_source_changes(tmp_path: Path) -> None:
    """A changed source file, schema or pipeline changes the fingerprint, in a checkout's
    three folders as in an installed package's one; an editable install changes code
    without a new version, and the worker must notice."""
    from withdraw_lint.daemon import fingerprint, newest_change

    linter, rules, models = (tmp_path / name for name in ("linter", "rules", "models"))
    files = [
        linter / "engine.py",
        linter / "reporters" / "text.py",
        linter / "schema" / "report.json",
        rules / "negative_tone.py",
        models / "pipeline" / "config.cfg",
    ]
    for i, file in enumerate(files):
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text("")
        os.utime(file, ns=(10**18 + i, 10**18 + i))
    assert newest_change([linter, rules, models]) == 10**18 + 4
    for file in files:
        os.utime(file, ns=(2 * 10**18, 2 * 10**18))
        assert newest_change([linter, rules, models]) == 2 * 10**18, file
        os.utime(file, ns=(10**18, 10**18))
    assert fingerprint() == fingerprint()
