"""A real local HTTP server for tests: serves registered routes and counts hits."""
from __future__ import annotations

import socket
import ssl
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class WebServer:
    """Serve ``routes`` on 127.0.0.1 (a free port); ``hits`` counts requests per path.

    ``headers`` keeps the request headers of the last hit on each path, so tests can
    check what a client sent (Host, User-Agent ...). ``host="::1"`` serves on IPv6
    loopback; ``ssl_context`` (a server-side context) serves HTTPS.
    """

    def __init__(self, host: str = "127.0.0.1", ssl_context: "ssl.SSLContext | None" = None) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.headers: dict[str, dict[str, str]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                server.hits[self.path] += 1
                server.headers[self.path] = dict(self.headers.items())
                route = server.routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.handler is not None:
                    route.handler(self)
                    return
                self.send_response(route.status)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

        class Server(ThreadingHTTPServer):
            address_family = socket.AF_INET6 if ":" in host else socket.AF_INET

            def handle_error(self, request, client_address) -> None:
                # A client hanging up mid-body (size caps, timeouts) is expected in tests; anything else is not.
                if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
                    super().handle_error(request, client_address)

        self.httpd = Server((host, 0), Handler)
        if ssl_context is not None:
            self.httpd.socket = ssl_context.wrap_socket(self.httpd.socket, server_side=True)
        self.host = host
        self.scheme = "https" if ssl_context is not None else "http"
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        # A short poll interval makes shutdown (each test's teardown) take ms, not half a second.
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def url(self, path: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{path}"

    def add(self, path: str, body: bytes | str = b"", **kw) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def __enter__(self) -> "WebServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
