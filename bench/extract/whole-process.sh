#!/usr/bin/env bash
# Extraction against Mozilla Readability as whole processes, the way issue 16's bar puts it: the
# command a user runs (`kabar extract DIR/html --json`, start-up, reading, unpacking and printing
# included) against node running Readability with jsdom over the same pages (bench/extract/node,
# start-up and reading included), once as one process and once as one process per core on a
# shard of the pages. Prints wall and CPU seconds (user + system) and Kabar's ratio to each.
# bench/extract/run.sh times extraction alone, in-process; this one times what a user waits for.
#
# Usage: bench/extract/whole-process.sh [WCXB_DIR]   (default: ../shared/data/wcxb-dev next to the repo)
# Needs the repository's ./kabar (it builds itself), node/npm and GNU time. Not part of `dotnet test`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
"$root/kabar" --help > /dev/null  # builds ./kabar now, so the build is not timed
t="$(mktemp -d)"; trap 'rm -rf "$t"' EXIT
# GNU time's "wall user system" of one command, its output thrown away
timed() { /usr/bin/time -f "%e %U %S" -o "$t/time" "$@" > /dev/null 2> "$t/err" || { cat "$t/err" >&2; exit 1; }; cat "$t/time"; }

pages="$(ls "$data/html" | grep -cE '\.html(\.gz)?$')"
echo "timing $pages pages as whole processes..." >&2
read -r kw ku ks <<< "$(timed "$root/kabar" extract "$data/html" --json)"
read -r rw ru rs <<< "$(timed node "$here/node/readability.js" "$data")"
# One node process per core, each on its shard, run together: the wall time is the slowest shard's.
start="$(date +%s.%N)"
for ((s = 0; s < cores; s++)); do /usr/bin/time -f "%U %S" -o "$t/shard-$s" node "$here/node/readability.js" "$data" "$s" "$cores" > /dev/null & done
wait
nw="$(echo "$(date +%s.%N) - $start" | bc -l)"
nc="$(cat "$t"/shard-* | awk '{c += $1 + $2} END {print c}')"

kc="$(echo "$ku + $ks" | bc -l)"; rc="$(echo "$ru + $rs" | bc -l)"
printf '%-40s %10s %12s\n' "$pages pages, whole processes" "wall s" "CPU s"
printf '%-40s %10.1f %12.1f\n' "kabar extract --json" "$kw" "$kc"
printf '%-40s %10.1f %12.1f\n' "Readability (jsdom), one process" "$rw" "$rc"
printf '%-40s %10.1f %12.1f\n' "Readability (jsdom), $cores processes" "$nw" "$nc"
printf '%-40s %9.1fx %11.1fx\n' "Kabar / Readability, one process" "$(echo "$rw / $kw" | bc -l)" "$(echo "$rc / $kc" | bc -l)"
printf '%-40s %9.1fx %11.1fx\n' "Kabar / Readability, $cores processes" "$(echo "$nw / $kw" | bc -l)" "$(echo "$nc / $kc" | bc -l)"
