#!/usr/bin/env python3
"""Runs one `kabar ingest` and prints the CPU it spent on each tenth of its articles.

  bench/window/curve.py KABAR_DLL PAGES DB ARTICLES

Every 2 s it reads the process's CPU time (user + system, /proc) and the stored article count
(the largest article id, read from the SQLite file while the ingest writes it), and interpolates
the CPU at each tenth of ARTICLES (from the last sample before the first commit). Prints one JSON line: wall and CPU seconds, peak RSS, the CPU ms
per article of each tenth, last / first, and the ingest's own --json report (story engine sizes).
"""
import json, os, sqlite3, subprocess, sys, time

dll, pages, db, total = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
tick = os.sysconf("SC_CLK_TCK")
start = time.time()
proc = subprocess.Popen(["/usr/bin/time", "-f", "%e %U %S %M", "-o", db + ".time", "dotnet", dll, "ingest", pages, "--db", db, "--json"],
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env={**os.environ, "CI": "true"})

def child_pid():
    for _ in range(50):
        try:
            kids = open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()
            if kids: return int(kids[0])
        except OSError: pass
        time.sleep(0.1)
    return None

pid = child_pid()
samples = []  # (articles, cpu seconds)
while proc.poll() is None:
    time.sleep(2)
    try:
        f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        cpu = (int(f[11]) + int(f[12])) / tick
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        n = con.execute("SELECT MAX(id) FROM articles").fetchone()[0] or 0
        con.close()
        samples.append((n, cpu))
    except Exception:
        pass
out = proc.stdout.read().decode()
wall, user, system, kb = open(db + ".time").read().split()
samples.append((total, float(user) + float(system)))

# The first tenth starts at the first commit: start-up and template counting (before it) are not an article's cost.
before_first = max([c for a, c in samples if a == 0], default=0.0)

def cpu_at(n):
    prev = (0, before_first)
    for a, c in samples:
        if a >= n:
            return prev[1] + (c - prev[1]) * ((n - prev[0]) / max(1, a - prev[0]))
        prev = (a, c)
    return samples[-1][1]

tenths = [round((cpu_at(total * (i + 1) // 10) - cpu_at(total * i // 10)) * 1000 / (total / 10), 2) for i in range(10)]
print(json.dumps({"wall_s": float(wall), "cpu_s": round(float(user) + float(system), 1), "peak_mb": int(kb) // 1024,
                  "cpu_s_before_first_commit": round(before_first, 1), "cpu_ms_per_article_by_tenth": tenths, "last_over_first": round(tenths[-1] / tenths[0], 2),
                  "ingest": json.loads(out.splitlines()[-1]) .get("story_engine") if out.strip() else None}))
