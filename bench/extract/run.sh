#!/usr/bin/env bash
# Extraction speed, side by side in one run on the same pages: Kabar's HTML extractor, Mozilla
# Readability (@mozilla/readability with jsdom, under node) and SmartReader (a .NET Readability
# port), each on one core and on all cores, in pages per second, with Kabar's ratio to each.
# Each tool reads and unpacks the pages first and warms up on ten of them; only extraction
# (decoding and parsing included) is timed, and nothing is printed per page.
#
# Usage: bench/extract/run.sh [WCXB_DIR]   (default: ../shared/data/wcxb-dev next to the repo)
# Not part of `dotnet test` or Kabar.slnx. Needs dotnet, node/npm and taskset.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
out="$root/bench/out/extract"
mkdir -p "$out"

echo "building KabarBench (Release)..." >&2
dotnet build "$here/KabarBench/KabarBench.csproj" -c Release -o "$out/KabarBench" --nologo -v quiet -clp:ErrorsOnly -clp:NoSummary >&2
bench="$out/KabarBench/KabarBench.dll"

# "pages=N seconds=S" -> pages per second
pps() { awk '{for(i=1;i<=NF;i++){split($i,kv,"="); v[kv[1]]=kv[2]}} END{printf "%.1f", v["pages"]/v["seconds"]}' <<<"$1"; }
# pages per CPU second (user + system): what the extractor costs, whatever else the machine runs
ppc() { awk '{for(i=1;i<=NF;i++){split($i,kv,"="); v[kv[1]]=kv[2]}} END{printf "%.1f", v["pages"]/v["cpu"]}' <<<"$1"; }

echo "timing on $(ls "$data/html" | wc -l) pages, 1 core and $cores cores..." >&2
# Each raw line also goes to stderr as it comes, so a long run shows its progress.
kabar1="$(DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet "$bench" kabar "$data" 1 | tee -a /dev/stderr)"
kabarN="$(dotnet "$bench" kabar "$data" "$cores" | tee -a /dev/stderr)"
smart1="$(DOTNET_PROCESSOR_COUNT=1 taskset -c 0 dotnet "$bench" smartreader "$data" 1 | tee -a /dev/stderr)"
smartN="$(dotnet "$bench" smartreader "$data" "$cores" | tee -a /dev/stderr)"
read1="$(taskset -c 0 node "$here/node/readability.js" "$data" | tee -a /dev/stderr)"
# All cores for node: one process per core on a shard of the pages, run together; throughput is
# all pages over the slowest shard's time.
shards=()
for ((s = 0; s < cores; s++)); do node "$here/node/readability.js" "$data" "$s" "$cores" > "$out/readability-$s.txt" & shards+=($!); done
for pid in "${shards[@]}"; do wait "$pid"; done
cat "$out"/readability-*.txt >&2
readN="$(cat "$out"/readability-*.txt | awk '{for(i=1;i<=NF;i++){split($i,kv,"="); v[kv[1]]=kv[2]} p+=v["pages"]; if (v["seconds"]>s) s=v["seconds"]} END{printf "readability pages=%d seconds=%.3f", p, s}')"
rm -f "$out"/readability-*.txt

k1="$(pps "$kabar1")"; kN="$(pps "$kabarN")"; s1="$(pps "$smart1")"; sN="$(pps "$smartN")"; r1="$(pps "$read1")"; rN="$(pps "$readN")"
printf '%-28s %12s %12s\n' "pages per second" "1 core" "$cores cores"
printf '%-28s %12s %12s\n' "Kabar" "$k1" "$kN"
printf '%-28s %12s %12s\n' "Mozilla Readability (jsdom)" "$r1" "$rN"
printf '%-28s %12s %12s\n' "SmartReader" "$s1" "$sN"
printf '%-28s %11.1fx %11.1fx\n' "Kabar / Readability" "$(echo "$k1 / $r1" | bc -l)" "$(echo "$kN / $rN" | bc -l)"
printf '%-28s %11.1fx %11.1fx\n' "Kabar / SmartReader" "$(echo "$k1 / $s1" | bc -l)" "$(echo "$kN / $sN" | bc -l)"
echo
printf '%-28s %12s\n' "pages per CPU second" "1 core"
printf '%-28s %12s\n' "Kabar" "$(ppc "$kabar1")"
printf '%-28s %12s\n' "Mozilla Readability (jsdom)" "$(ppc "$read1")"
printf '%-28s %12s\n' "SmartReader" "$(ppc "$smart1")"
printf '%-28s %11.1fx\n' "Kabar / Readability" "$(echo "$(ppc "$kabar1") / $(ppc "$read1")" | bc -l)"
printf '%-28s %11.1fx\n' "Kabar / SmartReader" "$(echo "$(ppc "$kabar1") / $(ppc "$smart1")" | bc -l)"
