"""``mockcall`` with no command: the trainee's home screen (persona picker, modes, scores)."""

from __future__ import annotations

import argparse

from mockcall.commands.common import load
from mockcall.exit_codes import EXIT_OK


def run(args: argparse.Namespace) -> int:
    from mockcall.tui.startup import pause_collector, resume_collector

    pause_collector()  # until the home screen is drawn (the app resumes it): tui/startup.py
    try:
        return _home(args)
    finally:
        resume_collector()


def _home(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.tui import i18n

    i18n.set_language(ui_language(getattr(args, "lang", None)))
    from mockcall.tui.app import MockcallApp  # after the language: key legends are translated
    from mockcall.tui.recording import StoreLink, run_app

    store = StoreLink(getattr(args, "db", None))
    seat = bool(getattr(args, "seat", False))  # started by `mockcall serve` for a browser
    trainee = getattr(args, "trainee", None) or ""
    if not trainee and not seat:
        from mockcall.tui.profile import remembered_name

        trainee = remembered_name()  # none: the home screen starts in its name field
    # The persona files are read once the home screen is drawn (HomeScreen._after_first_frame).
    app = MockcallApp(None, trainee=trainee, store=store, seat=seat, load_all=lambda: load(args))
    run_app(app, store)
    return EXIT_OK
