# Sourced by bench/extract/run.sh and whole-process.sh: the paths both use, the WCXB-layout folder
# they time (their first argument, default ../shared/data/wcxb-dev next to the repo), the core
# count, and Readability with jsdom installed under bench/extract/node on first use.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$root/../shared/data/wcxb-dev}"
[ -d "$data/html" ] || { echo "$(basename "$0"): $data has no html/ folder (give a WCXB-layout folder)" >&2; exit 2; }
cores="$(nproc)"
if [ ! -d "$here/node/node_modules/@mozilla/readability" ] || [ ! -d "$here/node/node_modules/jsdom" ]; then
  echo "installing @mozilla/readability and jsdom..." >&2
  (cd "$here/node" && npm install --no-audit --no-fund --silent >&2)
fi
