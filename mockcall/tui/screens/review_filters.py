"""The filter dialog of the sessions list, and the one-line summary of what is filtered.

A dialog rather than a bar: at 80x24 the table needs every row, and a reviewer sets filters
once and then reads many calls. Enter in any field applies; Escape keeps the old filters.
It fills the same :class:`SessionFilter` as the CLI's filter options, so the list shows
exactly what ``mockcall sessions list`` and ``mockcall export`` would with those values:
names and ids match from their start in any case, dates are UTC days or ISO times.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from mockcall.store.api import SESSION_STATUSES, SessionFilter, SessionStatus
from mockcall.store.when import parse_when
from mockcall.tui.i18n import t

_TEXT_FIELDS = ("trainee", "account", "persona", "date_from", "date_to")
MODES = ("practice", "assessment")


def describe(where: SessionFilter) -> str:
    """``trainee rina · fatal only · 2025-05-01..`` — empty when nothing is filtered."""
    parts = [
        f"{t(f'review.filter.{f}')} {getattr(where, f)}"
        for f in _TEXT_FIELDS[:3]
        if getattr(where, f)
    ]
    if where.mode:
        parts.append(t(f"mode.{where.mode}"))
    if where.date_from or where.date_to:
        parts.append(f"{where.date_from or ''}..{where.date_to or ''}")
    if where.status:
        parts.append(t(f"review.status.{where.status}"))
    if where.passed is not None:
        parts.append(t("score.pass") if where.passed else t("score.fail"))
    if where.fatal:
        parts.append(t("review.filter.fatal"))
    if where.reviewed is not None:
        parts.append(t("review.filter.reviewed" if where.reviewed else "review.filter.unreviewed"))
    if where.disputed:
        parts.append(t("review.filter.disputed"))
    return " · ".join(parts)


def _status(value: str | None) -> SessionStatus | None:
    """A status picked in the list (the list offers only known statuses)."""
    return next((s for s in SESSION_STATUSES if s == value), None)


def _choice(value: object) -> str | None:
    return value if isinstance(value, str) else None


class ReviewFiltersScreen(ModalScreen[SessionFilter | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "apply", t("review.key.apply")),
        Binding("escape", "cancel", t("key.cancel")),
    ]

    def __init__(self, where: SessionFilter) -> None:
        super().__init__()
        self.where = where

    def compose(self) -> ComposeResult:
        w = self.where
        passed = "any" if w.passed is None else ("pass" if w.passed else "fail")
        with Vertical(classes="dialog", id="rv-filters"):
            yield Label(t("review.filter.title"), classes="dialog-title")
            with Grid(id="rv-filter-grid"):
                for field in _TEXT_FIELDS:
                    yield Label(t(f"review.filter.{field}"))
                    hint = "YYYY-MM-DD" if field.startswith("date") else ""
                    value = getattr(w, field) or ""
                    yield Input(value, placeholder=hint, id=f"rvf-{field}", compact=True)
                yield Label(t("review.filter.mode"))
                modes = [(t(f"mode.{m}"), m) for m in MODES]
                yield Select(
                    modes,
                    value=w.mode or Select.NULL,
                    id="rvf-mode",
                    compact=True,
                    prompt=t("review.filter.any"),
                )
                yield Label(t("review.filter.result"))
                results = [(t("score.pass"), "pass"), (t("score.fail"), "fail")]
                yield Select(
                    results,
                    value=passed if passed != "any" else Select.NULL,
                    id="rvf-result",
                    compact=True,
                    prompt=t("review.filter.any"),
                )
                yield Label(t("review.filter.status"))
                statuses = [(t(f"review.status.{s}"), s) for s in SESSION_STATUSES]
                yield Select(
                    statuses,
                    value=w.status or Select.NULL,
                    id="rvf-status",
                    compact=True,
                    prompt=t("review.filter.any"),
                )
                yield Label(t("review.filter.review"))
                reviewed = None if w.reviewed is None else ("yes" if w.reviewed else "no")
                yield Select(
                    [(t("review.filter.reviewed"), "yes"), (t("review.filter.unreviewed"), "no")],
                    value=reviewed or Select.NULL,
                    id="rvf-reviewed",
                    compact=True,
                    prompt=t("review.filter.any"),
                )
                yield Label("")
                yield Checkbox(
                    t("review.filter.fatal"), bool(w.fatal), id="rvf-fatal", compact=True
                )
            yield Static(t("review.filter.help"), classes="note")

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_apply()

    def action_apply(self) -> None:
        values = {f: self.query_one(f"#rvf-{f}", Input).value.strip() or None for f in _TEXT_FIELDS}
        for field in ("date_from", "date_to"):
            try:
                if values[field]:
                    parse_when(values[field] or "")
            except ValueError:
                self.notify(t("review.filter.bad_date", value=values[field]), severity="warning")
                self.query_one(f"#rvf-{field}", Input).focus()
                return
        result = _choice(self.query_one("#rvf-result", Select).value)
        reviewed = _choice(self.query_one("#rvf-reviewed", Select).value)
        where = replace(
            self.where,
            **values,  # type: ignore[arg-type]
            mode=_choice(self.query_one("#rvf-mode", Select).value),
            status=_status(_choice(self.query_one("#rvf-status", Select).value)),
            passed=None if result is None else result == "pass",
            reviewed=None if reviewed is None else reviewed == "yes",
            fatal=True if self.query_one("#rvf-fatal", Checkbox).value else None,
            offset=0,
        )
        self.dismiss(where)

    def action_cancel(self) -> None:
        self.dismiss(None)
