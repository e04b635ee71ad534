"""``mockcall serve`` refuses what it must, over real HTTP against a running server.

No browser here: the login form, the seat page and the terminal's websocket are asked for the
way a browser (or someone without the room token) would, and the answers are checked.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import urllib.request
from pathlib import Path

import aiohttp
import pytest
from yarl import URL

ROOT = Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "tests" / "data" / "personas" / "tui"
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from browserseat import serve  # noqa: E402

TOKEN = "blue-kettle-42"


def mockcall(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "mockcall", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "trainingroom.local", "::"])
def test_any_address_but_loopback_needs_a_token(host: str, tmp_path: Path) -> None:
    done = mockcall("serve", "--host", host, "--db", str(tmp_path / "s.db"))
    assert done.returncode == 2
    assert f"--host {host} opens seats to the network" in done.stderr
    assert "--token" in done.stderr and "Traceback" not in done.stderr


def test_a_short_token_is_refused(tmp_path: Path) -> None:
    done = mockcall("serve", "--host", "0.0.0.0", "--token", "abc", "--db", str(tmp_path / "d"))
    assert done.returncode == 2
    assert "at least 6 characters" in done.stderr


def test_a_store_that_cannot_be_opened_is_exit_4(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database, somebody's notes\n" * 10)
    done = mockcall("serve", "--db", str(foreign))
    assert done.returncode == 4
    assert "Traceback" not in done.stderr and str(foreign) in done.stderr


async def _login(session: aiohttp.ClientSession, url: str, **form: str) -> aiohttp.ClientResponse:
    return await session.post(url + "/login", data=form, allow_redirects=False)


def test_token_login_then_seat_and_websocket(tmp_path: Path) -> None:
    with serve(tmp_path / "s.db", "--personas", str(PERSONAS), "--token", TOKEN) as srv:
        asyncio.run(_token_flow(srv.url))


async def _token_flow(url: str) -> None:
    jar = aiohttp.CookieJar(unsafe=True)  # the server is an IP address (127.0.0.1)
    async with aiohttp.ClientSession(cookie_jar=jar) as anonymous:
        page = await (await anonymous.get(url + "/")).text()
        assert 'name="token"' in page  # the form asks for the room token
        seat = await anonymous.get(url + "/seat", allow_redirects=False)
        assert seat.status == 303 and seat.headers["Location"] == "/"
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await anonymous.ws_connect(url + "/ws")
        assert refused.value.status == 403  # no seat ticket: no process is started

        wrong = await _login(anonymous, url, name="Rina", token="not-it")
        assert wrong.status == 401
        assert "room token is not right" in await wrong.text()
        assert not anonymous.cookie_jar.filter_cookies(URL(url))

        bad_name = await _login(anonymous, url, name="x; rm -rf ~ #", token=TOKEN)
        assert bad_name.status == 400
        assert "letters, digits, spaces" in await bad_name.text()

        good = await _login(anonymous, url, name="  Sri   Wahyuni ", token=TOKEN)
        assert good.status == 303 and good.headers["Location"] == "/seat"
        seat_page = await (await anonymous.get(url + "/seat")).text()
        assert "Sri Wahyuni" in seat_page and "data-session-websocket-url" in seat_page

        other_site = {"Origin": "http://evil.example"}
        with pytest.raises(aiohttp.WSServerHandshakeError) as cross:
            await anonymous.ws_connect(url + "/ws", headers=other_site)
        assert cross.value.status == 403

        async with anonymous.ws_connect(url + "/ws?width=100&height=30") as ws:
            await ws.send_json(["ping", "1"])
            got = b""
            while b"Sri Wahyuni" not in got:  # the seat's home screen, with the name
                message = await asyncio.wait_for(ws.receive(), 30)
                if message.type == aiohttp.WSMsgType.BINARY:
                    got += message.data
                elif message.type != aiohttp.WSMsgType.TEXT:
                    raise AssertionError(f"websocket closed: {message}")

        await anonymous.post(url + "/logout", allow_redirects=False)
        seat = await anonymous.get(url + "/seat", allow_redirects=False)
        assert seat.status == 303


def test_the_token_can_come_from_the_environment(tmp_path: Path) -> None:
    env = {"MOCKCALL_SERVE_TOKEN": TOKEN}
    with serve(tmp_path / "s.db", "--personas", str(PERSONAS), env=env) as srv:
        asyncio.run(_env_token(srv.url))


async def _env_token(url: str) -> None:
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(cookie_jar=jar) as browser:
        assert 'name="token"' in await (await browser.get(url + "/")).text()
        assert (await _login(browser, url, name="Rina", token="")).status == 401
        assert (await _login(browser, url, name="Rina", token=TOKEN)).status == 303


def test_the_pages_speak_the_seats_language(tmp_path: Path) -> None:
    with serve(tmp_path / "s.db", "--personas", str(PERSONAS), "--lang", "id") as srv:
        page = urllib.request.urlopen(srv.url + "/", timeout=10).read().decode()
    assert '<html lang="id">' in page and "Buka kursi saya" in page
