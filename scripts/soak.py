"""A soak: minutes of mixed traffic against a live server, with its RSS sampled every 10 s.

Readers (lists, searches, single records, 304 revalidations), a writer (POSTs from a pool of
distinct articles, then the same ones again, which must answer 200 and store nothing new),
and Server-Sent Events listeners. Passes when no request fails and the RSS after the warm-up
grows by less than the bound. Run by scripts/soak.
"""

import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "soak"
SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
GROWTH_BOUND_MB = float(os.environ.get("SOAK_GROWTH_MB", "32"))
WARMUP = min(60, SECONDS // 5)
PARTIES = ["JP", "US", "ID", "AU", "KR", "CN", "IN", "VN", "MY", "SG"]
TOPICS = ["trade", "energy", "critical-minerals", "defense", "investment", "infrastructure"]

stop = threading.Event()
lock = threading.Lock()
counts = {"requests": 0, "errors": 0, "not_modified": 0, "created": 0, "duplicates": 0, "events": 0}
errors = []


def note(key, amount=1):
    with lock:
        counts[key] += amount


def fail(what):
    with lock:
        counts["errors"] += 1
        if len(errors) < 20:
            errors.append(what)


def article(n):
    a, b = PARTIES[n % len(PARTIES)], PARTIES[(n * 3 + 1) % len(PARTIES)]
    return (f"Report {n}: officials of {a} and {b} signed a cooperation agreement on day {n}. "
            f"{a} will invest {n % 90 + 1} million dollars in {TOPICS[n % len(TOPICS)]} projects in {b} by 2030.")


def reader(port, seed):
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    etags = {}
    while not stop.is_set():
        choice = rng.random()
        if choice < 0.3:
            path = f"/agreements?party={rng.choice(PARTIES)}&limit={rng.choice([5, 20, 50])}"
        elif choice < 0.5:
            path = f"/commitments?category={rng.choice(TOPICS)}&sort=due"
        elif choice < 0.65:
            path = f"/commitments?q={rng.choice(['invest', 'cooperation', 'million', 'projects'])}&facets=party"
        elif choice < 0.75:
            path = "/parties"
        else:
            path = rng.choice(["/agreements", "/commitments", "/topics", "/articles?limit=10"])
        headers = {"Accept-Encoding": rng.choice(["gzip", "identity"])}
        if path in etags and rng.random() < 0.6:
            headers["If-None-Match"] = etags[path]
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            response.read()
            note("requests")
            if response.status == 304:
                note("not_modified")
            elif response.status == 200:
                etags[path] = response.getheader("ETag")
            else:
                fail(f"GET {path}: {response.status}")
        except (OSError, http.client.HTTPException) as error:
            fail(f"GET {path}: {error!r}")
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)


def writer(port, pool):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    n = 0
    while not stop.is_set():
        body = article(n % pool).encode()
        try:
            connection.request("POST", "/articles", body=body, headers={
                "Authorization": "Bearer " + TOKEN, "Content-Type": "text/plain; charset=utf-8"})
            response = connection.getresponse()
            response.read()
            note("requests")
            if response.status == 201:
                note("created")
            elif response.status == 200:
                note("duplicates")
            else:
                fail(f"POST: {response.status}")
        except (OSError, http.client.HTTPException) as error:
            fail(f"POST: {error!r}")
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n += 1
        time.sleep(0.25)


def listener(port):
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
                s.sendall(b"GET /events HTTP/1.1\r\nHost: soak\r\nAccept: text/event-stream\r\n\r\n")
                s.settimeout(1)
                while not stop.is_set():
                    try:
                        data = s.recv(65536)
                    except socket.timeout:
                        continue
                    if not data:
                        if not stop.is_set():
                            fail("an event stream ended")
                        break
                    note("events", data.count(b"event: version"))
        except OSError as error:
            fail(f"events: {error!r}")
            time.sleep(1)


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    binary = os.environ["ACCORD_BINARY"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = tempfile.mkdtemp(prefix="accord-soak-")
    env = dict(os.environ, ACCORD_API_TOKEN=TOKEN, ACCORD_WRITE_BURST="100000", ACCORD_WRITES_PER_MINUTE="100000")
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--seeds",
                               os.path.join(ROOT, "seeds"), "--data", data, "--log-level", "error",
                               "--config", os.path.join(ROOT, "Config", "accord.json")], env=env)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    threads = [threading.Thread(target=reader, args=(port, i), daemon=True) for i in range(4)]
    threads.append(threading.Thread(target=writer, args=(port, 120), daemon=True))
    threads += [threading.Thread(target=listener, args=(port,), daemon=True) for _ in range(3)]
    for thread in threads:
        thread.start()
    samples = []
    started = time.time()
    print(f"soak: {SECONDS} s of mixed traffic on port {port}; RSS every 10 s")
    print(" time   RSS MB  requests  304s  created  duplicates  events  errors")
    while time.time() - started < SECONDS:
        time.sleep(10)
        elapsed = int(time.time() - started)
        rss = rss_mb(server.pid)
        samples.append((elapsed, rss))
        with lock:
            print(f"{elapsed:5d}  {rss:7.1f}  {counts['requests']:8d}  {counts['not_modified']:4d}  "
                  f"{counts['created']:7d}  {counts['duplicates']:10d}  {counts['events']:6d}  {counts['errors']:6d}",
                  flush=True)
    stop.set()
    for thread in threads:
        thread.join(timeout=15)
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=20)
    after_warmup = [rss for t, rss in samples if t >= WARMUP] or [samples[-1][1]]
    growth = after_warmup[-1] - after_warmup[0]
    peak = max(rss for _, rss in samples)
    print(f"RSS after warm-up {after_warmup[0]:.1f} MB, at the end {after_warmup[-1]:.1f} MB "
          f"(growth {growth:+.1f} MB, bound {GROWTH_BOUND_MB} MB), peak {peak:.1f} MB")
    print(f"{counts['requests']} requests, {counts['errors']} errors; server exit status {server.returncode}")
    for error in errors:
        print("  error:", error)
    ok = counts["errors"] == 0 and growth < GROWTH_BOUND_MB and server.returncode == 0 and counts["events"] > 0
    print("soak passed" if ok else "soak FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
