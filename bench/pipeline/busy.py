#!/usr/bin/env python3
"""Runs a command and says how many cores it kept busy, and how many it would have kept busy alone.

   busy.py COMMAND...   -> one JSON line on stderr: wall, user, sys, peak_mb, cores_used, cores_wanted

cores_used is CPU / wall, which falls when other work shares the machine. cores_wanted counts, every
0.1 s, the time the process's threads ran plus the time they were ready to run but waited for a core
(/proc/PID/task/*/schedstat), at most the machine's cores at each step: what the run would have used
on a machine of its own. A pipeline that leaves a core idle shows it there, whatever the neighbours do.
"""
import json, os, subprocess, sys, time

cores = os.cpu_count()
started = time.time()
child = subprocess.Popen(sys.argv[1:])
seen = {}  # tid -> (run ns, wait ns), cumulative
wanted = 0.0
last, last_total = started, (0, 0)

def totals():
    run = wait = 0
    try:
        tids = os.listdir(f"/proc/{child.pid}/task")
    except FileNotFoundError:
        tids = []
    for tid in tids:
        try:
            r, w, _ = open(f"/proc/{child.pid}/task/{tid}/schedstat").read().split()
            seen[tid] = (int(r), int(w))
        except (FileNotFoundError, ValueError, ProcessLookupError):
            pass
    for r, w in seen.values():
        run += r; wait += w
    return run, wait

while True:
    try:
        _, status, usage = os.wait4(child.pid, os.WNOHANG)
    except ChildProcessError:
        break
    if _ != 0:
        break
    time.sleep(0.1)
    now = time.time()
    total = totals()
    step = now - last
    busy = ((total[0] - last_total[0]) + (total[1] - last_total[1])) / 1e9
    wanted += min(busy, cores * step)
    last, last_total = now, total

wall = time.time() - started
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"wall": round(wall, 2), "user": round(usage.ru_utime, 2), "sys": round(usage.ru_stime, 2),
                  "peak_mb": usage.ru_maxrss // 1024, "cores_used": round(cpu / wall, 2),
                  "cores_wanted": round(wanted / wall, 2), "exit": os.waitstatus_to_exitcode(status)}), file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
