// The seat page's own bit: textual.js keeps its terminal to itself, so the terminal object
// is picked up as it is built (its first add-on is assigned right after it) and kept on
// window.mockcallSeat; the terminal then gets the keyboard as soon as the app has drawn,
// so a trainee types without clicking first.
(function () {
  "use strict";
  Object.defineProperty(Object.prototype, "fitAddon", {
    configurable: true,
    set(value) {
      Object.defineProperty(this, "fitAddon", {
        value, writable: true, configurable: true, enumerable: true,
      });
      if (this.terminal && !window.mockcallSeat) {
        window.mockcallSeat = this;
        delete Object.prototype.fitAddon;
        const terminal = this.terminal;
        const once = terminal.onRender(function () {
          if (document.body.classList.contains("-first-byte")) {
            once.dispose();
            terminal.focus();
          }
        });
      }
    },
  });
  // The terminal's websocket on the host and scheme the page came from, so a seat works the
  // same behind a TLS reverse proxy (wss:) as on the room's plain LAN address (ws:).
  document.addEventListener("DOMContentLoaded", function () {
    const terminal = document.getElementById("terminal");
    if (terminal) {
      const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
      terminal.dataset.sessionWebsocketUrl = scheme + window.location.host + "/ws";
    }
  });
  // The text on screen, one string per row (tests, benchmarks and screen readers' helpers).
  window.mockcallScreen = function () {
    const seat = window.mockcallSeat;
    if (!seat) return [];
    const buffer = seat.terminal.buffer.active;
    const rows = [];
    for (let y = 0; y < seat.terminal.rows; y++) {
      const line = buffer.getLine(buffer.viewportY + y);
      rows.push(line ? line.translateToString(true) : "");
    }
    return rows;
  };
})();
