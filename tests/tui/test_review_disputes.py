"""Calibration, disputes and the reviewer's name in the review TUI, over a real store."""

from __future__ import annotations

from test_review import open_rude_call, rows, store, text
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Input, Label, RadioButton, Static
from tui_helpers import SIZE, keys, notices

from mockcall.core import events as ev
from mockcall.store.sqlite import SQLiteStore
from mockcall.tui.review_app import ReviewApp
from mockcall.tui.screens.ask import AskModal
from mockcall.tui.screens.calibration import CalibrationScreen
from mockcall.tui.screens.dispute import DisputeScreen

__all__ = ["store"]  # the fixture, shared with test_review


def rude_id(store: SQLiteStore) -> str:
    return store.sessions()[2].id


async def test_override_asks_the_reviewer_once_per_sitting(store: SQLiteStore) -> None:
    app = ReviewApp(store)  # nobody named: never the OS user
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_rude_call(pilot)
        await keys(pilot, "o")
        assert isinstance(app.screen, AskModal)
        app.screen.query_one(Input).value = "Bu Sari"
        await keys(pilot, "enter")
        assert app.screen.query_one("#ov-reviewer", Input).value == "Bu Sari"
        app.screen.query_one("#ov-comment", Input).value = "jest"
        await keys(pilot, "enter")
        await keys(pilot, "o")  # known now: straight to the dialog
        assert app.screen.query_one("#ov-reviewer", Input).value == "Bu Sari"
    assert [o.reviewer for o in store.overrides(rude_id(store))] == ["Bu Sari"]


async def test_retract_from_the_dialog_and_history_keeps_everything(store: SQLiteStore) -> None:
    sid = rude_id(store)
    store.add_override(sid, "no_rudeness", "pass", "jest", "lead")
    app = ReviewApp(store, reviewer="qa-sari")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_rude_call(pilot)
        criteria = screen.query_one("#rv-criteria")
        criteria.highlighted = criteria.get_option_index("no_rudeness")  # type: ignore[attr-defined]
        await keys(pilot, "o")
        app.screen.query_one("#ov-comment", Input).value = "the scorer was right"
        auto = next(b for b in app.screen.query(RadioButton) if b.name == "auto")
        auto.value = True
        await keys(pilot, "ctrl+s")
        await keys(pilot, "y")
        history = text(app, "#rv-history")
        assert "lead: override no_rudeness ✗ → ✓ “jest”" in history
        assert "qa-sari: retracted override no_rudeness ✓ → ✗" in history
    assert [o.retracts for o in store.overrides(sid)] == [False, True]


async def test_dispute_marked_filtered_and_resolved(store: SQLiteStore) -> None:
    sid = rude_id(store)
    store.add_review(
        sid, ev.DISPUTE, {"criterion": "no_rudeness", "reason": "joke", "trainee": "rina"}
    )
    app = ReviewApp(store, reviewer="lead")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert rows(app)[2][5] == "⚑"
        await keys(pilot, "d")
        assert len(rows(app)) == 1 and "open disputes" in text(app, "#rv-list-title")
        await keys(pilot, "d", "down", "down", "enter")
        assert "⚑ 1 open dispute(s)" in text(app, "#rv-verdict")
        await keys(pilot, "d")
        labels = [str(label.render()) for label in app.screen.query(Label)]
        assert "rina: “joke”" in labels
        app.screen.query_one("#rs-comment", Input).value = "recording confirms it"
        changed = next(
            b
            for b in app.screen.query("#rs-outcome RadioButton").results(RadioButton)
            if b.name == "changed"
        )
        changed.value = True
        await keys(pilot, "ctrl+s")
        assert notices(app)[-1] == "Dispute of no_rudeness resolved."
        assert "⚑" not in text(app, "#rv-verdict")
        await keys(pilot, "y")
        history = text(app, "#rv-history")
        assert "rina: disputed no_rudeness (✗) “joke”" in history
        assert "lead: dispute accepted, changed no_rudeness" in history
        await keys(pilot, "d")
        assert notices(app)[-1] == "This criterion has no open dispute."
    meta = store.session(sid)
    assert meta is not None and meta.open_disputes == 0 and meta.overridden


async def test_calibration_screen_compares_reviewers(store: SQLiteStore) -> None:
    sid = rude_id(store)
    store.add_override(sid, "no_rudeness", "pass", "jest", "sari")
    store.add_override(sid, "greet", "fail", "no name", "lead")
    app = ReviewApp(store, reviewer="lead")
    async with app.run_test(size=SIZE) as pilot:
        await keys(pilot, "down", "down", "k")
        screen = app.screen
        assert isinstance(screen, CalibrationScreen)
        table = screen.query_one(DataTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == ["Criterion", "auto", "sari", "lead"]
        total = [str(c) for c in table.get_row("total")]
        assert total[0] == "Total" and float(total[2]) > float(total[3])
        assert "Spread" in text(app, "#cal-foot") and "No gold reviewer" in text(app, "#cal-foot")
        await keys(pilot, "g")
        assert "Gold reviewer: sari" in text(app, "#cal-foot")
        agreement = [str(c) for c in table.get_row("agreement")]
        assert agreement[2] == "100%" and agreement[3] != "100%"
        assert agreement[1] != "100%"  # sari passed a criterion the scorer failed
        # the scorer against sari by the QA measures: sari cleared its fatal error
        assert (
            "auto against sari over 1 call(s) sari judged: fatal errors agree 0/1"
            " (missed 0, false alarms 1)" in text(app, "#cal-foot")
        )
        await keys(pilot, "escape")
        assert not isinstance(app.screen, CalibrationScreen)


class _DisputeApp(App[None]):
    def __init__(self, store: SQLiteStore, session_id: str) -> None:
        super().__init__()
        self.store, self.session_id = store, session_id

    def compose(self) -> ComposeResult:
        yield Static("")

    def on_mount(self) -> None:
        self.push_screen(DisputeScreen(self.store, self.session_id, "rina"))


async def test_trainee_disputes_and_acknowledges(store: SQLiteStore) -> None:
    sid = rude_id(store)
    app = _DisputeApp(store, sid)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await keys(pilot, "ctrl+s")
        assert notices(app)[-1] == "Say why you dispute it."
        app.screen.query_one("#dp-reason", Input).value = "it was a joke"
        await keys(pilot, "ctrl+s")
        assert notices(app)[-1].startswith("Dispute of ")
        await keys(pilot, "ctrl+y")
        assert notices(app)[-1] == "Review acknowledged."
    kinds = [e.kind for e in store.events(sid)[-2:]]
    assert kinds == [ev.DISPUTE, ev.REVIEW_ACK]
    assert store.session(sid).open_disputes == 1  # type: ignore[union-attr]
