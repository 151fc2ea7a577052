"""Drive Debian's headless ``chromium`` over the DevTools protocol: load, tap, wait, screenshot.

A few protocol calls over one WebSocket (``websocket-client``) are all the phone
page's checks need, so no browser-automation framework (and no browser download)
is involved. Taps are real touch-sized mouse events at an element's centre, and
waiting is done inside the page (a promise that resolves when a condition holds),
so nothing sleeps.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import shutil
import subprocess
import tempfile
import threading
import urllib.request
from pathlib import Path
from typing import Any

import websocket

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

#: Resolves once ``check`` (a JS expression) is truthy; rejects after ``ms``.
WAIT_JS = """
new Promise((resolve, reject) => {
  const started = Date.now();
  const look = () => {
    let value = null;
    try { value = (%s); } catch (e) { value = null; }
    if (value) { resolve(value); return; }
    if (Date.now() - started > %d) { reject(new Error("timed out waiting for: " + %s)); return; }
    requestAnimationFrame(look);
  };
  look();
})
"""


class BrowserError(Exception):
    pass


class Chromium:
    """One headless chromium with one page; use as a context manager."""

    def __init__(self, width: int = 390, height: int = 844, language: str = "en") -> None:
        if CHROMIUM is None:
            raise BrowserError("chromium is not installed (apt-get install chromium)")
        # Chromium's helper processes may still write to the profile as the browser exits.
        self._profile = tempfile.TemporaryDirectory(prefix="room-chromium-", ignore_cleanup_errors=True)
        self._process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--remote-debugging-port=0",
                "--remote-allow-origins=*",
                f"--user-data-dir={self._profile.name}",
                f"--lang={language}",
                f"--accept-lang={language}",
                f"--window-size={width},{height}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        port = self._debugging_port()
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as answer:
            pages = [t for t in json.load(answer) if t.get("type") == "page"]
        self._socket = websocket.create_connection(
            pages[0]["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        self._ids = itertools.count(1)
        self.call("Page.enable")
        self.call("Runtime.enable")
        self.resize(width, height)
        self.call(
            "Emulation.setUserAgentOverride",
            userAgent="Mozilla/5.0 (Linux; Android 14) Mobile",
            acceptLanguage=language,
        )

    def _debugging_port(self) -> int:
        # Chromium says where its DevTools listen on stderr once it does ("DevTools listening
        # on ws://127.0.0.1:PORT/..."): read until that line, so nothing polls or sleeps.
        assert self._process.stderr is not None
        for line in self._process.stderr:
            found = re.search(r"DevTools listening on ws://[^:]+:(\d+)/", line)
            if found:
                # Keep reading what it says later, so a full pipe never stalls it.
                threading.Thread(target=self._process.stderr.read, daemon=True).start()
                return int(found.group(1))
        raise BrowserError("chromium exited before it opened its debugging port")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        ident = next(self._ids)
        self._socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    def resize(self, width: int, height: int) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=True
        )

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise BrowserError(result["exceptionDetails"].get("exception", {}).get("description", expression))
        return result.get("result", {}).get("value")

    def wait_for(self, check: str, timeout_ms: int = 20000) -> Any:
        return self.evaluate(WAIT_JS % (check, timeout_ms, json.dumps(check)))

    def tap(self, selector: str) -> None:
        """A real click at the centre of the element ``selector`` picks (waiting for it first)."""
        box = self.wait_for(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent", type=kind, x=box["x"], y=box["y"], button="left", clickCount=1
            )

    def text(self) -> str:
        return str(self.evaluate("document.body.innerText"))

    def screenshot(self, path: Path) -> Path:
        self.call("Emulation.setScrollbarsHidden", hidden=True)  # a phone's scrollbar only flashes
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self._socket.close()
        finally:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
