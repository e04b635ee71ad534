"""The call screen: status bar, conversation, numbered replies, call controls, side panels.

Every key is a trainee action; every action goes to the engine, and every refusal comes back
as a notification in the trainee's language, never as an exception. A one-second timer lets
time pass (``poll``: silence becomes dead air) and keeps the timers honest. The soft-phone
controls (answer, hold, transfers...) live in ``call_controls.py``; this module keeps the
conversation: numbered options and typed replies.

Typed replies are matched against the options on screen in ``typed_reply.py``; ``play --watch``
reloads the persona file and replays the call onto it (``live_preview.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from mockcall.core import events as ev
from mockcall.tui import messages as msg
from mockcall.tui.i18n import localized, refusal, t
from mockcall.tui.live_preview import LivePreview
from mockcall.tui.screens.call_controls import CallControls
from mockcall.tui.screens.typed_reply import TypedReplies
from mockcall.tui.ways_forward import ways_forward
from mockcall.tui.widgets.conversation import Conversation, tool_labels
from mockcall.tui.widgets.key_legend import KeyLegend
from mockcall.tui.widgets.options import ReplyOptions
from mockcall.tui.widgets.reply_box import ReplyBox
from mockcall.tui.widgets.side_panels import SidePanels
from mockcall.tui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from mockcall.core.engine import CallSession, Refusal
    from mockcall.tui.app import MockcallApp
    from mockcall.tui.hooks import EventSink
    from mockcall.tui.plan import CallPlan


_PANELS = ("panel('tools')", "panel('kb')")
_TALK = ("choose", "hold", "wait", "warm", "escalate")
#: per phase, the screen's keys kept out of the legend (1-9 is on the options box's border)
_LEGEND_HIDDEN: dict[str, tuple[str, ...]] = {
    "idle": (*_TALK, *_PANELS),
    "ringing": (*_TALK, *_PANELS),
    "dialing": _TALK,
    "connected": ("choose",),
    "on_hold": ("choose", "wait"),
    "acw": (*_TALK, *_PANELS, "end"),
    "done": (*_TALK, *_PANELS, "end"),
}


class CallScreen(CallControls, TypedReplies, LivePreview, Screen[None]):
    """One live call, created with the app's clock and recorder — or a call brought back from
    the store after a crash (``session`` and ``sink`` given: it continues where it stopped)."""

    app: MockcallApp
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "choose(1)", t("key.reply"), key_display="1-9"),
        *(Binding(str(n), f"choose({n})", show=False) for n in range(2, 10)),
        Binding("a", "answer", t("key.answer")),
        Binding("d", "dial", t("key.dial")),
        Binding("h", "hold", t("key.hold")),
        Binding("s", "wait", t("key.wait")),
        Binding("m", "mute", t("key.mute"), show=False),
        Binding("w", "warm", t("key.warm")),
        Binding("c", "cold", t("key.cold"), show=False),  # the legend's "w/c Transfer"
        Binding("e", "escalate", t("key.escalate")),
        Binding("x", "end", t("key.end")),
        Binding("slash", "type", t("key.type"), key_display="/", show=False),
        Binding("u", "panel('tools')", t("key.tools")),
        Binding("i", "panel('card')", t("key.card"), show=False),
        Binding("k", "panel('kb')", t("key.kb")),
        Binding("n", "misheard", t("key.misheard")),  # practice only: see check_action
        Binding("escape", "close_panel", t("key.back"), show=False),
    ]

    def __init__(
        self,
        plan: CallPlan,
        *,
        session: CallSession | None = None,
        sink: EventSink | None = None,
    ) -> None:
        p = plan.persona
        # channel, direction and width classes set before mounting: added later, each change
        # restyles the whole tree
        super().__init__(classes=f"-{p.channel} -{p.direction} {self.app.breakpoint_class()}")
        self.plan = plan
        self.sink: EventSink = sink if sink is not None else self.app.recorder(plan)
        self.session: CallSession = (
            session if session is not None else plan.session(self.app.clock, self.sink)
        )
        self.app.recordings[id(self.session)] = self.sink
        # started before composing: the key legend's first keys are those of the ringing phone;
        # but not while the app still has to ask about a call a crash left unfinished (it rings
        # once that is answered: begin_call)
        if not self.app.resume_pending:
            self._start_call()
        self._finished = False
        self._tools_seen = 0
        self._waits = 0
        self._phase = ""
        #: whether the legend offers n now (see _offer_flag)
        self._flaggable = False
        self.typed_reply_init()

    def compose(self) -> ComposeResult:
        p, bundle = self.plan.persona, self.plan.bundle
        yield StatusBar(id="status")
        with Horizontal(id="call-body"):
            with Vertical(id="talk"):
                if p.direction == "outbound" and p.call_list:
                    from mockcall.tui.widgets.call_list import CallList  # DataTable: outbound only

                    yield CallList(p, id="call-list")
                yield Conversation(p, tools=tool_labels(bundle.account), id="conversation")
                yield Static("", id="hint", markup=False)
                yield ReplyOptions(id="options")
                typing = "call" if p.channel == "call" else "chat"
                yield ReplyBox(placeholder=t(f"call.{typing}.placeholder"), id="reply")
            yield SidePanels(bundle, id="side")  # filled once the call is on screen
        yield KeyLegend()

    def _start_call(self) -> None:
        self.session.start()
        if self.plan.auto_in and self.session.phase == "ringing":
            self.session.answer()

    def begin_call(self) -> None:
        """Ring (or dial, or open the chat) now: the app held the call while it asked about
        an unfinished one."""
        if self.session.phase == "idle":
            self._start_call()
            self.sync()
            self._focus_first()

    def on_mount(self) -> None:
        self.set_interval(1.0, self.tick)
        self.live_preview_start()  # play --watch: follow the persona file
        self.sync()
        self._focus_first()
        self.call_after_refresh(self._first_frame)

    def _focus_first(self) -> None:
        focus = "#call-list" if self.session.phase == "dialing" else "#options"
        if self.plan.persona.channel != "call":
            focus = "#reply"
        self.query_one(focus).focus()

    async def _first_frame(self) -> None:
        """The call is on the terminal: now the side panels (hidden on a narrow terminal)."""
        if self.app.screen_drawn():
            await self._fill_side()

    async def _fill_side(self) -> None:
        side = self.query_one(SidePanels)
        first = not side.filled
        await side.fill()
        if first:
            self.sync()  # the card and the last tool result catch up

    def legend_entry(self, action: str, key: str, description: str) -> tuple[str, str] | None:
        """The key legend shows only the keys that do something in this phase (the others
        still answer with a notice), so it fits 80 columns in English and Indonesian."""
        phase = self.session.phase
        hidden = _LEGEND_HIDDEN.get(phase, ())
        if action in hidden or action.split("(")[0] in hidden:
            return None
        if action == "misheard" and not self._flaggable:
            return None  # shown right after a typed reply, until it is flagged
        if action == "toggle_keys" and self._flaggable and self.has_class("-narrow"):
            return None  # n takes F1's place for now at 80 columns (F1 still works)
        if action == "hold" and phase == "on_hold":
            return key, t("key.unhold")
        if action == "warm":
            return "w/c", t("key.transfer")
        return key, description

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Answer shows only while ringing and Dial only while dialling: the legend stays short
        enough for 80 columns. The other controls always show, and refuse with a notice.
        ``n`` (a typed reply was not what the trainee meant) exists in practice only: in an
        assessment or a shift the key does nothing and no list of keys names it."""
        if action == "answer":
            return self.session.phase == "ringing"
        if action == "dial":
            return self.session.phase == "dialing"
        if action == "misheard":  # "not what I meant": practice only, absent elsewhere
            return self.session.mode == "practice"
        return True

    # ------------------------------------------------------------------ time and redraw

    def tick(self) -> None:
        """Once a second: let silence count, then redraw timers and anything new."""
        self.session.poll()
        self.sync()

    def sync(self) -> None:
        s = self.session
        flaggable = self._offer_flag()
        if s.phase != self._phase or flaggable != self._flaggable:
            self._phase = s.phase
            self._flaggable = flaggable
            self.refresh_bindings()
        self.query_one(StatusBar).show(self.plan, s)
        self.query_one(Conversation).sync(s.events)
        offered = s.offered() if s.phase == "connected" else []  # on hold: nothing to say
        self.query_one(ReplyOptions).show(offered, self._placeholder())
        hint = s.hint if s.phase == "connected" else ""  # the engine gives none in assessment
        self.query_one("#hint", Static).update(t("call.hint", hint=hint) if hint else "")
        self.query_one("#hint").display = bool(hint)
        self._sync_side()
        for lst in self.query("#call-list"):
            lst.tick(s.elapsed)  # type: ignore[attr-defined]
        if s.phase in ("acw", "done") and not self._finished:
            self._finished = True
            self.post_message(msg.CallFinished(self.plan, s))

    def _offer_flag(self) -> bool:
        """Whether the legend offers n now: in practice, right after a typed reply (it is the
        trainee's latest turn) that is not flagged yet. The key itself works as long as the
        engine allows a flag (``can_flag_misheard``), and says why not otherwise."""
        s = self.session
        if not s.can_flag_misheard:
            return False
        latest = next((e for e in reversed(s.events) if e.kind == ev.AGENT_SAID), None)
        return latest is not None and bool(latest.data.get("free"))

    def _placeholder(self) -> str:
        """What the options box says when it lists no reply: never nothing (ways_forward)."""
        phase = self.session.phase
        if phase in ("connected", "on_hold"):
            return ways_forward(self.session)
        return {
            "idle": t("call.waiting"),
            "ringing": t("call.ringing"),
            "dialing": t("call.dialing"),
        }.get(phase, "")

    def _sync_side(self) -> None:
        """The customer card and the last tool result, once the side panels are mounted."""
        if not self.query_one(SidePanels).filled:
            return
        from mockcall.tui.widgets.customer_card import CustomerCard
        from mockcall.tui.widgets.tools_panel import ToolsPanel

        for card in self.query(CustomerCard):
            card.show(self.session)
        used = [e for e in self.session.events if e.kind == ev.TOOL_USED]
        if len(used) > self._tools_seen:
            for panel in self.query(ToolsPanel):
                self._tools_seen = len(used)
                last = used[-1].data
                panel.show_result(str(last["tool"]), dict(last["revealed"]))

    def act(self, result: Refusal | None) -> None:
        """Every action ends here: a refusal becomes a notice; then the screen catches up."""
        if result is not None:
            self.notify(refusal(result.code), severity="warning")
        self.sync()

    # ------------------------------------------------------------------ talking

    def action_choose(self, number: int) -> None:
        self.act(self.session.choose(number))

    @on(msg.OptionPicked)
    def _picked(self, event: msg.OptionPicked) -> None:
        self.action_choose(event.number)

    @on(msg.FreeTextSubmitted)
    def _typed(self, event: msg.FreeTextSubmitted) -> None:
        """On a voice call the keys go back to the call once a typed reply is sent (the next
        / opens the box again); a chat or email keeps typing in the box."""
        if self.plan.persona.channel == "call":
            self.query_one("#options").focus()
        self.handle_free_text(event.text)

    def action_type(self) -> None:
        self.query_one(ReplyBox).focus()

    def action_misheard(self) -> None:
        """n: the most recent typed reply was not what the trainee meant. Logged for the
        trainer (a system line says so), never scored."""
        self.act(self.session.flag_misheard())

    def action_wait(self) -> None:
        """s: "one moment, I'm checking" in the customer's language; the silence ends."""
        from mockcall.tui.checking import checking_line

        line = checking_line(self.plan.persona.locale, self._waits)
        result = self.session.say_holding(line)
        if result is None:
            self._waits += 1
        self.act(result)

    # ------------------------------------------------------------------ side panels

    async def action_panel(self, tab: str) -> None:
        """Open a side panel (on a narrow terminal the side column shows only while in use)."""
        from textual.widgets import TabbedContent

        self.add_class("-side-open")
        await self._fill_side()
        self.query_one("#side-tabs", TabbedContent).active = tab
        target = {"tools": "#tool-list", "kb": "#kb-search", "card": "#customer-card"}[tab]
        if tab == "tools":  # each opening starts at the first tool: arrows count from there
            from textual.widgets import OptionList

            self.query_one(target, OptionList).highlighted = 0
        self.query_one(target).focus()

    def action_close_panel(self) -> None:
        """Escape: back from the side panel to where the call goes on (the call list while
        dialling, the replies once connected)."""
        self.remove_class("-side-open")
        self._focus_first()

    @on(msg.ToolPicked)
    def _tool(self, event: msg.ToolPicked) -> None:
        """Use the tool. On a voice call the keys then go back to the call (digits pick
        replies again; u opens the tools for the next one); a chat or email stays in the list
        until Escape, as its replies are typed in the box. The result stays in the panel and
        in the transcript."""
        result = self.session.use_tool(event.tool_id)
        self.act(result)
        if result is None and self.plan.persona.channel == "call":
            self._focus_first()

    @on(msg.KbDocPicked)
    def _kb(self, event: msg.KbDocPicked) -> None:
        result = self.session.open_kb(event.doc_id)
        self.act(result)
        if result is None:
            from mockcall.tui.screens.kb_doc import KbDocScreen  # Markdown loads on first use
            from mockcall.tui.widgets.kb_panel import KbPanel

            doc = next(d for d in self.plan.bundle.account.kb if d.id == event.doc_id)
            text = self.query_one(KbPanel).texts.get(doc.id, "")
            self.app.push_screen(KbDocScreen(localized(doc.title, doc.titles), text))
