"""``mockcall play PERSONA_ID|FILE``: straight into one call, then ACW and the score screen.

Without a persona it opens the home screen. ``--seed`` fixes the customer's line variants, so a
retry replays the same call; without it every attempt differs a little.
"""

from __future__ import annotations

import argparse
import random

from mockcall.commands.common import error, find_persona, load
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK


def run(args: argparse.Namespace) -> int:
    if not args.persona:
        from mockcall.commands import home

        return home.run(args)
    from mockcall.tui.startup import pause_collector, resume_collector

    pause_collector()  # until the call is on screen (the app resumes it): see tui/startup.py
    try:
        return _play(args)
    finally:
        resume_collector()


def _play(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.tui import i18n

    i18n.set_language(ui_language(args.lang))
    found = find_persona(args, args.persona, only_its_account=True)
    if isinstance(found, str):
        error(found)
        return EXIT_NOT_FOUND
    persona, bundle, library = found
    from mockcall.tui.app import MockcallApp  # after the language: key legends are translated
    from mockcall.tui.plan import CallPlan
    from mockcall.tui.profile import remembered_name
    from mockcall.tui.recording import StoreLink, run_app

    trainee = args.trainee or remembered_name()  # none: the app asks (tui/screens/name.py)
    fixed = args.seed is not None
    seed = args.seed if fixed else random.randrange(1_000_000)
    watch = bool(getattr(args, "watch", False)) and bool(persona.source)
    plan = CallPlan(
        persona,
        bundle,
        seed,
        args.mode,
        trainee,
        seed_fixed=fixed,
        watch=watch,
        option_order=getattr(args, "option_order", None),
    )
    store = StoreLink(getattr(args, "db", None))
    app = MockcallApp(
        library,
        start=plan,
        trainee=trainee,
        store=store,
        load_all=lambda: load(args),  # home screen, or resuming another account's call
    )
    run_app(app, store)
    return EXIT_OK
