#!/usr/bin/env python3
"""Checks that a server answers the benchmark's requests with the bytes Accord gave.

    verify.py CAPTURE_DIR BASE_URL ETAG COMMITMENTS_TARGET

Compares status, body bytes, Content-Type, Content-Encoding and ETag with the capture;
exits 1 on a difference.
"""
import http.client
import os
import sys
from urllib.parse import urlsplit

capture, base, etag, commitments = sys.argv[1:5]
host = urlsplit(base)
checks = [
    ("/agreements", {}, "agreements"),
    ("/agreements", {"Accept-Encoding": "gzip"}, "agreements-gzip"),
    ("/agreements", {"If-None-Match": etag}, "agreements-304"),
    (commitments, {}, "commitments"),
    (commitments, {"Accept-Encoding": "gzip"}, "commitments-gzip"),
]
failed = False
for target, request_headers, name in checks:
    lines = open(os.path.join(capture, name + ".headers")).read().splitlines()
    status = int(lines[0].split()[1])
    expected = {h.split(":", 1)[0].strip().lower(): h.split(":", 1)[1].strip() for h in lines[1:] if ":" in h}
    body = open(os.path.join(capture, name + ".body"), "rb").read()
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    connection.request("GET", target, headers=request_headers)
    response = connection.getresponse()
    got = response.read()
    problems = []
    if response.status != status:
        problems.append(f"status {response.status}, Accord {status}")
    if got != body:
        problems.append(f"body differs ({len(got)} bytes, Accord {len(body)})")
    for header in ("content-type", "content-encoding", "etag"):
        if response.getheader(header) != expected.get(header):
            problems.append(f"{header} {response.getheader(header)!r}, Accord {expected.get(header)!r}")
    print(f"{name}: {'same' if not problems else '; '.join(problems)}")
    failed |= bool(problems)
    connection.close()
sys.exit(1 if failed else 0)
