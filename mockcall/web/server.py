"""The browser seats: textual-serve's server with a login in front and one mockcall per seat.

textual-serve runs one app process per websocket (``AppService``) and relays the terminal
between it and xterm.js in the page. Two things are changed here:

* the process is started from an argument list (``SeatService``), never a shell string, with
  the trainee name the browser logged in with; textual-serve's own ``create_subprocess_shell``
  is not used;
* ``/`` is a login form (trainee name, and the room token when there is one); a good login gets
  a seat ticket in an HttpOnly cookie; ``/seat`` (the terminal page) and ``/ws`` (the terminal's
  websocket) open only with a valid ticket, so a websocket opened without logging in is refused
  before any process starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import signal
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from mockcall.tui.i18n import t
from mockcall.web.seats import SeatConfig, Tickets, clean_name, token_matches

log = logging.getLogger("textual-serve")

COOKIE = "mockcall_seat"
HERE = Path(__file__).resolve().parent
#: Seconds a wrong token waits before its answer (guessing a token from a browser is slow).
WRONG_TOKEN_DELAY = 1.0
#: Seconds a seat's mockcall gets to quit when its browser goes, before it is killed.
QUIT_GRACE = 10.0


class SeatService(AppService):
    """One seat's mockcall process, started from an argument list."""

    def __init__(self, argv: list[str], **kwargs: Any) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = argv

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        """Ask the app to quit; kill it if it has not within :data:`QUIT_GRACE` seconds."""
        process = self._process
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(super().stop(), QUIT_GRACE)
        if process is not None and process.returncode is None:
            try:
                await asyncio.wait_for(process.wait(), QUIT_GRACE)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
                await process.wait()


class SeatServer(Server):
    """``mockcall serve``: the login, the seat page and one :class:`SeatService` per seat."""

    def __init__(
        self,
        seat: SeatConfig,
        *,
        host: str,
        port: int,
        token: str | None,
        max_seats: int,
    ) -> None:
        super().__init__("mockcall", host=host, port=port, title="mockcall")
        self.seat = seat
        self.token = token
        self.max_seats = max_seats
        self.tickets = Tickets()
        self.seats: dict[str, SeatService] = {}
        self._sockets: set[web.WebSocketResponse] = set()
        self._pages = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True
        )

    async def _make_app(self) -> web.Application:
        app = web.Application()
        app.add_routes(
            [
                web.get("/", self.handle_login_page, name="index"),
                web.post("/login", self.handle_login, name="login"),
                web.post("/logout", self.handle_logout, name="logout"),
                web.get("/seat", self.handle_seat, name="seat"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.static("/static", self.statics_path, name="static"),
                web.static("/seat-static", HERE / "static", name="seat-static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    # -- pages
    def _page(self, template: str, status: int = 200, **context: Any) -> web.Response:
        html = self._pages.get_template(template).render(t=t, **context)
        response = web.Response(text=html, status=status, content_type="text/html")
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def _trainee(self, request: web.Request) -> str | None:
        return self.tickets.name_for(request.cookies.get(COOKIE))

    async def handle_login_page(self, request: web.Request) -> web.StreamResponse:
        if self._trainee(request) is not None:
            raise web.HTTPSeeOther("/seat")
        return self._login(request)

    def _login(
        self, request: web.Request, *, error: str = "", name: str = "", status: int = 200
    ) -> web.Response:
        return self._page(
            "login.html", status, needs_token=self.token is not None, error=error, name=name
        )

    async def handle_login(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        typed = str(form.get("name", ""))
        name = clean_name(typed)
        if not token_matches(str(form.get("token", "")), self.token):
            await asyncio.sleep(WRONG_TOKEN_DELAY)
            log.info("seat refused: wrong token (from %s)", request.remote)
            return self._login(request, error=t("serve.error.token"), name=typed, status=401)
        if name is None:
            return self._login(request, error=t("serve.error.name"), name=typed, status=400)
        response = web.HTTPSeeOther("/seat")
        response.set_cookie(
            COOKIE,
            self.tickets.issue(name),
            httponly=True,
            samesite="Strict",
            secure=request.secure,
            path="/",
        )
        raise response

    async def handle_logout(self, request: web.Request) -> web.StreamResponse:
        self.tickets.revoke(request.cookies.get(COOKIE))
        response = web.HTTPSeeOther("/")
        response.del_cookie(COOKIE, path="/")
        raise response

    async def handle_seat(self, request: web.Request) -> web.StreamResponse:
        name = self._trainee(request)
        if name is None:
            raise web.HTTPSeeOther("/")
        if len(self.seats) >= self.max_seats:
            return self._page("full.html", 503, max_seats=self.max_seats)
        scheme = "wss" if request.secure else "ws"
        return self._page(
            "seat.html",
            name=name,
            font_size=to_int(request.query.get("fontsize", "16"), 16),
            websocket_url=f"{scheme}://{request.host}/ws",
        )

    # -- the terminal
    def _refusal(self, request: web.Request) -> str | None:
        """Why this websocket may not open a seat, or None."""
        if self._trainee(request) is None:
            return "no valid seat ticket"
        origin = request.headers.get("Origin")
        if origin is not None and origin.split("://", 1)[-1] != request.host:
            return f"page from another site ({origin})"
        if len(self.seats) >= self.max_seats:
            return f"all {self.max_seats} seats taken"
        return None

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        refused = self._refusal(request)
        if refused is not None:
            log.info("seat refused: %s (from %s)", refused, request.remote)
            raise web.HTTPForbidden(text=f"mockcall: {refused}\n")
        name = self._trainee(request)
        assert name is not None
        websocket = web.WebSocketResponse(heartbeat=15)
        width = to_int(request.query.get("width", "80"), 80)
        height = to_int(request.query.get("height", "24"), 24)
        service: SeatService | None = None
        self._sockets.add(websocket)
        try:
            await websocket.prepare(request)
            service = SeatService(
                self.seat.argv(name),
                write_bytes=websocket.send_bytes,
                write_str=websocket.send_str,
                close=websocket.close,
                download_manager=self.download_manager,
                debug=self.debug,
            )
            self.seats[service.app_service_id] = service
            await service.start(width, height)
            log.info("seat opened: %s (pid %s; %d seats)", name, service.pid, len(self.seats))
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as exc:  # one broken seat must not take the room down
            log.error("seat of %s failed: %s", name, exc)
        finally:
            self._sockets.discard(websocket)
            if service is not None:
                await service.stop()
                self.seats.pop(service.app_service_id, None)
                log.info("seat closed: %s (%d seats)", name, len(self.seats))
        return websocket

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service: Any) -> None:
        """textual-serve's relay, minus its assertion: a malformed message is ignored."""
        try:
            await super()._process_messages(websocket, app_service)
        except (AssertionError, ValueError, KeyError, TypeError):
            log.warning("malformed message from a seat's browser: the seat is closed")

    # -- life cycle
    def serve(self, debug: bool = False) -> None:
        """textual-serve's ``serve`` without a line per HTTP request (seats are logged)."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, self.request_exit)
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            access_log=None,
            print=lambda *args: None,
        )

    async def on_startup(self, app: web.Application) -> None:
        access = "the room token" if self.token else "no token (this machine only)"
        self.console.print(
            f"mockcall serve: seats on {self.public_url}/ · {access} · "
            f"sessions in {self.seat.db} · up to {self.max_seats} seats",
            highlight=False,
            soft_wrap=True,
        )
        self.console.print(
            "Press Ctrl+C to stop (every open seat is closed).", highlight=False, soft_wrap=True
        )

    async def on_shutdown(self, app: web.Application) -> None:
        closing: list[Awaitable[Any]] = [ws.close() for ws in list(self._sockets)]
        closing += [service.stop() for service in list(self.seats.values())]
        await asyncio.gather(*closing, return_exceptions=True)
