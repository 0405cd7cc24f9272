"""Running the app under uvicorn, in one process or several.

Several worker processes share one listening socket that uvicorn's supervisor binds; on Linux that socket
is made without IPPROTO_TCP, so asyncio does not switch Nagle's algorithm off on the connections it accepts,
and every keep-alive response after the first waits ~40 ms for the client's delayed ACK (uvicorn issue
#3149; measured here: /healthz 0.7 ms with one worker, 44 ms with two). The protocol below switches it
off itself on every connection.
"""

from __future__ import annotations

import socket

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Http
except ImportError:  # httptools is optional for uvicorn
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Http


class NoDelayHttp(_Http):
    def connection_made(self, transport) -> None:  # noqa: ANN001 - an asyncio transport
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
