"""``python -m tests.support.burst URL TIMEOUT`` < requests.json: write them all at once, time each ack.

Each request (JSON: body and headers) gets its own connection, opened before the start;
then one asyncio loop writes every request and reads every response. A time runs from a
request's last byte written to its response's last byte read. Prints [[status, seconds], ...].
"""
from __future__ import annotations

import asyncio
import json
import sys
import time
import urllib.parse


def encode(url: urllib.parse.SplitResult, request: dict) -> bytes:
    body = request["body"].encode()
    head = "".join(f"{k}: {v}\r\n" for k, v in request["headers"].items())
    return (f"POST {url.path} HTTP/1.1\r\nHost: {url.netloc}\r\n{head}"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


async def one(conn, raw: bytes, start: asyncio.Event) -> tuple[int, float]:
    reader, writer = conn
    await start.wait()
    writer.write(raw)
    await writer.drain()
    sent = time.perf_counter()
    response = await reader.read()  # Connection: close: the server ends the response
    took = time.perf_counter() - sent
    writer.close()
    status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    return status, took


async def run(url: str, requests: list[dict], timeout: float) -> list[tuple[int, float]]:
    parts = urllib.parse.urlsplit(url)
    raws = [encode(parts, r) for r in requests]
    conns = [await asyncio.open_connection(parts.hostname, parts.port) for _ in raws]
    start = asyncio.Event()
    tasks = [asyncio.create_task(one(c, raw, start)) for c, raw in zip(conns, raws)]
    await asyncio.sleep(0.05)  # every task is waiting on the start line
    start.set()
    return list(await asyncio.wait_for(asyncio.gather(*tasks), timeout))


if __name__ == "__main__":
    results = asyncio.run(run(sys.argv[1], json.load(sys.stdin), float(sys.argv[2])))
    print(json.dumps(results))
