#!/usr/bin/env python3
"""Holds N keep-alive connections to a server, mostly idle, with a trickle of requests.

    idle_clients.py PORT PATH N SECONDS READY_FILE

Opens N connections (a few hundred at a time), sends one GET on each so every server has
set up a full connection, then for SECONDS sends a request every 10 ms on a random held
connection. Writes "held N" to READY_FILE once all are open (the harness then measures
latency with wrk and reads the server's memory), and prints a summary at the end.
"""
import asyncio
import random
import sys
import time

port, path, count, seconds, ready_file = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
REQUEST = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()


async def exchange(reader, writer):
    """One request, its response read whole (Content-Length framed; 304s have no body)."""
    writer.write(REQUEST)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    status = int(head.split(b" ", 2)[1])
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    if length and status not in (204, 304):
        await reader.readexactly(length)
    return status


async def open_one():
    for attempt in range(5):
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            await exchange(reader, writer)
            return reader, writer
        except (OSError, asyncio.IncompleteReadError):
            await asyncio.sleep(0.05 * (attempt + 1))
    return None


async def main():
    held = []
    started = time.monotonic()
    for batch in range(0, count, 250):
        results = await asyncio.gather(*(open_one() for _ in range(min(250, count - batch))))
        held += [r for r in results if r]
    opened = time.monotonic() - started
    with open(ready_file, "w") as f:
        f.write(f"held {len(held)}\n")
    sent = failed = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end and held:
        index = random.randrange(len(held))
        try:
            await asyncio.wait_for(exchange(*held[index]), 5)
            sent += 1
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError):
            failed += 1
            held.pop(index)
        await asyncio.sleep(0.01)
    # How many are still open at the end: a server that dropped idle ones shows here.
    alive = sum(1 for reader, writer in held if not reader.at_eof())
    print(f"opened {count} in {opened:.1f}s; trickle sent {sent}, failed {failed}; still open {alive}")
    for _, writer in held:
        writer.close()


asyncio.run(main())
