#!/usr/bin/env python3
"""Turns the raw wrk outputs of `scripts/bench http` into BENCHMARKS.md (printed to stdout).

    report.py WORK_DIR
"""
import os
import re
import statistics
import sys
import time

work = sys.argv[1]
machine = dict(line.rstrip("\n").split("\t", 1) for line in open(os.path.join(work, "machine.tsv")) if "\t" in line)
rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(work, "results.tsv"))][1:]
SERVERS = ["accord", "accord-percpu", "hummingbird", "nginx", "bare"]
NAMES = {"accord": "Accord", "accord-percpu": "Accord, a loop per CPU", "hummingbird": "Hummingbird 2", "nginx": "nginx",
         "bare": "bare epoll"}
SCENARIOS = {
    "agreements": "(a) GET /agreements",
    "agreements-gzip": "(b) GET /agreements, gzip",
    "agreements-304": "(c) 304 revalidation",
    "commitments": f"(d) GET {machine['commitments']}",
    "idle": f"(e) {machine['idle_connections']} idle + trickle",
}
CLK_TCK = os.sysconf("SC_CLK_TCK")


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse(raw):
    text = open(raw).read() if os.path.exists(raw) else ""
    result = {"rps": None, "p50": None, "p99": None, "errors": None, "requests": None}
    if m := re.search(r"Requests/sec:\s*([\d.]+)", text):
        result["rps"] = float(m.group(1))
    if m := re.search(r"(\d+) requests in", text):
        result["requests"] = int(m.group(1))
    for percent, key in (("50", "p50"), ("99", "p99")):
        if m := re.search(rf"^\s*{percent}%\s+([\d.]+\w+)", text, re.M):
            result[key] = milliseconds(m.group(1))
    errors = 0
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        errors += sum(int(g) for g in m.groups())
    if m := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        errors += int(m.group(1))
    result["errors"] = errors if text else None
    return result


# Each (mode, scenario, connections, server) ran once per round; a round measured the servers
# one right after another.
runs = {}
for mode, server, scenario, connections, round_, raw, hwm, rss, ticks, note in rows:
    r = parse(raw)
    r["hwm_mb"] = int(hwm) / 1024 if hwm else None
    r["rss_mb"] = int(rss) / 1024 if rss else None
    r["cpu_us"] = (int(ticks) / CLK_TCK * 1e6 / r["requests"]) if r["requests"] and ticks else None
    r["note"] = note
    runs.setdefault((mode, scenario, int(connections), server), {})[int(round_)] = r


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def summary(by_round):
    """The median of the rounds for rates, latencies and CPU; errors summed; the highest peak RSS."""
    rs = list(by_round.values())
    rates = [r["rps"] for r in rs if r["rps"] is not None]
    return {
        "rps": median(rates), "p50": median(r["p50"] for r in rs), "p99": median(r["p99"] for r in rs),
        "cpu_us": median(r["cpu_us"] for r in rs),
        "errors": None if any(r["errors"] is None for r in rs) else sum(r["errors"] for r in rs),
        "hwm_mb": max((r["hwm_mb"] for r in rs if r["hwm_mb"] is not None), default=None),
        "note": rs[-1]["note"], "low": min(rates, default=None), "high": max(rates, default=None),
        "rounds": by_round,
    }


results = {key: summary(by_round) for key, by_round in runs.items()}


def ratio(accord, peer):
    """Accord's rate over the peer's in each round both ran (measured a minute apart at most),
    and the median of those: the machine's drift between rounds cancels out."""
    pairs = [accord["rounds"][n]["rps"] / peer["rounds"][n]["rps"] for n in accord["rounds"]
             if n in peer["rounds"] and accord["rounds"][n]["rps"] and peer["rounds"][n]["rps"]]
    return median(pairs)

fmt = lambda v, f="{:,.0f}": "—" if v is None else f.format(v)
ms = lambda v: "—" if v is None else (f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms")
out = []
say = out.append
say("# HTTP benchmarks")
say("")
say(f"Measured by `scripts/bench http` on {time.strftime('%Y-%m-%d %H:%M %Z')}; a full run took "
    f"{int(machine.get('elapsed', 0)) // 60} min {int(machine.get('elapsed', 0)) % 60} s. Regenerate with "
    "`scripts/bench http` (this file is overwritten).")
say("")
say("## Machine")
say("")
say("| | |")
say("| --- | --- |")
for key, label in (("nproc", "CPUs (nproc)"), ("cpu", "CPU"), ("kernel", "kernel"), ("swift", "Swift"),
                   ("nginx", "nginx"), ("wrk", "wrk"), ("load", "load average at start (1, 5, 15 min)")):
    say(f"| {label} | {machine.get(key, '?')} |")
say(f"| Accord built from | {machine.get('commit', '?')}"
    + (f", with uncommitted changes to {machine['uncommitted']}" if machine.get("uncommitted") else "") + " |")
say("")
say("The machine is a 2-CPU VM shared with other work (the load average above was taken as the run "
    "started), and its CPU speed swings within seconds: a fixed loop pinned to one CPU took 0.83–1.44 s in "
    "runs a few seconds apart. So absolute numbers move from run to run by up to half, and the ratios, "
    "each the median over the rounds of servers measured one right after another, are the numbers to read. No hardware performance counters are exposed (perf reports "
    "instructions as not supported), so CPU cost is given as CPU time per request from /proc/PID/stat.")
say("")
say("## What runs")
say("")
say(f"- **Accord**: `.build-bench/release/accord serve` (release) on the seeds, no data folder, log level error, "
    "with a copy of `Config/` whose `accord.json` has `http.maxConnections` 6000 (default 1024) so the "
    "idle scenario fits; everything else as shipped: by default one event loop per CPU it may use, less one, "
    "and at least one (so one here, pinned or not; nginx runs one worker). In the unpinned runs also "
    "**Accord, a loop per CPU**: the same with `http.eventLoops` set to the number of CPUs (two).")
say("- **Hummingbird 2** (`Benchmarks/Peers`, HummingbirdPeer, release, 2.28.1): an `Application` with a "
    "`Router` route per captured path, answering from responses captured from Accord at start: same body bytes, "
    "Content-Type, ETag and other headers, 304 on a matching If-None-Match, the gzip bytes on "
    "Accept-Encoding: gzip.")
say("- **nginx** (nginx-light): 1 worker, `master_process off`, access log off, `worker_connections` 10000, "
    "the captured bodies as static files (`sendfile`, `gzip_static` for the captured gzip bytes), its own etag "
    "off and If-None-Match compared with Accord's ETag in the config (`if ($http_if_none_match = …) { return 304; }`), "
    "Accord's other headers added with `add_header`. With one worker nginx uses at most one CPU, also in the "
    "unpinned runs.")
say("- **bare epoll** (`Benchmarks/Peers`, BarePeer): the floor: one epoll loop per CPU the process may run on, "
    "non-blocking sockets, keep-alive, finds `\\r\\n\\r\\n`, takes the request-line target and looks for "
    "If-None-Match/Accept-Encoding, and writes pre-encoded response bytes.")
say("")
say("Before measuring, each server is checked to answer every scenario with Accord's status, body bytes, "
    "Content-Type, Content-Encoding and ETag (`Benchmarks/Peers/tools/verify.py`). Sizes: /agreements "
    f"{int(machine['agreements_bytes']):,} bytes ({int(machine['agreements_gzip_bytes']):,} gzip), "
    f"{machine['commitments']} {int(machine['commitments_bytes']):,} bytes. ETag {machine['etag']}"
    + (f" (gzip variant {machine['gzip_etag']})" if machine.get("gzip_etag") and machine["gzip_etag"] != machine["etag"] else "")
    + ".")
if machine.get("commitments_note"):
    say("")
    say(f"Note: {machine['commitments_note']}.")
say("")
say("## Commands")
say("")
seconds, warmup = machine["seconds"], machine["warmup"]
idle_seconds = machine.get("idle_seconds", seconds)
say("Each scenario runs twice: **unpinned** (server and client free on both CPUs, `wrk -t2`) and **pinned** "
    "(server under `taskset -c 0`, client under `taskset -c 1`, `wrk -t1`). Every measured run follows a "
    f"{warmup} s warm-up with the same parameters; peak RSS is VmHWM from /proc/PID/status, reset "
    "(`echo 5 > /proc/PID/clear_refs`) before each measured run. In each mode all the servers run at once, "
    "idle but for the one being measured, and each scenario measures them one after another, in "
    f"{machine.get('rounds', 1)} rounds, each round starting with the next server (Accord, Accord with a loop "
    "per CPU, Hummingbird, nginx, bare), so a peer's number is taken within a minute of Accord's. The tables give "
    "the median of the rounds (req/s, p50, p99, CPU/req), the range of req/s over the rounds, errors summed and "
    "the highest peak RSS; the idle scenario runs once.")
say("")
say("```sh")
say("ulimit -n 20000")
say("swift build -c release --product accord --scratch-path .build-bench")
say("(cd Benchmarks/Peers && swift build -c release)")
say(".build-bench/release/accord serve --host 127.0.0.1 --port 18080 --seeds seeds --data \"\" \\")
say("    --config .build-bench/http-bench/config/accord.json --log-level error   # [taskset -c 0]")
say("# the same on 18084 with .build-bench/http-bench/config-percpu/accord.json (unpinned only)")
say("Benchmarks/Peers/.build/release/HummingbirdPeer 18081 .build-bench/http-bench/capture")
say("nginx -p .build-bench/http-bench/nginx -c .build-bench/http-bench/nginx/nginx.conf")
say("Benchmarks/Peers/.build/release/BarePeer 18083 .build-bench/http-bench/capture")
say("# (a)–(d), C = 64 and 1024; T = 2 unpinned, 1 pinned (under taskset -c 1); WRK_HEADERS as the scenario needs:")
say(f"WRK_HEADERS='' wrk -tT -cC -d{seconds}s --latency -s Benchmarks/Peers/tools/headers.lua http://127.0.0.1:PORT/agreements")
say(f"WRK_HEADERS='Accept-Encoding: gzip' wrk … http://127.0.0.1:PORT/agreements")
say(f"WRK_HEADERS='If-None-Match: {machine['etag']}' wrk … http://127.0.0.1:PORT/agreements")
say(f"WRK_HEADERS='' wrk … 'http://127.0.0.1:PORT{machine['commitments']}'")
say("# (e) hold the connections (one request each, then one every 10 ms on a random one), and meanwhile:")
say(f"python3 Benchmarks/Peers/tools/idle_clients.py PORT /agreements {machine['idle_connections']} {int(idle_seconds) + 4} READY_FILE &")
say(f"WRK_DELAY_MS=10 wrk -t1 -c8 -d{idle_seconds}s --latency -s Benchmarks/Peers/tools/headers.lua http://127.0.0.1:PORT/agreements")
say("```")
say("")
say("Errors are wrk's socket errors (connect, read, write, timeout) plus non-2xx/3xx responses. "
    "CPU/req is the server's user+system CPU time during the measured run over wrk's request count.")

scenario_keys = [(s, c) for s in ("agreements", "agreements-gzip", "agreements-304", "commitments") for c in (64, 1024)]
scenario_keys.append(("idle", int(machine["idle_connections"])))
modes = [m for m in ("unpinned", "pinned") if any(k[0] == m for k in results)]

for mode in modes:
    say("")
    say(f"## Results, {mode}")
    say("")
    say("| scenario | conns | server | req/s | req/s, lowest–highest run | p50 | p99 | errors | peak RSS | CPU/req |")
    say("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for scenario, connections in scenario_keys:
        for server in SERVERS:
            r = results.get((mode, scenario, connections, server))
            if not r:
                continue
            spread = "—" if len(r["rounds"]) < 2 or r["low"] is None else f"{r['low']:,.0f}–{r['high']:,.0f}"
            say(f"| {SCENARIOS[scenario]} | {connections:,} | {NAMES[server]} | {fmt(r['rps'])} | {spread} | {ms(r['p50'])} | "
                f"{ms(r['p99'])} | {fmt(r['errors'])} | {fmt(r['hwm_mb'], '{:.1f} MB')} | "
                f"{fmt(r['cpu_us'], '{:.1f} µs')} |")
    idle_notes = [(server, results[(mode, 'idle', int(machine['idle_connections']), server)]['note'])
                  for server in SERVERS if (mode, 'idle', int(machine['idle_connections']), server) in results]
    if idle_notes:
        say("")
        say("Idle scenario clients: " + "; ".join(f"{NAMES[s]}: {n}" for s, n in idle_notes) + ".")

say("")
say("## Ratios and goals")
say("")
say("Accord's requests/s over each peer's (higher is better for Accord), the median of the rounds' ratios "
    "(each round's servers were measured back to back). Goals: ≥ 1.3× Hummingbird and ≥ 0.9× "
    "nginx on every scenario; ≥ 0.8× the bare server on cached 200s and 304s (scenarios a–c); p99 < 5 ms at 64 "
    "connections; 5,000 connections held in < 150 MB. In (e) the request rate is set by the client "
    "(10 ms pauses), so its throughput ratios say nothing and carry no goal; its row holds the memory goal.")
say("")
say("| mode | scenario | conns | Accord/Hummingbird | Accord/nginx | Accord/bare | Accord p99 | Accord peak RSS |")
say("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
# The goals are counted for Accord as shipped; the loop-per-CPU variant gets its own count.
tallies = {"accord": ([], []), "accord-percpu": ([], [])}


def judge(tally, label, value, ok):
    tally[0 if ok else 1].append(label)
    return f"{value} {'✅' if ok else '❌'}"


for mode in modes:
    for variant in ("accord", "accord-percpu"):
        tally = tallies[variant]
        for scenario, connections in scenario_keys:
            accord = results.get((mode, scenario, connections, variant))
            if not accord:
                continue
            cells = []
            shown_mode = mode if variant == "accord" else f"{mode}, a loop per CPU"
            label = f"{shown_mode} {SCENARIOS[scenario]} c={connections}"
            for server, goal in (("hummingbird", 1.3), ("nginx", 0.9), ("bare", 0.8)):
                peer = results.get((mode, scenario, connections, server))
                value = ratio(accord, peer) if peer else None
                if value is None:
                    cells.append("—")
                    continue
                text = f"{value:.2f}×"
                if scenario == "idle" or (server == "bare" and scenario == "commitments"):
                    cells.append(text + " (no goal)")
                else:
                    cells.append(judge(tally, f"{label}: Accord/{NAMES[server]} {text} (goal ≥ {goal}×)", text,
                                       value >= goal))
            p99 = ms(accord["p99"])
            if connections == 64 and accord["p99"] is not None:
                p99 = judge(tally, f"{label}: p99 {p99} (goal < 5 ms)", p99, accord["p99"] < 5)
            rss = fmt(accord["hwm_mb"], "{:.1f} MB")
            if scenario == "idle" and accord["hwm_mb"] is not None:
                held = re.search(r"held (\d+)", accord["note"] or "")
                ok = accord["hwm_mb"] < 150 and held and int(held.group(1)) >= int(machine["idle_connections"])
                rss = judge(tally, f"{label}: peak RSS {rss} holding {held.group(1) if held else '?'} (goal < 150 MB)",
                            rss, ok)
            say(f"| {shown_mode} | {SCENARIOS[scenario]} | {connections:,} | {' | '.join(cells)} | {p99} | {rss} |")

met, missed = tallies["accord"]
say("")
say(f"**{len(met)} goals met, {len(missed)} missed** (Accord as shipped, both modes).")
if missed:
    say("")
    say("Missed:")
    say("")
    for item in missed:
        say(f"- {item}")
met1, missed1 = tallies["accord-percpu"]
if met1 or missed1:
    say("")
    say(f"With a loop per CPU (unpinned only): {len(met1)} met, {len(missed1)} missed"
        + (": " + "; ".join(missed1) if missed1 else "") + ".")
notes = os.path.join(work, "notes.md")
if os.path.exists(notes):
    say("")
    say(open(notes).read().rstrip())
print("\n".join(out))
