"""A real ``mockcall`` in a pseudo-terminal, read the way a person reads it.

The process gets a pty of a fixed size; what it writes is fed to a pyte screen (a terminal
emulator), so a test waits for words that are actually on the screen, not for bytes that happen
to be in a stream of escape codes.  Keys are written as a terminal would send them.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Sequence
from pathlib import Path

import pyte

#: How a terminal sends the keys the tests press.
KEYS = {
    "enter": "\r",
    "escape": "\x1b",
    "tab": "\t",
    "down": "\x1b[B",
    "up": "\x1b[A",
    "ctrl+s": "\x13",
    "ctrl+q": "\x11",
    "space": " ",
}


class Terminal:
    """One process on a pty; ``text()`` is the screen as the trainee sees it now."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        env: dict[str, str],
        cwd: Path,
        cols: int = 120,
        rows: int = 40,
    ) -> None:
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**env, "TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)},
            cwd=cwd,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.master = master

    def pump(self, seconds: float = 0.0) -> None:
        """Read what the program wrote (for up to ``seconds``) into the screen."""
        deadline = time.monotonic() + seconds
        while True:
            left = max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:  # the process is gone
                return
            if not data:
                return
            self.stream.feed(data)

    def settle(self, quiet: float = 0.3, timeout: float = 10.0) -> None:
        """Read until the program has written nothing for ``quiet`` seconds (it is idle)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], quiet)
            if not ready:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, words: str, timeout: float = 20.0) -> None:
        """Until ``words`` are on the screen; fails with the screen in the message."""
        deadline = time.monotonic() + timeout
        while words not in self.text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.pump(0.2)
                if words in self.text():
                    return
                raise AssertionError(f"{words!r} never appeared; the screen:\n{self.text()}")
            self.pump(0.1)

    def press(self, *keys: str) -> None:
        """Type keys one by one, each once the program is idle again after the last."""
        for key in keys:
            os.write(self.master, KEYS.get(key, key).encode())
            self.settle(quiet=0.15)

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())
        self.settle()

    def kill(self) -> None:
        """SIGKILL: what a power cut of the terminal or a crash does; nothing is flushed.
        Killing a program that already ended does nothing."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def close(self, timeout: float = 10.0) -> int:
        """Wait for the program to exit by itself (then its exit code)."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None and time.monotonic() < deadline:
            self.pump(0.1)
        if self.process.poll() is None:
            self.kill()
            raise AssertionError(f"the program did not exit; the screen:\n{self.text()}")
        self.kill()
        return int(self.process.returncode)
