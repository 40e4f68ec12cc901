#!/usr/bin/env bash
# The textfiles of `--prometheus FILE` checked by Prometheus' own parser: `promtool check metrics` (the Go text-format
# parser plus its lint) over what `snapshot check` and `schedule run` write against the sandbox, and
# `promtool check rules` over examples/monitoring/vpsnap-alerts.yml. promtool comes from Debian's `prometheus` package:
# the one on PATH, else the .deb is downloaded with apt and only unpacked (nothing installed, no service started).
#
#   bash fidelity/prometheus.sh      (needs target/vpsnap built, and apt for the download when promtool is missing)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VPSNAP="$ROOT/target/vpsnap"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/vpsnap-prometheus.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
log() { printf '[prometheus] %s\n' "$*" >&2; }

PROMTOOL=$(command -v promtool || true)
if [ -z "$PROMTOOL" ]; then
  CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/vpsnap-fidelity/promtool"
  if [ ! -x "$CACHE/usr/bin/promtool" ]; then
    log "promtool not on PATH: unpacking Debian's prometheus package into $CACHE"
    mkdir -p "$WORK/deb" "$CACHE"
    (cd "$WORK/deb" && { apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get download prometheus >/dev/null; }; })
    dpkg-deb -x "$WORK"/deb/prometheus_*.deb "$CACHE"
  fi
  PROMTOOL="$CACHE/usr/bin/promtool"
fi
log "$("$PROMTOOL" --version 2>&1 | head -1)"
[ -x "$VPSNAP" ] || { log "target/vpsnap is not built (mvn -B package -DskipTests)"; exit 1; }

export XDG_STATE_HOME="$WORK/state" XDG_CONFIG_HOME="$WORK/config" VPSNAP_SANDBOX=1 VPSNAP_PROVIDER=vpsorg
unset VPSNAP_PROFILE VPSNAP_ENDPOINT VPSNAP_API_KEY VPSNAP_PING_URL VPSNAP_OUTPUT
PASSED=0; FAILED=0
check() { # check LABEL COMMAND...: the command must succeed
  if "${@:2}" >"$WORK/out.txt" 2>&1; then PASSED=$((PASSED + 1)); log "ok: $1"
  else FAILED=$((FAILED + 1)); log "FAILED: $1"; sed 's/^/  /' "$WORK/out.txt" >&2; fi
}

"$VPSNAP" -q snapshot create --server 940 --name nightly-1 >/dev/null
"$VPSNAP" snapshot check --server 934 --server 940 --name-prefix nightly- --warn-age 1d --crit-age 2d \
  --prometheus "$WORK/check.prom" >/dev/null || true   # 934 has no nightly: CRITICAL (exit 2), the file is written
id=$("$VPSNAP" -o ids schedule create --server 940 --interval daily --max-snapshots 2 --name-prefix fid)
"$VPSNAP" -q schedule run "$id" --prometheus "$WORK/schedule.prom" >/dev/null
# an UNKNOWN run (bad profile) still writes a file, with empty provider/profile labels
"$VPSNAP" --profile missing snapshot check --server 1 --warn-age 1d --crit-age 2d --prometheus "$WORK/unknown.prom" \
  >/dev/null 2>&1 || true

for f in check schedule unknown; do
  check "promtool check metrics < $f.prom ($(grep -vc '^#' "$WORK/$f.prom") samples)" sh -c "'$PROMTOOL' check metrics < '$WORK/$f.prom'"
done
check "the check file has per-server samples" grep -q '^vpsnap_snapshot_age_seconds{provider="vpsorg",profile="",server="940"} ' "$WORK/check.prom"
check "promtool check rules examples/monitoring/vpsnap-alerts.yml" "$PROMTOOL" check rules "$ROOT/examples/monitoring/vpsnap-alerts.yml"
echo "prometheus: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
