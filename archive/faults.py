"""Named kill points for crash tests: `VANKIEN_KILL_AT=name` (or `name:N`, the N-th
time) makes `checkpoint(name)` SIGKILL its own process right there.

Tests kill an import at a point it reports instead of after a guessed delay.
The variable is read once at import time, so a checkpoint costs one comparison.
"""
from __future__ import annotations

import os
import signal

_spec = os.environ.get("VANKIEN_KILL_AT", "")
_name, _, _nth = _spec.partition(":")
_nth_time = int(_nth) if _nth.isdigit() and int(_nth) > 0 else 1
_seen = 0


def armed(name: str) -> bool:
    """Whether this run may die at `name` (to install a hook only then)."""
    return name == _name


def checkpoint(name: str) -> None:
    """Die here (SIGKILL, no cleanup) if the environment asks for this point."""
    global _seen
    if name != _name:
        return
    _seen += 1
    if _seen == _nth_time:
        os.kill(os.getpid(), signal.SIGKILL)
