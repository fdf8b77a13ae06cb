"""How Accord grows with its store: start-up to ready, memory, ingest rate through
POST /articles, and query latency, at several sizes of a synthetic corpus of articles.

Each article reports one agreement between two countries, with two or three commitments,
in English or Indonesian, so the real extractor does the real work at start-up.
Run by `scripts/bench scale [SIZES…]` (default 1000 10000 100000 articles).
"""

import http.client
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOKEN = "scale"
# Enough writes that the store folds its delta of recent writes into the base at least once.
WRITES = 400
COUNTRIES = [("Japan", "Jepang", "JP"), ("Indonesia", "Indonesia", "ID"), ("Australia", "Australia", "AU"),
             ("South Korea", "Korea Selatan", "KR"), ("India", "India", "IN"), ("Vietnam", "Vietnam", "VN"),
             ("Malaysia", "Malaysia", "MY"), ("Singapore", "Singapura", "SG"), ("Canada", "Kanada", "CA"),
             ("Brazil", "Brasil", "BR"), ("Germany", "Jerman", "DE"), ("France", "Prancis", "FR")]
SECTORS = [("nickel processing", "pengolahan nikel"), ("offshore wind", "angin lepas pantai"),
           ("rice exports", "ekspor beras"), ("semiconductors", "semikonduktor"),
           ("port infrastructure", "infrastruktur pelabuhan"), ("green hydrogen", "hidrogen hijau")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
         "Oktober", "November", "Desember"]


def article(n, rng):
    a, b = rng.sample(COUNTRIES, 2)
    sector, sektor = rng.choice(SECTORS)
    day, month, year = rng.randint(1, 28), rng.randint(0, 11), rng.choice([2024, 2025])
    amount, due = rng.randint(1, 900), rng.randint(2026, 2035)
    if n % 2:
        return (f"{a[0]} and {b[0]} sign {sector} agreement (report {n})\n\n"
                f"{a[0]} and {b[0]} signed an agreement on {sector} on {MONTHS[month]} {day}, {year}, "
                f"officials said. {a[0]} will invest ${amount} million in {sector} projects in {b[0]} by {due}. "
                f"{b[0]} will provide land and permits for the projects within two years. "
                f"Both countries will set up a joint working group on {sector}.\n")
    return (f"{a[1]} dan {b[1]} teken kerja sama {sektor} (laporan {n})\n\n"
            f"{a[1]} dan {b[1]} menandatangani perjanjian kerja sama {sektor} pada {day} {BULAN[month]} {year}. "
            f"{a[1]} akan berinvestasi sebesar {amount} juta dolar AS untuk proyek {sektor} di {b[1]} "
            f"paling lambat {due}. {b[1]} akan menyediakan lahan dan izin untuk proyek tersebut.\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        values = dict(line.split(":", 1) for line in status if ":" in line)
    return int(values["VmRSS"].split()[0]) / 1024, int(values["VmHWM"].split()[0]) / 1024


def get(connection, path):
    started = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    assert response.status == 200, (path, response.status)
    return (time.perf_counter() - started) * 1000


def measure(size, binary):
    rng = random.Random(size)
    work = tempfile.mkdtemp(prefix=f"accord-scale-{size}-")
    seeds = os.path.join(work, "seeds")
    os.makedirs(seeds)
    for n in range(size):
        with open(os.path.join(seeds, f"a{n:06d}.txt"), "w") as f:
            f.write(article(n, rng))
    port = free_port()
    env = dict(os.environ, ACCORD_API_TOKEN=TOKEN, ACCORD_WRITE_BURST="100000")
    started = time.perf_counter()
    server = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--seeds", seeds,
                               "--data", os.path.join(work, "data"), "--log-level", "error",
                               "--config", os.path.join(ROOT, "Config", "accord.json")], env=env)
    try:
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
                connection.request("GET", "/readyz")
                response = connection.getresponse()
                body = response.read()
                if response.status == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        ready = time.perf_counter() - started
        counts = body.decode()
        rss, peak = rss_mb(server.pid)
        # Query latency: distinct queries (each uncached once), then the same again (cached).
        parties = [c[2] for c in COUNTRIES]
        paths = [f"/agreements?party={p}&offset={i}" for i, p in enumerate(parties * 2)]
        paths += [f"/commitments?q={w}&limit=20" for w in ["nickel", "invest", "lahan", "permits", "hidrogen"]]
        first = [get(connection, p) for p in paths]
        again = [get(connection, p) for p in paths]
        # Ingest: new articles one after another, each answered only once it is durable and visible.
        writes = []
        for n in range(size, size + WRITES):
            text = article(n, rng).encode()
            begun = time.perf_counter()
            connection.request("POST", "/articles", body=text, headers={
                "Authorization": "Bearer " + TOKEN, "Content-Type": "text/plain; charset=utf-8"})
            response = connection.getresponse()
            answer = response.read()
            assert response.status == 201, (response.status, text[:80])
            writes.append(time.perf_counter() - begun)
        after_writes, peak = rss_mb(server.pid)
        return {
            "size": size, "ready": ready, "rss": rss, "peak": peak, "after_writes": after_writes, "counts": counts,
            "uncached": statistics.median(first), "cached": statistics.median(again),
            "write": statistics.median(writes), "write_p99": statistics.quantiles(writes, n=100)[98],
            "rate": len(writes) / sum(writes),
        }
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        shutil.rmtree(work, ignore_errors=True)


def main():
    binary = os.environ["ACCORD_BINARY"]
    sizes = [int(s) for s in sys.argv[1:]] or [1000, 10000, 100000]
    rows = []
    for size in sizes:
        print(f"… {size} articles", file=sys.stderr, flush=True)
        rows.append(measure(size, binary))
    lines = [
        "## Growth with the store",
        "",
        f"Measured by `scripts/bench scale {' '.join(map(str, sizes))}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        f" (load average at start {os.getloadavg()[0]:.1f}): a synthetic corpus of N articles in English and",
        "Indonesian, one agreement and two or three commitments each, loaded as seeds by the real extractor;",
        "then distinct list and search queries (the first time each, then repeated from the representation",
        f"cache), and {WRITES} new articles POSTed one after another (each answered once durable and visible).",
        "",
        "| articles | ready after | RSS when ready | RSS after the writes (peak) | query, first (median) | query, repeated | one POST /articles (median, p99) | ingest rate |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['ready']:.1f} s | {r['rss']:.0f} MB | {r['after_writes']:.0f} MB ({r['peak']:.0f}) | {r['uncached']:.2f} ms "
            f"| {r['cached']:.2f} ms | {r['write'] * 1000:.0f} ms, {r['write_p99'] * 1000:.0f} ms | {r['rate']:.2f}/s |")
    lines += ["", "Store sizes reached: " + "; ".join(f"{r['size']:,} → {r['counts']}" for r in rows)]
    print("\n".join(lines))
    update_section(os.path.join(ROOT, "BENCHMARKS.md"), "\n".join(lines))


def update_section(path, text):
    """Replaces this benchmark's section of BENCHMARKS.md (between markers), or appends it."""
    start, end = "<!-- scale:start -->", "<!-- scale:end -->"
    current = open(path).read() if os.path.exists(path) else "# Benchmarks\n"
    block = f"{start}\n{text}\n{end}"
    if start in current and end in current:
        current = current[:current.index(start)] + block + current[current.index(end) + len(end):]
    else:
        current = current.rstrip("\n") + "\n\n" + block + "\n"
    with open(path, "w") as f:
        f.write(current)


if __name__ == "__main__":
    main()
