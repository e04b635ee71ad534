"""Who is reviewing: asked once per sitting, never guessed from the OS user name.

Calibration compares reviewers by name, so a decision saved under the wrong name is worse
than a question: when ``--trainee``/``$MOCKCALL_REVIEWER`` named nobody, the first decision
of the sitting asks, and the answer is kept in the review context for the rest of it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from mockcall.tui.i18n import t
from mockcall.tui.review_context import ReviewContext
from mockcall.tui.screens.ask import AskModal


def with_reviewer(
    screen: Screen[object] | Screen[None], ctx: ReviewContext, then: Callable[[], None]
) -> None:
    """Run ``then`` once a reviewer is known; ask for the name first when none is."""
    if ctx.reviewer.strip():
        then()
        return

    def named(answer: str | None) -> None:
        if answer:
            ctx.reviewer = answer
            then()

    modal = AskModal(
        t("review.who.title"),
        t("review.who.label"),
        empty_notice=t("review.override.reviewer.empty"),
    )
    screen.app.push_screen(modal, named)
