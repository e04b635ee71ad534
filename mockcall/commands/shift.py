"""``mockcall shift ACCOUNT``: a nesting shift of N calls from one account, then a summary."""

from __future__ import annotations

import argparse
import random

from mockcall.commands.common import error, load
from mockcall.exit_codes import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    from mockcall.locations import ui_language
    from mockcall.tui import i18n

    i18n.set_language(ui_language(args.lang))
    if args.calls < 1:
        error("--calls must be at least 1")
        return EXIT_USAGE
    library = load(args)
    bundle = library.bundles.get(args.account)
    if bundle is None:
        known = ", ".join(sorted(library.bundles)) or "none"
        error(i18n.t("err.no_account", account=args.account, known=known))
        return EXIT_NOT_FOUND
    from mockcall.tui.app import MockcallApp  # after the language: key legends are translated
    from mockcall.tui.plan import shift_plans
    from mockcall.tui.recording import StoreLink, run_app

    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    trainee = args.trainee or ""
    plans = shift_plans(bundle, args.calls, seed, trainee=trainee, auto_in=args.auto_in)
    if not plans:
        error(i18n.t("shift.none"))
        return EXIT_NOT_FOUND
    store = StoreLink(getattr(args, "db", None))
    run_app(MockcallApp(library, start=plans, trainee=trainee, store=store), store)
    return EXIT_OK
