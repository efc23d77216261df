"""Screenshots of a living document in headless Chromium: overview, scenarios, glossary,
the domain map, a phone's width (390 px) and the printed PDF.

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
        match = re.search(rf'<article class="{status}" id="([^"]+)"', html)
        if match:
            anchor = match.group(1)
            chosen[f"{status}-scenario"] = (
                f"article:not(#{anchor}), section.feature:not(:has(#{anchor})), .failed-first,"
                " #domain-map, #domain-map ~ * { display: none !important; }"
            )
    chosen["domain-map"] = (
        "section.feature, #features, .failed-first, #glossary, #glossary ~ * "
        "{ display: none !important; }"
    )
    chosen["glossary"] = (
        "section.feature, #features, .failed-first, #domain-map, .lanes, #domain-map + p "
        "{ display: none !important; }"
    )
    return chosen


def screenshot(browser: str, html: str, style: str, target: Path, size: str = "1400,1000") -> None:
    """One screenshot of the document with ``style`` added (a PDF when ``target`` is one)."""
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "view.html"
        page.write_text(html.replace("</head>", f"<style>{style}</style></head>", 1))
        command = [browser, *_FLAGS, f"--user-data-dir={scratch}/profile"]
        if target.suffix == ".pdf":
            command += ["--no-pdf-header-footer", f"--print-to-pdf={target.resolve()}"]
        else:
            command += [f"--window-size={size}", f"--screenshot={target.resolve()}"]
        subprocess.run([*command, page.as_uri()], check=True, capture_output=True, timeout=120)


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
    screenshot(browser, html, "", folder / "phone.png", size="390,1600")
    screenshot(browser, html, "", folder / "print.pdf")
    print(folder / "phone.png", folder / "print.pdf", sep="\n")


if __name__ == "__main__":
    main()
