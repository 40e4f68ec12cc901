#!/usr/bin/env bash
# CI, after a failed deploy: restore the pre-deploy snapshot (the server is overwritten: --yes, no TTY in CI).
# Exit 0 when restored; otherwise vpsnap's exit code (6: still restoring at the deadline, 7: the provider failed it).
set -u
[ $# -eq 1 ] && [ -n "$1" ] || { echo "usage: $0 SNAPSHOT_ID (no pre-deploy snapshot: nothing to roll back to)" >&2; exit 2; }
vpsnap -q snapshot restore "$1" --yes --wait-timeout 45m >&2
rc=$?
case $rc in
  0) echo "rollback: restored snapshot $1" >&2 ;;
  6) echo "rollback: still restoring after 45m; resume with the 'snapshot wait --operation' line above" >&2 ;;
  7) echo "rollback: the provider failed the restore of $1" >&2 ;;
  *) echo "rollback: restore of $1 failed (exit $rc)" >&2 ;;
esac
exit $rc
