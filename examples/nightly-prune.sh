#!/usr/bin/env bash
# Nightly: take a snapshot of each server, then prune old nightlies by keep rules.
#   cron:  15 2 * * *  ops  /usr/local/bin/nightly-prune.sh 934 940
# Try it without credentials:  VPSNAP_SANDBOX=1 VPSNAP_PROVIDER=vpsorg examples/nightly-prune.sh 934 940
# Only names starting with $PREFIX are ever pruned; the newest available snapshot of a server never is.
set -u
PREFIX=${PREFIX:-nightly-}
[ $# -ge 1 ] || { echo "usage: $0 SERVER_ID..." >&2; exit 2; }

servers=()
for id in "$@"; do servers+=(--server "$id"); done

status=0
for id in "$@"; do
  vpsnap -q snapshot create --server "$id" --name "${PREFIX}$(date -u +%Y%m%d-%H%M%S)" --wait-timeout 45m
  rc=$?
  if [ $rc -ne 0 ]; then
    echo "nightly: snapshot of $id failed (exit $rc); not pruning" >&2
    status=$rc
  fi
done
[ $status -eq 0 ] || exit $status

vpsnap snapshot prune "${servers[@]}" --name-prefix "$PREFIX" \
  --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --max-delete 10 --yes
rc=$?
case $rc in
  0)  echo "nightly: pruned" >&2 ;;
  10) echo "nightly: some deletions failed; the next run plans again" >&2 ;;
  11) echo "nightly: prune refused, more than --max-delete; check the plan above" >&2 ;;
  *)  echo "nightly: prune failed (exit $rc)" >&2 ;;
esac
exit $rc
