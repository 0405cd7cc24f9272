"""A screenshot of the search page for the README, taken with Debian's chromium (as the browser tests are).

    python scripts/screenshot.py [--url http://127.0.0.1:8000] [--query "neglect strategy"] [--out docs/search.png]

Start the service first (`bash scripts/serve.sh`, or `committee-qa serve`).
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from urllib.parse import urlencode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--query", default="how is the neglect strategy helping children?")
    parser.add_argument("--out", type=Path, default=Path("docs/search.png"))
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                             headless=True, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": args.width, "height": 900})
        page.goto(f"{args.url}/?{urlencode({'q': args.query, 'k': 3})}")
        page.screenshot(path=str(args.out), full_page=False)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
