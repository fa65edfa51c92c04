"""Screenshots of every page in every interface language, for docs/screenshots/.

Serves a database (`--db`, e.g. one made with `rasad ingest ../shared/seeds`) on a free
loopback port, opens each page in Debian's headless Chromium at 1366×900 and at 390×844 in
English, Arabic and Persian, and saves the first screen of each as a PNG of at most 256
colours (Pillow's quantizer, when installed), so the folder stays small. Prints each file's
size, each page's weight (HTML bytes, and of them the SVG charts') and time to answer.

    .venv/bin/python bench/screenshots.py --db rasad.db [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import httpx
import uvicorn
from playwright.sync_api import sync_playwright

from rasad.api.app import create_app
from rasad.config import Settings

LANGS = ("en", "ar", "fa")
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


def serve(db: str) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Settings(db=db)), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def pages(base: str) -> dict[str, str]:
    """The pages to show: the lists, the largest story, the most mentioned entity, a document."""
    api = httpx.Client(base_url=base)
    story = api.get("/api/v1/stories", params={"limit": 1}).json()["stories"][0]["id"]
    entity = api.get("/api/v1/entities", params={"limit": 1, "documents": 0}).json()
    document = api.get("/api/v1/documents", params={"story": story, "limit": 1}).json()
    return {
        "stories": "/",
        "story": f"/stories/{story}",
        "documents": "/documents",
        "document": f"/documents/{document['documents'][0]['id']}",
        "entities": "/entities",
        "entity": f"/entities/{entity['entities'][0]['id']}",
        "quotes": "/quotes",
        "search": "/search?q=" + (entity["entities"][0]["name"]),
        "not-found": "/stories/no-such-story",
    }


def shrink(path: Path) -> None:
    """At most 256 colours, when Pillow is there (a screenshot of text loses nothing)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256)
    small.save(path, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    server, base = serve(args.db)
    try:
        shown = pages(base)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            for size, (width, height) in SIZES.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                for lang in LANGS:
                    for name, path in shown.items():
                        url = f"{base}{path}{'&' if '?' in path else '?'}ui={lang}"
                        started = time.perf_counter()
                        html = httpx.get(url, headers={"accept": "text/html"}).text
                        ms = (time.perf_counter() - started) * 1000
                        weight = len(html.encode())
                        charts = sum(
                            map(len, re.findall(r'<svg class="chart.*?</svg>', html, re.S))
                        )
                        page.goto(url)
                        page.wait_for_load_state("networkidle")  # a blank first paint otherwise
                        out = args.out / f"{name}-{lang}-{size}.png"
                        page.screenshot(path=str(out))
                        shrink(out)
                        print(
                            f"{out.name:32} {out.stat().st_size / 1024:6.0f} KiB png"
                            f"  {weight / 1024:6.1f} KiB html  {charts / 1024:5.1f} KiB charts"
                            f"  {ms:5.0f} ms"
                        )
                context.close()
            browser.close()
    finally:
        server.should_exit = True


if __name__ == "__main__":
    main()
