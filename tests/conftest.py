"""Every test gets its own settings folder: the trainee's remembered name (``tui/profile.py``)
never comes from, nor goes to, the real user's config."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _own_config_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("MOCKCALL_CONFIG_DIR", str(folder))
    return folder
