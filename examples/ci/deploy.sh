#!/usr/bin/env bash
# CI: the deploy itself. Replace DEPLOY_COMMAND's default with your own (ansible-playbook, kubectl, rsync, ...);
# set DEPLOY_COMMAND=false to watch the rollback path.
set -u
cmd=${DEPLOY_COMMAND:-echo deploying}
echo "deploy: $cmd" >&2
bash -c "$cmd" >&2
rc=$?
[ $rc -eq 0 ] || echo "deploy: failed (exit $rc)" >&2
exit $rc
