"""Real servers for tests, on 127.0.0.1 only: the Oxigraph SPARQL server (PyPI ``oxigraph``) and
process helpers. Every wait is bounded and every process is stopped when its block ends."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    """Poll ``url`` until it answers (bounded: ``seconds``, 0.1 s apart)."""
    for _ in range(int(seconds / 0.1)):
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not 200
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


def stop_process(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@contextlib.contextmanager
def running_oxigraph(location: Path, *extra: str):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(f"{base}/query?query=ASK%7B%7D", process)
        yield f"{base}/query"
    finally:
        stop_process(process)
        if process.stderr:
            process.stderr.close()
