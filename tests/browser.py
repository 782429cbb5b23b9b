"""Headless Chromium for the view tests and the views benchmark.

Debian's Chromium (``/usr/bin/chromium``, installed by ``tools/install_browser.sh``) driven by
Playwright for Python (PyPI ``playwright``, in the test extra), which never downloads a browser
of its own here: ``launch_persistent_context(executable_path=...)`` with a new, empty profile
folder per browser and the flags that keep Chromium off the network (DESIGN.md, "Measured on
this kind of machine").

>>> reason = browser_missing()
>>> reason is None or reason.startswith("browser tests need")
True

Use::

    with Chromium() as browser:
        report = browser.open_view(path, screenshot="view-people")
        assert report.clean, report.problems()
        assert (report.nodes, report.edges) == (12, 30)

What a :class:`PageReport` holds: console errors, uncaught page errors, every dialog the page
opened (alert, confirm, prompt, beforeunload: recorded and dismissed, so a page can never hang
on one), every request to an ``http(s)`` URL (aborted before it leaves the machine: the pages are
opened from disk and must be self-contained), every failed request, the node and edge counts of
the page's vis ``nodes``/``edges`` DataSets (globals in a pyvis page, ``window.ggView.nodes``
and ``.edges`` in govgraph's views) and of the drawn network, and how long the network
took to be drawn and stable, measured in the page from navigation start.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = REPO / "outputs"
CHROMIUM = Path(os.environ.get("GOVGRAPH_CHROMIUM", "/usr/bin/chromium"))

# As root in a container with no network but the package registries: no sandbox (root), no GPU,
# and none of the background connections Chromium makes at start (refused here, many at a time).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--metrics-recording-only",
    "--mute-audio",
]

VIEWPORT = {"width": 1280, "height": 800}
EXTERNAL = re.compile(r"^(https?|wss?)://", re.I)

# Runs before any script of the page. Watches for the page's vis ``network`` (a global ``var``,
# as pyvis writes it, or a top-level ``let``): a setter on ``window.network`` hooks it the moment
# it is assigned, so no 'stabilized' event can be missed; a timer finds it otherwise. "Stable" is
# the network's 'stabilized' event, or physics off, or positions unchanged for a second; "drawn"
# is the second animation frame after that (vis draws in an animation frame). Times are
# performance.now(): milliseconds from navigation start.
_WATCH = r"""
(() => {
  if (window.__ggView) return;
  const s = window.__ggView = {
    networkAt: null, stabilizedEventAt: null, stableAt: null, drawnAt: null, done: false,
    how: null, afterDrawing: 0, error: null,
  };
  let net = null, last = null, still = 0;
  const now = () => performance.now();
  function hook(n) {
    if (!n || net === n || typeof n.on !== 'function') return;
    net = n;
    s.networkAt = now();
    setTimeout(tick, 0);
    try {
      n.on('stabilized', () => { if (s.stabilizedEventAt === null) s.stabilizedEventAt = now(); });
      n.on('afterDrawing', () => { s.afterDrawing += 1; });
    } catch (e) { s.error = String(e); }
  }
  // pyvis's own template: a global ``network``; govgraph's views: ``window.ggView.network``.
  function trap(name, pick) {
    try {
      let value;
      Object.defineProperty(window, name, {
        configurable: true, enumerable: true,
        get() { return value; },
        set(v) { value = v; hook(pick(v)); },
      });
    } catch (e) { /* the page defines it its own way: the timer finds it */ }
  }
  trap('network', (v) => v);
  trap('ggView', (v) => v && v.network);
  function find() {
    try { if (window.ggView && window.ggView.network) return window.ggView.network; } catch (e) {}
    try { if (typeof network !== 'undefined' && network) return network; } catch (e) {}
    return null;
  }
  function positionsMoved() {
    const p = net.getPositions();
    let moved = last === null;
    if (!moved) {
      for (const id in p) {
        const q = last[id];
        if (!q || Math.abs(q.x - p[id].x) > 0.5 || Math.abs(q.y - p[id].y) > 0.5) { moved = true; break; }
      }
    }
    last = p;
    return moved;
  }
  function stable() {
    if (s.stabilizedEventAt !== null) return 'stabilized event';
    const ph = net.physics;
    if (ph && ph.physicsEnabled === false) return 'physics off';
    if (ph && ph.stabilized === true && ph.ready === true && !ph.simulationInterval) return 'physics at rest';
    still = positionsMoved() ? 0 : still + 1;
    if (still >= 10) return 'positions unchanged for 1 s';
    return null;
  }
  function tick() {
    try {
      if (!net) hook(find());
      if (!net || s.stableAt !== null) return;
      const how = stable();
      if (!how) return;
      s.stableAt = now();
      s.how = how;
      clearInterval(timer);
      requestAnimationFrame(() => requestAnimationFrame(() => { s.drawnAt = now(); s.done = true; }));
    } catch (e) { s.error = String(e); }
  }
  const timer = setInterval(tick, 100);
})();
"""

# Read once the network is drawn: counts from the DataSets the page hands to vis, and from the
# network itself (what it actually holds and draws).
_COUNTS = r"""
() => {
  // No eval(): the views carry a Content-Security-Policy, and a page's own globals are in
  // scope here whether they are declared with var or let.
  const size = (v) => {
    if (v && typeof v.length === 'number') return v.length;
    if (v && typeof v.getIds === 'function') return v.getIds().length;
    return null;
  };
  const view = window.ggView || {};
  let n = null, e = null, network = view.network;
  try { n = size(view.nodes || (typeof nodes !== 'undefined' ? nodes : null)); } catch (err) {}
  try { e = size(view.edges || (typeof edges !== 'undefined' ? edges : null)); } catch (err) {}
  try { if (!network && typeof window.network !== 'undefined') network = window.network; } catch (err) {}
  let drawnNodes = null, drawnEdges = null, canvas = null;
  try {
    drawnNodes = network.body.nodeIndices.length;
    drawnEdges = network.body.edgeIndices.length;
  } catch (e) {}
  const c = document.querySelector('canvas');
  if (c) canvas = [c.width, c.height];
  return {nodes: n, edges: e, drawnNodes, drawnEdges, canvas, ready: view.ready === undefined ? null : view.ready};
}
"""


# Page coordinates of node centres and edge midpoints (edges between two drawn nodes).
_TARGETS = r"""
(limit) => {
  const network = (window.ggView && window.ggView.network) || window.network;
  const box = network.canvas.frame.canvas.getBoundingClientRect();
  const pos = network.getPositions();
  const at = (p) => { const d = network.canvasToDOM(p); return [box.left + d.x, box.top + d.y]; };
  const out = [];
  for (const id of Object.keys(pos).slice(0, limit)) out.push(at(pos[id]));
  const body = network.body;
  for (const id of body.edgeIndices.slice(0, limit)) {
    const e = body.edges[id];
    if (e && e.from && e.to) out.push(at({x: (e.from.x + e.to.x) / 2, y: (e.from.y + e.to.y) / 2}));
  }
  return out.filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
}
"""


def _hover(page, limit: int) -> int:
    """Rest the mouse on (past vis's 300 ms tooltip delay) and click each target; how many."""
    targets = page.evaluate(_TARGETS, limit)
    for x, y in targets:
        page.mouse.move(x, y)
        page.wait_for_timeout(350)
        page.mouse.click(x, y)
    page.mouse.move(1, 1)
    return len(targets)


def browser_missing() -> Optional[str]:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"browser tests need {CHROMIUM}: run tools/install_browser.sh (as root)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "browser tests need the PyPI package playwright: pip install -e '.[test]'"
    return None


@dataclass
class PageReport:
    """What one page did in the browser (see the module docstring)."""

    path: Path
    console_errors: list[str] = field(default_factory=list)
    console_warnings: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    nodes: Optional[int] = None
    edges: Optional[int] = None
    drawn_nodes: Optional[int] = None
    drawn_edges: Optional[int] = None
    canvas: Optional[tuple[int, int]] = None
    has_network: bool = False
    page_ready: Optional[bool] = None  # the page's own window.ggView.ready, where it has one
    stable: bool = False
    stable_how: Optional[str] = None
    network_ms: Optional[float] = None  # navigation start -> network object created
    stable_ms: Optional[float] = None  # navigation start -> stabilized
    drawn_ms: Optional[float] = None  # navigation start -> drawn after stabilized
    load_ms: Optional[float] = None  # navigation start -> load event
    wall_s: float = 0.0
    screenshot: Optional[Path] = None
    values: dict = field(default_factory=dict)
    hovered: int = 0

    def problems(self) -> list[str]:
        """Everything that should not happen on a self-contained, script-free page."""
        out = [f"console error: {m}" for m in self.console_errors]
        out += [f"page error: {m}" for m in self.page_errors]
        out += [f"dialog: {m}" for m in self.dialogs]
        out += [f"request to the network: {u}" for u in self.external_requests]
        out += [f"failed request: {u}" for u in self.failed_requests]
        return out

    @property
    def clean(self) -> bool:
        return not self.problems()

    def summary(self) -> str:
        return (f"{self.path.name}: nodes={self.nodes} edges={self.edges} drawn={self.drawn_nodes}/"
                f"{self.drawn_edges} stable={self.stable} ({self.stable_how}) drawn_ms={self.drawn_ms}"
                f" problems={self.problems()}")


class Chromium:
    """One headless Chromium with a new, empty profile folder, removed on exit."""

    def __init__(self, *, viewport: Optional[dict] = None, outputs: Path = OUTPUTS):
        self.viewport = viewport or VIEWPORT
        self.outputs = Path(outputs)
        self._pw = None
        self._ctx = None
        self._profile: Optional[str] = None

    def __enter__(self) -> "Chromium":
        reason = browser_missing()
        if reason:
            raise RuntimeError(reason)
        from playwright.sync_api import sync_playwright

        self._profile = tempfile.mkdtemp(prefix="govgraph-chromium-")
        self._pw = sync_playwright().start()
        try:
            # A persistent context is the way Playwright takes an explicit --user-data-dir.
            self._ctx = self._pw.chromium.launch_persistent_context(
                self._profile,
                executable_path=str(CHROMIUM),
                headless=True,
                args=CHROMIUM_ARGS,
                viewport=self.viewport,
                offline=True,
                java_script_enabled=True,
            )
        except BaseException:
            self._pw.stop()
            shutil.rmtree(self._profile, ignore_errors=True)
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._ctx is not None:
                self._ctx.close()
        finally:
            if self._pw is not None:
                self._pw.stop()
            if self._profile:
                shutil.rmtree(self._profile, ignore_errors=True)

    def open_view(
        self,
        path: Path | str,
        *,
        screenshot: Optional[str] = None,
        timeout_s: float = 60.0,
        wait_network: bool = True,
        settle_ms: int = 300,
        expressions: Optional[dict[str, str]] = None,
        hover: int = 0,
    ) -> PageReport:
        """Open ``path`` (a local HTML file) and report what it did.

        With ``wait_network`` waits (at most ``timeout_s``) until the page's vis network is drawn
        and stable, then reads the node and edge counts; a page without a network (the audit
        page) is opened with ``wait_network=False``. ``screenshot`` names ``outputs/NAME.png``.
        ``expressions`` (name: JavaScript expression) are evaluated in the page once it is drawn,
        into ``report.values`` (e.g. ``{"img_x": "document.querySelectorAll('img[src=x]').length"}``),
        after the mouse has rested on and clicked up to ``hover`` nodes and ``hover`` edge
        midpoints, so tooltips and selection handlers have shown whatever they show.
        """
        path = Path(path).resolve()
        report = PageReport(path)
        page = self._ctx.new_page()
        start = time.perf_counter()

        def on_console(msg):
            if msg.type == "error":
                loc = msg.location or {}
                where = f" ({loc.get('url', '')}:{loc.get('lineNumber', '')})" if loc.get("url") else ""
                report.console_errors.append(msg.text + where)
            elif msg.type == "warning":
                report.console_warnings.append(msg.text)

        def on_dialog(dialog):
            report.dialogs.append(f"{dialog.type}: {dialog.message}")
            try:
                dialog.dismiss()
            except Exception:  # the page may already be gone
                pass

        def on_route(route):
            report.external_requests.append(route.request.url)
            route.abort("blockedbyclient")

        def on_failed(request):
            if EXTERNAL.match(request.url):
                return  # already counted as a request to the network
            report.failed_requests.append(f"{request.url} ({request.failure})")

        page.on("console", on_console)
        page.on("pageerror", lambda err: report.page_errors.append(str(err)))
        page.on("dialog", on_dialog)
        page.on("requestfailed", on_failed)
        page.route(EXTERNAL, on_route)
        page.add_init_script(_WATCH)
        try:
            page.goto(path.as_uri(), wait_until="load", timeout=timeout_s * 1000)
            report.load_ms = page.evaluate(
                "() => { const e = performance.getEntriesByType('navigation')[0];"
                " return e ? e.loadEventEnd || e.loadEventStart : null; }")
            if wait_network:
                left = max(1.0, timeout_s - (time.perf_counter() - start))
                try:
                    page.wait_for_function("() => window.__ggView && window.__ggView.done",
                                           timeout=left * 1000, polling=100)
                except Exception as exc:  # report it: the test says what went wrong
                    report.page_errors.append(f"network not drawn and stable in {timeout_s:.0f} s: "
                                              f"{type(exc).__name__}")
                state = page.evaluate("() => window.__ggView")
                report.has_network = state.get("networkAt") is not None
                report.stable = bool(state.get("done"))
                report.stable_how = state.get("how")
                report.network_ms = state.get("networkAt")
                report.stable_ms = state.get("stableAt")
                report.drawn_ms = state.get("drawnAt")
                if state.get("error"):
                    report.page_errors.append(f"watcher: {state['error']}")
                counts = page.evaluate(_COUNTS)
                report.nodes, report.edges = counts["nodes"], counts["edges"]
                report.drawn_nodes, report.drawn_edges = counts["drawnNodes"], counts["drawnEdges"]
                report.canvas = tuple(counts["canvas"]) if counts["canvas"] else None
                report.page_ready = counts["ready"]
            if hover and report.has_network:
                report.hovered = _hover(page, hover)
            for name, expr in (expressions or {}).items():
                report.values[name] = page.evaluate(expr)
            # Late errors (a handler that fires after drawing, an onerror of a lazy image).
            page.wait_for_timeout(settle_ms)
            if screenshot:
                self.outputs.mkdir(parents=True, exist_ok=True)
                report.screenshot = self.outputs / f"{screenshot}.png"
                page.screenshot(path=str(report.screenshot), full_page=False)
        finally:
            report.wall_s = time.perf_counter() - start
            page.close()
        return report
