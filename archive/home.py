"""Where the archive lives: --home, else $VANKIEN_HOME, else the platform's user data dir."""
from __future__ import annotations

import os
from pathlib import Path


def resolve_home(option: str | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    if os.environ.get("VANKIEN_HOME"):
        return Path(os.environ["VANKIEN_HOME"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("vankien", appauthor=False))
