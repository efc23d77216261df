"""Headless Chromium for the living document's tests and benchmark.

Selenium drives Debian's ``chromium`` through ``chromedriver``: the page is opened from
disk, as a reader opens it, and axe-core (from npm) checks it against WCAG 2.1 AA.
Selenium is used rather than hand-written DevTools-protocol code because it is the
well-kept standard for this and still gives the protocol (``execute_cdp_cmd``) for
what WebDriver has no words for: a phone's viewport, print media, a PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Set by .ci/run: on CI a missing browser or axe-core fails the tests instead of skipping.
REQUIRED = "CASTLE_BDD_REQUIRE_BROWSER"


def missing() -> str | None:
    """What is missing to drive the page, or None when everything is there."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium (pip install -e '.[test]')"
    if not _program("chromium", "chromium-browser"):
        return "chromium (apt-get install chromium)"
    if not _program("chromedriver"):
        return "chromedriver (apt-get install chromium-driver)"
    if axe_source() is None:
        return "axe-core (npm install -g axe-core)"
    return None


def _program(*names: str) -> str | None:
    return next((found for name in names if (found := shutil.which(name))), None)


@cache
def axe_source() -> str | None:
    """The text of axe.min.js: $CASTLE_BDD_AXE, ./node_modules, or npm's global folder."""
    candidates = [Path(os.environ.get("CASTLE_BDD_AXE", "/nonexistent"))]
    candidates.append(Path("node_modules/axe-core/axe.min.js"))
    npm = shutil.which("npm")
    if npm:
        root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False)
        candidates.append(Path(root.stdout.strip()) / "axe-core" / "axe.min.js")
    found = next((path for path in candidates if path.is_file()), None)
    return found.read_text(encoding="utf-8") if found else None


def start_chromium() -> Any:
    """A headless Chromium under chromedriver, with a fresh profile and its console kept."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _program("chromium", "chromium-browser") or "chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='castle-bdd-chromium-')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=_program("chromedriver") or "chromedriver")
    return webdriver.Chrome(options=options, service=service)


def console_errors(driver: Any) -> list[str]:
    """The console's errors since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def axe_violations(driver: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 AA violations on the page as it is now."""
    driver.execute_script(axe_source())
    driver.set_script_timeout(300)
    result: list[dict[str, Any]] = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
        " resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
        ".catch(e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
        WCAG_21_AA,
    )
    return result


def until_next_frame(driver: Any, action: str) -> float:
    """Milliseconds from running ``action`` (JavaScript) until the next frame is drawn."""
    elapsed: float = driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; const t0 = performance.now();"
        + action
        + ";requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));"
    )
    return elapsed


def wait_until(condition: Any, seconds: float = 10.0) -> None:
    """Poll ``condition`` until it holds; fail when it still does not after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"still not true after {seconds} s: {condition}"
        time.sleep(0.05)
