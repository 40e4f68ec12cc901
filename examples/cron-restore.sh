#!/usr/bin/env bash
# Cron: restore a staging server from the newest nightly snapshot, unattended, with the exit codes checked.
#   /etc/cron.d/vpsnap-restore:  0 3 * * *  ops  /usr/local/bin/cron-restore.sh 32763
# Try it without credentials:  VPSNAP_SANDBOX=1 VPSNAP_PROVIDER=vpsorg examples/cron-restore.sh 934
# Refuses a snapshot older than MAX_AGE (stale data is worse than yesterday's). Exits with vpsnap's code.
set -u
PREFIX=${PREFIX:-nightly-}
MAX_AGE=${MAX_AGE:-26h}
WAIT_TIMEOUT=${WAIT_TIMEOUT:-45m}
[ $# -eq 1 ] || { echo "usage: $0 SERVER_ID" >&2; exit 2; }
server=$1

log() {
  echo "cron-restore: $*" >&2
  command -v logger >/dev/null 2>&1 && logger -t vpsnap "$*" 2>/dev/null
  return 0
}

vpsnap -q snapshot restore --server "$server" --latest --name-prefix "$PREFIX" --max-age "$MAX_AGE" \
  --yes --wait-timeout "$WAIT_TIMEOUT"
rc=$?
case $rc in
  0)  log "server $server restored from the newest '$PREFIX*' snapshot" ;;
  4)  log "no '$PREFIX*' snapshot of server $server to restore" ;;
  6)  log "restore of $server still running after $WAIT_TIMEOUT; resume with the operation id printed above" ;;
  7)  log "the provider failed the restore of $server" ;;
  11) log "newest '$PREFIX*' snapshot of $server is older than $MAX_AGE: refusing to restore stale data" ;;
  *)  log "restore of $server failed (exit $rc)" ;;
esac
exit $rc
