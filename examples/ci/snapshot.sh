#!/usr/bin/env bash
# CI, before deploying: snapshot the server, named after the commit, and print the snapshot id on stdout.
# --idempotent: a re-run of the same pipeline (same commit) finds its snapshot and creates nothing.
# Try it without credentials:  VPSNAP_SANDBOX=1 VPSNAP_PROVIDER=vpsorg examples/ci/snapshot.sh 934 "$(git rev-parse HEAD)"
set -u
[ $# -eq 2 ] || { echo "usage: $0 SERVER_ID COMMIT_SHA" >&2; exit 2; }
server=$1
sha=$2
name="predeploy-${sha:0:12}"   # letters, digits and '-' only: valid for every provider (vps.org is the strictest)

json=$(vpsnap snapshot create --server "$server" --name "$name" --idempotent --wait-timeout 30m -o json)
rc=$?
if [ $rc -ne 0 ]; then
  echo "pre-deploy: snapshot of $server failed (exit $rc); not deploying" >&2
  exit $rc
fi
id=$(jq -r .id <<<"$json")
echo "pre-deploy: snapshot $id ($name) of server $server is available" >&2
echo "$id"
