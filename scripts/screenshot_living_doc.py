"""Screenshots of a living document in headless Chromium: overview, scenarios, glossary.

    python scripts/screenshot_living_doc.py build/living-doc.html build/screenshots

Needs the ``chromium`` binary (Debian package ``chromium``). Each view is the document
itself with one added style rule that hides what the view is not about, so what is shown
is what a reader's browser shows, offline.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=3000",
]


def views(html: str) -> dict[str, str]:
    """The style of each view: the top, the first passing and failing scenario, the glossary."""
    chosen = {"overview": ""}
    for status in ("passed", "failed"):
        match = re.search(rf'<article class="scenario" id="([^"]+)" data-status="{status}"', html)
        if match:
            anchor = match.group(1)
            chosen[f"{status}-scenario"] = (
                f"article.scenario:not(#{anchor}), section.feature:not(:has(#{anchor})),"
                " #glossary, #glossary ~ * { display: none !important; }"
            )
    chosen["glossary"] = "section.feature, #features, .legend { display: none !important; }"
    return chosen


def screenshot(browser: str, html: str, style: str, target: Path) -> None:
    """One screenshot of the document with ``style`` added."""
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "view.html"
        page.write_text(html.replace("</head>", f"<style>{style}</style></head>", 1))
        command = [browser, *_FLAGS, f"--user-data-dir={scratch}/profile"]
        command += ["--window-size=1400,1000", f"--screenshot={target.resolve()}", page.as_uri()]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def main() -> None:
    document = Path(sys.argv[1] if len(sys.argv) > 1 else "build/living-doc.html")
    folder = Path(sys.argv[2] if len(sys.argv) > 2 else "build/screenshots")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("chromium is not installed: apt-get install chromium")
    folder.mkdir(parents=True, exist_ok=True)
    html = document.read_text(encoding="utf-8")
    for name, style in views(html).items():
        target = folder / f"{name}.png"
        screenshot(browser, html, style, target)
        print(target)


if __name__ == "__main__":
    main()
