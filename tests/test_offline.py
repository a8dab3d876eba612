"""The linter needs no network: in-process with sockets cut, and as a fresh process."""

from __future__ import annotations

import os
import socket
import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import withdraw_lint.pipeline
from helpers import CONSOLE_SCRIPT, EXAMPLES, REPO
from withdraw_lint.diagnostics import Severity
from withdraw_lint.engine import lint_text

BAD = EXAMPLES / "bad-template-placeholder.txt"
GOOD = EXAMPLES / "good-relocation.txt"


class NetworkBlocked(OSError):
    """Raised by every socket entry point while the network is cut."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Cut the network for one test; yields the list of attempts made (should stay empty)."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def blocked(*args: object, **kwargs: object) -> Any:
            attempts.append(f"{name}{args[1:] if name == 'connect' else args}")
            raise NetworkBlocked(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts


def test_the_block_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.com", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.com", 443)
    with socket.socket() as sock, pytest.raises(NetworkBlocked):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 3
    no_network.clear()


def test_lint_in_process_offline(no_network: list[str]) -> None:
    load = withdraw_lint.pipeline.load
    fresh = getattr(load, "__wrapped__", load)()  # load again from disk, not from the cache
    assert fresh.pipe_names
    text = BAD.read_text(encoding="utf-8")
    doc = fresh(text)
    assert len(doc) > 0
    found = lint_text(text).diagnostics
    assert [text[d.start : d.end] for d in found if d.rule == "template-placeholder"] == [
        "[Hiring Manager]",
        "[Company Name]",
        "[Company Name]",
        "[Your Name]",
    ]
    good = lint_text(GOOD.read_text(encoding="utf-8")).diagnostics
    assert not [d for d in good if d.severity.rank >= Severity.WARNING.rank]
    assert no_network == []


SITECUSTOMIZE = textwrap.dedent(
    '''
    """Cut the network for this process; written by withdraw-lint's test suite."""
    import os
    import socket

    _LOG = os.environ["WITHDRAW_LINT_TEST_NET_LOG"]


    def _refuse(name):
        def blocked(*args, **kwargs):
            with open(_LOG, "a", encoding="utf-8") as log:
                log.write(name + "\\n")
            raise OSError("network access attempted: " + name)

        return blocked


    socket.socket.connect = _refuse("connect")
    socket.create_connection = _refuse("create_connection")
    socket.getaddrinfo = _refuse("getaddrinfo")
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write("installed\\n")
    '''
)


def test_console_script_offline(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "net.log"
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [env.get("PYTHONPATH")])])
    env["WITHDRAW_LINT_TEST_NET_LOG"] = str(log)
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run(
        [str(CONSOLE_SCRIPT), "check", str(GOOD), "examples/bad-template-placeholder.txt"],
        capture_output=True,
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
        text=True,
        encoding="utf-8",
    )
    assert log.read_text(encoding="utf-8").splitlines() == ["installed"], (
        "sitecustomize did not run, or the linter tried the network"
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert "examples/bad-template-placeholder.txt:1:6: error template-placeholder" in proc.stdout
    assert "2 drafts checked" in proc.stdout


def test_console_script_writes_nothing_in_home(tmp_path: Path) -> None:
    """No cache or config file appears in the user's home or cache folders."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    draft = EXAMPLES / "good-casual.txt"
    for output in ("text", "json"):
        proc = subprocess.run(
            [str(CONSOLE_SCRIPT), "check", "--format", output, str(draft)],
            capture_output=True,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
    assert list(home.rglob("*")) == []
