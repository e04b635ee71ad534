"""Every path mockcall reads or writes, decided in one place.

Order of precedence for each: a command-line flag (passed in by the caller), then an
environment variable, then a sensible default. Nothing here creates files at import time, so
``mockcall --help`` stays fast and side-effect free.
"""

from __future__ import annotations

import os
from pathlib import Path

PERSONAS_ENV = "MOCKCALL_PERSONAS"
DB_ENV = "MOCKCALL_DB"
DATA_DIR_ENV = "MOCKCALL_DATA_DIR"
LANG_ENV = "MOCKCALL_LANG"
CONFIG_DIR_ENV = "MOCKCALL_CONFIG_DIR"
#: who reviews or assigns, when a command is not told (``--reviewer`` / ``--by``)
REVIEWER_ENV = "MOCKCALL_REVIEWER"
#: whose judgements the others are compared with in ``mockcall calibrate`` (``--gold``)
GOLD_REVIEWER_ENV = "MOCKCALL_GOLD_REVIEWER"

APP_NAME = "mockcall"


def bundled_personas() -> Path:
    """The persona library shipped inside the package (installed copy of ``personas/``)."""
    return Path(__file__).resolve().parent / "personas"


def source_personas() -> Path:
    """The ``personas/`` folder of a source checkout, when mockcall runs from one."""
    return Path(__file__).resolve().parent.parent / "personas"


def persona_paths(flag: list[str] | None = None) -> list[Path]:
    """Where personas are searched: ``--personas`` > ``$MOCKCALL_PERSONAS`` > ``./personas`` >
    the checkout's or package's bundled set. ``$MOCKCALL_PERSONAS`` may list several folders
    separated by the OS path separator."""
    if flag:
        return [Path(p) for p in flag]
    env = os.environ.get(PERSONAS_ENV)
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    cwd = Path.cwd() / "personas"
    if cwd.is_dir():
        return [cwd]
    for candidate in (source_personas(), bundled_personas()):
        if candidate.is_dir():
            return [candidate]
    return []


def data_dir() -> Path:
    """Per-user data folder (sessions database): ``$MOCKCALL_DATA_DIR`` or the platform's."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Per-user settings folder: ``$MOCKCALL_CONFIG_DIR`` or the platform's config folder."""
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def config_path() -> Path:
    """The trainee's own settings (their name): ``<config dir>/trainee.json``. Kept out of the
    sessions database, which a whole floor may share."""
    return config_dir() / "trainee.json"


def database_path(flag: str | None = None) -> Path:
    """The sessions database: ``--db`` > ``$MOCKCALL_DB`` > ``<data dir>/sessions.sqlite3``."""
    if flag:
        return Path(flag)
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return data_dir() / "sessions.sqlite3"


def ui_language(flag: str | None = None) -> str:
    """UI language: ``--lang`` > ``$MOCKCALL_LANG`` > ``$LANG`` starting with ``id`` > English."""
    if flag:
        return flag
    env = os.environ.get(LANG_ENV)
    if env:
        return env
    lang = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return "id" if lang.lower().startswith("id") else "en"
