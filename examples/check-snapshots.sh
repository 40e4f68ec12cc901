#!/usr/bin/env bash
# NRPE / Icinga check: is the newest nightly of each server recent enough?
#   nrpe.cfg:  command[check_vpsnap]=/usr/local/lib/nagios/plugins/check-snapshots.sh 934 940
# Try it without credentials:  VPSNAP_SANDBOX=1 VPSNAP_PROVIDER=vpsorg examples/check-snapshots.sh 934
# Prints one status line with perfdata; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
set -u
PREFIX=${PREFIX:-nightly-}
WARN=${WARN:-26h}
CRIT=${CRIT:-50h}
[ $# -ge 1 ] || { echo "SNAPSHOT UNKNOWN - usage: $0 SERVER_ID..."; exit 3; }

args=()
for id in "$@"; do args+=(--server "$id"); done

line=$(vpsnap snapshot check "${args[@]}" --name-prefix "$PREFIX" --warn-age "$WARN" --crit-age "$CRIT" 2>/dev/null)
rc=$?
if [ -z "$line" ] || [ $rc -gt 3 ]; then
  # vpsnap missing or killed: the monitoring convention for "could not check" is UNKNOWN
  echo "SNAPSHOT UNKNOWN - vpsnap did not run (exit $rc)"
  exit 3
fi
echo "$line"
exit $rc
