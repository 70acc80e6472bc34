"""A local web server that serves a built site as GitHub Pages does, on 127.0.0.1.

The site may live under a sub-path (``/revue/`` for a project site): URLs
outside it answer 404, as they would on ``USER.github.io``, so a link built
for the wrong root shows up broken here too. ``/a/`` serves ``a/index.html``
and ``/a`` redirects to ``/a/``.
"""

from __future__ import annotations

import functools
import os
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"


def normalize_prefix(prefix: str) -> str:
    """``revue`` -> ``/revue/``; ``""`` and ``/`` -> ``/``.

    >>> normalize_prefix("revue"), normalize_prefix("/")
    ('/revue/', '/')
    """
    parts = [part for part in prefix.split("/") if part]
    return "/" + "".join(part + "/" for part in parts)


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves ``directory`` under ``prefix``; 404 outside it."""

    prefix = "/"
    quiet = True
    extensions_map = {  # noqa: RUF012 (the base class declares it a plain dict)
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".xml": "application/xml",
    }

    def send_head(self) -> Any:
        path = unquote(urlsplit(self.path).path)
        if path + "/" == self.prefix:
            return self._redirect(self.prefix)
        if not path.startswith(self.prefix):
            self.send_error(404, "Not under the site's path")
            return None
        local = "/" + path[len(self.prefix) :]
        if os.path.isdir(self.translate_path(local)) and not local.endswith("/"):
            return self._redirect(path + "/")
        self.path = local
        return super().send_head()

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)


class SiteServer(ThreadingHTTPServer):
    """Reuses its port at once after a restart; never waits for its threads."""

    allow_reuse_address = True
    daemon_threads = True


def make_server(
    root: Path, port: int = 8000, prefix: str = "/", quiet: bool = True
) -> SiteServer:
    """A server for ``root`` on 127.0.0.1 (port 0 picks a free port)."""
    handler = type(
        "SiteHandler",
        (PagesHandler,),
        {"prefix": normalize_prefix(prefix), "quiet": quiet},
    )
    factory = functools.partial(handler, directory=str(root))
    return SiteServer((HOST, port), factory)
