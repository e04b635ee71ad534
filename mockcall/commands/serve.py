"""``mockcall serve``: the trainee app in a browser, one mockcall process per seat.

Listens on loopback (127.0.0.1:8000) unless ``--host`` says otherwise; any other address opens
seats to the network, so it needs a room token (``--token`` or ``$MOCKCALL_SERVE_TOKEN``) that
the login page asks for. Every seat records into the one store given by ``--db`` /
``$MOCKCALL_DB``. The web server (textual-serve, aiohttp) is imported only here, and only when
the command runs: ``pip install 'mockcall[serve]'``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from mockcall.commands.common import error
from mockcall.exit_codes import EXIT_OK, EXIT_PROBLEMS, EXIT_STORE, EXIT_USAGE

if TYPE_CHECKING:
    from mockcall.web.seats import SeatConfig

TOKEN_ENV = "MOCKCALL_SERVE_TOKEN"


def run(args: argparse.Namespace) -> int:
    from mockcall.web.seats import TOKEN_MIN, is_loopback

    token = args.token or os.environ.get(TOKEN_ENV) or None
    if token is not None and len(token.strip()) < TOKEN_MIN:
        error(f"the room token must be at least {TOKEN_MIN} characters")
        return EXIT_USAGE
    if not is_loopback(args.host) and token is None:
        error(
            f"--host {args.host} opens seats to the network: give a room token with "
            f"--token TOKEN (or ${TOKEN_ENV}); trainees type it before their seat opens"
        )
        return EXIT_USAGE
    if not 1 <= args.port <= 65535:
        error(f"--port {args.port}: give a port from 1 to 65535")
        return EXIT_USAGE
    if args.max_seats < 1:
        error("--max-seats must be at least 1")
        return EXIT_USAGE
    try:
        from mockcall.web.server import SeatServer
    except ImportError:
        error("mockcall serve needs the web server: pip install 'mockcall[serve]'")
        return EXIT_USAGE
    seat = _seat_config(args)
    if isinstance(seat, str):
        error(seat)
        return EXIT_STORE
    from mockcall.tui import i18n  # the login and seat pages speak the seats' language

    i18n.set_language(seat.lang or "en")
    server = SeatServer(
        seat,
        host=args.host,
        port=args.port,
        token=token and token.strip(),
        max_seats=args.max_seats,
    )
    try:
        server.serve()
    except OSError as exc:  # the port is taken, or the address is not this machine's
        error(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
        return EXIT_PROBLEMS
    return EXIT_OK


def _seat_config(args: argparse.Namespace) -> SeatConfig | str:
    """Every seat's settings, with the store checked once here: a SeatConfig, or why not."""
    from mockcall.locations import DB_ENV, database_path, ui_language
    from mockcall.store import StoreError, is_dsn, open_store
    from mockcall.web.seats import SeatConfig

    flag = getattr(args, "db", None)
    raw = flag or os.environ.get(DB_ENV) or ""
    db = raw if is_dsn(raw) else str(database_path(flag).resolve())
    try:
        open_store(db).close()
    except StoreError as exc:
        return str(exc)
    personas = tuple(str(Path(p).resolve()) for p in getattr(args, "personas", None) or ())
    return SeatConfig(db=db, personas=personas, lang=ui_language(getattr(args, "lang", None)))
