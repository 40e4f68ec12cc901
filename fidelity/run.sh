#!/usr/bin/env bash
# Fidelity check: drives the real vpsnap CLI through Stoplight Prism in proxy mode (--errors) in front of the vpsnap
# emulator, for the three providers that publish an API spec (Hostinger snapshots; Hivelocity snapshots, schedules,
# volumes, ISOs; core = Hyperstack snapshots, volumes), runs the official Hostinger SDK against the emulator, and runs
# the vps.org flow against the plain emulator (no spec exists). Exits non-zero on any failed command, any Prism
# violation, a failed SDK flow or a failed self-check. See fidelity/README.md.
#
#   bash fidelity/run.sh            (from anywhere; needs java 17, node >= 18, npm; mvn only if target/ is not built)
#   FIDELITY_KEEP=1 bash fidelity/run.sh   keep the work dir (logs) even on success
#   FIDELITY_NPM_CI=1 bash fidelity/run.sh npm ci even when node_modules already matches the lock file
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FID="$ROOT/fidelity"
SPECS="$FID/specs"
VPSNAP="$ROOT/target/vpsnap"
PRISM="$FID/node_modules/.bin/prism"
CMD_TIMEOUT=180          # seconds, per vpsnap command (waits use --wait-timeout 2m)
READY_TIMEOUT=120        # seconds, per Prism start-up (Hostinger's 1.4 MB spec takes 10-15 s)
START=$SECONDS

WORK=$(mktemp -d "${TMPDIR:-/tmp}/vpsnap-fidelity.XXXXXX")
PGIDS=()                 # process groups we started (each via setsid: emulator, Prism wrapper + any node child)
FAILED_OVERALL=0

log() { printf '[fidelity %3ss] %s\n' "$((SECONDS - START))" "$*" >&2; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local pg
  for pg in "${PGIDS[@]}"; do kill -TERM -- "-$pg" 2>/dev/null || true; done
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    local alive=0
    for pg in "${PGIDS[@]}"; do kill -0 -- "-$pg" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.3
  done
  for pg in "${PGIDS[@]}"; do kill -KILL -- "-$pg" 2>/dev/null || true; done
  if [ "$rc" != 0 ] || [ "${FIDELITY_KEEP:-}" = 1 ]; then
    echo "[fidelity] logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts "$@" in a new session/process group (so the whole tree can be stopped), output to $1. Prints the pgid.
# In a non-interactive bash a background job is not a group leader, so setsid does not fork: $! is the new pgid.
spawn() {
  local out=$1; shift
  setsid "$@" >"$out" 2>&1 </dev/null &
  echo $!
}

# A port that is free now, for a Prism to listen on a few seconds later (Hostinger's takes 10-30 s to parse its spec).
# Taken below the kernel's ephemeral range when that leaves room (a port from listen(0) is in that range, where any
# outgoing connection on the machine may take it meanwhile); a Prism that still loses its port is restarted on
# another (start_prism).
free_port() {
  node -e 'const net=require("net"), fs=require("fs");
    let lo=0; try { lo=Number(fs.readFileSync("/proc/sys/net/ipv4/ip_local_port_range","utf8").trim().split(/\s+/)[0]); } catch (e) {}
    const pick=n=>{ const p=lo>=20000 ? 10000+Math.floor(Math.random()*(lo-10000)) : 0; const s=net.createServer();
      s.once("error",()=>{ if (n>0) pick(n-1); else process.exit(1); });
      s.listen(p,"127.0.0.1",()=>{ console.log(s.address().port); s.close(); }); };
    pick(50);'
}

# http_status URL HEADER -> prints the status code, or 000 when nothing answers.
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "$2" "$1" 2>/dev/null || true
}

# jget FILE EXPR: evaluates a JS expression over the parsed JSON `j` of FILE; fails if FILE is not JSON.
jget() {
  node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const v=eval(process.argv[2]);
           if (v === undefined || v === null) process.exit(3); console.log(typeof v === "object" ? JSON.stringify(v) : v)' "$1" "$2"
}

# ---------------------------------------------------------------------------------------------------------------------
# 1. npm tools, from the committed lock file
# (skipped when node_modules already holds exactly the lock file's packages, e.g. a second local run; a fresh clone,
# as in CI, always installs; FIDELITY_NPM_CI=1 forces it)
if [ "${FIDELITY_NPM_CI:-}" != 1 ] && node "$FID/lib/npm-installed.js" "$FID"; then
  log "fidelity/node_modules matches package-lock.json: npm ci skipped (FIDELITY_NPM_CI=1 forces it)"
else
  log "npm ci --prefix fidelity (prism-cli, hostinger-api-sdk)"
  (cd "$ROOT" && npm ci --prefix fidelity --no-audit --no-fund --loglevel=error 2>&1 | { grep -v 'Unknown user config' || true; } >&2)
fi
[ -x "$PRISM" ] || { log "prism not installed: $PRISM"; exit 1; }
[ -d "$FID/node_modules/hostinger-api-sdk" ] || { log "hostinger-api-sdk not installed"; exit 1; }
log "prism $("$PRISM" --version), hostinger-api-sdk $(node -p "require('$FID/node_modules/hostinger-api-sdk/package.json').version"), node $(node --version)"

# the spec copies must still be the files SOURCES.md describes (sha256 column)
for f in hostinger-openapi.json hivelocity-swagger.yaml hyperstack-openapi.yaml; do
  want=$(grep -F "\`$f\`" "$SPECS/SOURCES.md" | grep -o '[0-9a-f]\{64\}' | head -1)
  got=$(sha256sum "$SPECS/$f" | cut -d' ' -f1)
  [ -n "$want" ] && [ "$want" = "$got" ] || { log "specs/$f: sha256 $got does not match SOURCES.md ($want)"; exit 1; }
done
log "spec copies match the sha256 in specs/SOURCES.md"

# 2. vpsnap itself: reuse target/ if built
if [ -f "$ROOT/target/vpsnap.jar" ] && [ -x "$VPSNAP" ]; then
  log "using existing target/vpsnap.jar"
else
  log "target/vpsnap.jar missing: mvn -q -B package -DskipTests"
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never package -DskipTests) >&2
fi

# Run from a private copy: a rebuild of target/ while this runs (e.g. a developer's `mvn package`) would otherwise
# swap the jar under the running JVMs (NoClassDefFoundError, dropped connections).
mkdir -p "$WORK/bin"
cp "$ROOT/target/vpsnap" "$ROOT/target/vpsnap.jar" "$WORK/bin/"
VPSNAP="$WORK/bin/vpsnap"

# 3. emulator + Prism proxies
# The launcher's class-data cache (see target/vpsnap) is keyed by the jar's path, which is new for every run: keep it
# in the work dir, not in ~/.cache/vpsnap, where each run would leave a 26 MB archive behind. The emulator's start
# creates it in the background, while the Prisms start; the chains wait for it (below).
export XDG_CACHE_HOME="$WORK/xdg-cache"
EMU_OUT="$WORK/emulator.log"
PGIDS+=("$(spawn "$EMU_OUT" "$VPSNAP" emulator serve --port 0 --async-delay 1s --state "$WORK/emulator-state.json")")
for _ in $(seq 1 120); do grep -q '/core/v1' "$EMU_OUT" 2>/dev/null && break; sleep 0.25; done
EMU_BASE=$(sed -n 's#^hostinger *\(http://[^ ]*\)/hostinger .*#\1#p' "$EMU_OUT")
[ -n "$EMU_BASE" ] || { log "emulator did not start:"; cat "$EMU_OUT" >&2; exit 1; }
log "emulator at $EMU_BASE"

CORE_SPEC="$WORK/hyperstack-openapi.derived.yaml"
node "$FID/lib/derive-core-spec.js" "$SPECS/hyperstack-openapi.yaml" "$CORE_SPEC" 2>&1 | sed 's/^/  /' >&2

# Per provider: spec, upstream (the emulator's base path), readiness probe, key header.
declare -A SPEC UPSTREAM PROBE KEYHDR
SPEC[hostinger]="$SPECS/hostinger-openapi.json"; UPSTREAM[hostinger]="$EMU_BASE/hostinger"
SPEC[hivelocity]="$SPECS/hivelocity-swagger.yaml"; UPSTREAM[hivelocity]="$EMU_BASE/hivelocity/api/v2"
SPEC[core]="$CORE_SPEC";                            UPSTREAM[core]="$EMU_BASE/core/v1"
PROBE[hostinger]="/api/vps/v1/virtual-machines";   KEYHDR[hostinger]="Authorization: Bearer sandbox-hostinger-key"
PROBE[hivelocity]="/vps/snapshot?facilityCode=TPA1"; KEYHDR[hivelocity]="X-API-KEY: sandbox-hivelocity-key"
PROBE[core]="/core/snapshots";                      KEYHDR[core]="api_key: sandbox-core-key"
# self-check canary: a deliberately non-conforming upstream behind the Hivelocity spec
PGIDS+=("$(spawn "$WORK/canary-upstream.log" node "$FID/lib/bad-upstream.js" 0)")
for _ in $(seq 1 40); do grep -q '^listening on' "$WORK/canary-upstream.log" 2>/dev/null && break; sleep 0.25; done
CANARY_UP_PORT=$(sed -n 's/^listening on \([0-9]*\)$/\1/p' "$WORK/canary-upstream.log")
[ -n "$CANARY_UP_PORT" ] || { log "canary upstream did not start:"; cat "$WORK/canary-upstream.log" >&2; exit 1; }
SPEC[canary]="$SPECS/hivelocity-swagger.yaml"; UPSTREAM[canary]="http://127.0.0.1:$CANARY_UP_PORT/api/v2"
PROBE[canary]=""; KEYHDR[canary]="X-API-KEY: sandbox-hivelocity-key"

# A chain is a sequence of flows on one provider, run one command at a time through the chain's OWN Prism (so each
# Prism log holds one request at a time and lib/prism-log.js attributes every line to the right request); the chains
# run in parallel. The chain's name up to the first '-' is its provider.
CHAINS=(hostinger hivelocity hivelocity-storage core vpsorg)
declare -A FLOWS=(
  [hostinger]="flow_snapshots"
  [hivelocity]="flow_snapshots flow_hivelocity_schedules"
  [hivelocity-storage]="flow_hivelocity_volumes flow_hivelocity_isos"
  [core]="flow_snapshots flow_core_volumes"
  [vpsorg]="flow_snapshots"
)
# Extra global options per chain. vpsnap sends Hivelocity's optional clientId (query on GETs/DELETEs, body on POSTs)
# only when one is configured: the `hivelocity` chain configures the emulator account's (from its state file), so
# those parameters are validated too; `hivelocity-storage` runs without, the other variant.
HV_CLIENT_ID=$(jget "$WORK/emulator-state.json" 'j.hivelocity.clientId') \
  || { log "no hivelocity.clientId in the emulator's state file"; exit 1; }
declare -A OPTS=(
  [hivelocity]="--facility TPA1 --client-id $HV_CLIENT_ID"
  [hivelocity-storage]="--facility TPA1"
)
PROXIED=(); for c in "${CHAINS[@]}"; do [ "${c%%-*}" = vpsorg ] || PROXIED+=("$c"); done
prov() { echo "${1%%-*}"; }

declare -A PORT PRISM_PG PRISM_TRIES
# start_prism CHAIN: a Prism proxy --errors for the chain's provider, on a free port
start_prism() {
  local c=$1 p; p=$(prov "$1")
  PORT[$c]=$(free_port)
  PRISM_PG[$c]=$(spawn "$WORK/prism-$c.log" "$PRISM" proxy "${SPEC[$p]}" "${UPSTREAM[$p]}" \
                 -h 127.0.0.1 -p "${PORT[$c]}" --errors)
  PGIDS+=("${PRISM_PG[$c]}")
  PRISM_TRIES[$c]=$(( ${PRISM_TRIES[$c]:-0} + 1 ))
}
for c in "${PROXIED[@]}" canary; do start_prism "$c"; done
for c in "${PROXIED[@]}" canary; do
  p=$(prov "$c")
  t0=$SECONDS
  while :; do
    if [ -z "${PROBE[$p]}" ]; then
      grep -q 'Prism is listening' "$WORK/prism-$c.log" 2>/dev/null && break
    else
      [ "$(http_status "http://127.0.0.1:${PORT[$c]}${PROBE[$p]}" "${KEYHDR[$p]}")" = 200 ] && break
    fi
    if ! kill -0 -- "-${PRISM_PG[$c]}" 2>/dev/null && grep -q EADDRINUSE "$WORK/prism-$c.log" && [ "${PRISM_TRIES[$c]}" -lt 3 ]; then
      log "prism for $c: port ${PORT[$c]} was taken meanwhile; again on another"
      mv "$WORK/prism-$c.log" "$WORK/prism-$c.eaddrinuse-${PRISM_TRIES[$c]}.log"
      start_prism "$c"; continue
    fi
    if ! kill -0 -- "-${PRISM_PG[$c]}" 2>/dev/null || [ $((SECONDS - t0)) -ge "$READY_TIMEOUT" ]; then
      log "Prism for $c did not become ready; log tail:"; tail -n 30 "$WORK/prism-$c.log" >&2; exit 1
    fi
    sleep 0.5
  done
  log "prism proxy --errors for $c ready on :${PORT[$c]} -> ${UPSTREAM[$p]} ($((SECONDS - t0)) s more)"
done

# ---------------------------------------------------------------------------------------------------------------------
# 4. the CLI flows, one chain per background job. Inside a chain: CHAIN, PROVIDER, GLOBALS; each command's result is a
# line of $WORK/chain-CHAIN.results ("ok<TAB>label" or "FAIL<TAB>label: why"), its console output goes to
# $WORK/chain-CHAIN.console (printed in chain order once all are done).
N=0

# vp LABEL EXPECT_JS -- vpsnap args... : runs vpsnap with -v --debug -o json against the chain's endpoint, checks
# exit 0, that stdout parses as JSON and that EXPECT_JS (over `j`) is true. stdout -> $OUT. Never aborts the chain.
vp() {
  local label=$1 expect=$2; shift 3
  N=$((N + 1))
  OUT="$WORK/cmd-$CHAIN-$(printf %02d $N).json"
  local err="${OUT%.json}.log" rc=0 why="" t0=$SECONDS
  local shown=("$@")
  printf '\n$ VPSNAP_API_KEY=sandbox-%s-key vpsnap %s\n' "$PROVIDER" "${GLOBALS[*]} -o json -v --debug ${shown[*]}" >&2
  VPSNAP_API_KEY="sandbox-$PROVIDER-key" timeout "$CMD_TIMEOUT" "$VPSNAP" "${GLOBALS[@]}" -o json -v --debug "$@" \
    >"$OUT" 2>"$err" </dev/null || rc=$?
  # stderr off a terminal starts each line with a timestamp: drop it so the greps below see the lines as written
  sed -i -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z //' "$err"
  # the request lines (what -v prints), from the --debug record
  awk '/^--> [A-Z]+ / && $2 != "END" {m=$2} /^<-- [0-9]+ /{u=""; for(i=3;i<=NF;i++) if($i ~ /^https?:/) u=$i; print "  " m " " u " -> " $2 " " $NF}' "$err" >&2
  grep -E '^vpsnap: .*(succeeded|failed|pending|running)' "$err" | sort -u | sed 's/^/  /' >&2 || true
  if [ "$rc" != 0 ]; then
    why="exit $rc"
  elif ! node -e 'JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))' "$OUT" 2>/dev/null; then
    why="stdout is not JSON"
  elif ! node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); process.exit(eval(process.argv[2])?0:1)' \
         "$OUT" "$expect"; then
    why="unexpected JSON (wanted: $expect)"
  fi
  if [ -n "$why" ]; then
    printf 'FAIL\t%s: %s\n' "$label" "$why" >>"$RESULTS"
    echo "  FAIL ($why) -- stdout:" >&2; sed 's/^/    /' "$OUT" | head -20 >&2
    echo "  stderr (Prism's sl-violations / problem+json, if any):" >&2
    grep -E '^(sl-violations:|\{"(type|error)")' "$err" | sed 's/^/    /' >&2 || tail -n 15 "$err" | sed 's/^/    /' >&2
    return 1
  fi
  printf 'ok\t%s\n' "$label" >>"$RESULTS"
  echo "  ok ($label, $((SECONDS - t0)) s)" >&2
}

# server list, then SERVERS = the ids in the order listed. Snapshots use server 0, the other flows servers 1 and 2, so
# that a task of one Hivelocity chain on a server (a restore, an ISO attach) cannot make the other's request a 400.
servers() {
  vp "server list" 'Array.isArray(j) && j.length >= 3 && j.every(s => s.id)' -- server list || return 1
  mapfile -t SERVERS < <(jget "$OUT" 'j.map(s => s.id).join("\n")')
}

# Snapshots on every provider: list, create (wait), get, restore, delete, create --no-wait, wait --operation. Server 0.
flow_snapshots() {
  local g=() r=() c=() rs=()
  case $PROVIDER in
    hostinger) c=(--replace) ;;                   # one snapshot per VM: make create independent of the seed data
    core) rs=(--new-vm-name "fidelity-restore-$$") ;;
  esac
  local server=${SERVERS[0]}
  [ "$PROVIDER" = hostinger ] && g=(--server "$server") && r=(--server "$server")
  vp "snapshot list" 'Array.isArray(j)' -- snapshot list || true
  vp "snapshot create (wait)" "j.id && j.status === 'available' && String(j.serverId) === '$server'" \
     -- snapshot create --server "$server" "${c[@]}" --wait-timeout 2m || return 0
  local snap; snap=$(jget "$OUT" 'j.id')
  vp "snapshot get" "String(j.id) === '$snap'" -- snapshot get "$snap" "${g[@]}" || true
  if [ "$PROVIDER" = vpsorg ]; then
    # vps.org: a restore is done only once a poll after the POST has seen the server restoring (seed 004: it is
    # stopped first); this emulator's 1 s restore ends before the first poll, so only the request is checked here
    # (the wait rule has its own tests, VpsOrgQuirksTest)
    vp "snapshot restore --no-wait" 'j.kind === "snapshot.restore" && j.status !== "failed"' \
       -- snapshot restore "$snap" "${r[@]}" --yes --no-wait || true
  else
    vp "snapshot restore" 'j.kind === "snapshot.restore" && j.status === "succeeded"' \
       -- snapshot restore "$snap" "${r[@]}" "${rs[@]}" --yes --wait-timeout 2m || true
  fi
  vp "snapshot delete" 'j.kind === "snapshot.delete" && j.status === "succeeded"' \
     -- snapshot delete "$snap" "${g[@]}" --yes --wait-timeout 2m || true
  vp "snapshot create --no-wait" 'j.id && j.kind === "snapshot.create" && j.status !== "failed"' \
     -- snapshot create --server "$server" "${c[@]}" --no-wait || return 0
  local op; op=$(jget "$OUT" 'j.id')
  vp "snapshot wait --operation" 'j.id && j.status === "available"' -- snapshot wait --operation "$op" --wait-timeout 2m || true
}

# Hivelocity volumes: list (all, per device), get, sizes (new, upgrade), create on server 2 (a size from the list),
# resize (a size from its upgrade list), detach, attach to server 1, delete (with the device, as the seed asks).
flow_hivelocity_volumes() {
  local s2=${SERVERS[2]} s1=${SERVERS[1]}
  vp "volume list" 'Array.isArray(j) && j.length > 0 && j.every(v => v.id && v.sizeGb > 0)' -- volume list || true
  vp "volume list --server" "j.length > 0 && j.every(v => v.serverId === '$s2') && j.some(v => v.type === 'ROOT')" \
     -- volume list --server "$s2" || return 0
  local root; root=$(jget "$OUT" 'j.find(v => v.type === "ROOT").id')
  vp "volume get" "j.id === '$root' && j.serverId === '$s2' && j.sizeGb > 0" -- volume get "$root" || true
  vp "volume sizes" 'j.length > 0 && j.every(s => s.sizeGb > 0)' -- volume sizes || return 0
  local size; size=$(jget "$OUT" 'j[0].sizeGb')
  vp "volume create (wait)" "j.id && j.serverId === '$s2' && j.sizeGb === $size" \
     -- volume create --server "$s2" --size "$size" --yes --wait-timeout 2m || return 0
  local vol; vol=$(jget "$OUT" 'j.id')
  vp "volume sizes VOLUME_ID" "j.length > 0 && j.every(s => s.sizeGb > $size)" -- volume sizes "$vol" || return 0
  local bigger; bigger=$(jget "$OUT" 'j[0].sizeGb')
  vp "volume resize (wait)" "j.id === '$vol' && j.sizeGb === $bigger" \
     -- volume resize "$vol" --size "$bigger" --yes --wait-timeout 2m || true
  vp "volume detach (wait)" "j.id === '$vol' && !j.serverId" -- volume detach "$vol" --server "$s2" --wait-timeout 2m || true
  vp "volume attach (wait)" "j.id === '$vol' && j.serverId === '$s1'" \
     -- volume attach "$vol" --server "$s1" --wait-timeout 2m || true
  vp "volume delete (wait)" 'j.kind === "volume.delete" && j.status === "succeeded"' \
     -- volume delete "$vol" --server "$s1" --yes --wait-timeout 2m || true
}

# Hivelocity ISOs: list, create (200 with the ISO), get, attach to server 1, detach, delete.
flow_hivelocity_isos() {
  local s1=${SERVERS[1]}
  vp "iso list" 'Array.isArray(j) && j.every(i => i.id && i.name)' -- iso list || true
  vp "iso create" "j.id && j.name === 'fidelity-$$.iso' && j.bootable === true" \
     -- iso create --name "fidelity-$$.iso" --url "https://downloads.example.com/fidelity-$$.iso" \
        --description "vpsnap fidelity check" --bootable || return 0
  local iso; iso=$(jget "$OUT" 'j.id')
  vp "iso get" "j.id === '$iso'" -- iso get "$iso" || true
  vp "iso attach (wait)" "j.kind === 'iso.attach' && j.status === 'succeeded'" \
     -- iso attach "$iso" --server "$s1" --wait-timeout 2m || true
  vp "iso detach (wait)" "j.kind === 'iso.detach' && j.status === 'succeeded'" \
     -- iso detach --server "$s1" --wait-timeout 2m || true
  vp "iso delete (wait)" "j.kind === 'iso.delete' && j.status === 'succeeded'" \
     -- iso delete "$iso" --yes --wait-timeout 2m || true
}

# Hivelocity native snapshot schedules: create WEEKLY by server 2 (weekday) and MONTHLY by volume (day, server 1's ROOT
# volume), list (all, per device), get, delete both. Their fire times are hours to weeks away: no scheduled snapshot
# is taken during the run.
flow_hivelocity_schedules() {
  local s2=${SERVERS[2]} s1=${SERVERS[1]}
  local weekday=$(( $(date -u +%u) % 7 + 1 )) day=$(( ( $(date -u +%-d) + 13 ) % 28 + 1 ))
  vp "schedule create --server (weekly)" "j.id && j.source === 'native' && j.serverId === '$s2' && j.interval === 'weekly' && j.weekday === $weekday" \
     -- schedule create --server "$s2" --interval weekly --weekday "$weekday" --hour 12 --minute 30 \
        --max-snapshots 3 --timezone Europe/Berlin || return 0
  local weekly; weekly=$(jget "$OUT" 'j.id')
  vp "volume list --server" "j.some(v => v.type === 'ROOT')" -- volume list --server "$s1" || return 0
  local root; root=$(jget "$OUT" 'j.find(v => v.type === "ROOT").id')
  vp "schedule create --volume (monthly)" "j.id && j.volumeId === '$root' && j.interval === 'monthly' && j.day === $day" \
     -- schedule create --volume "$root" --interval monthly --day "$day" --hour 3 --max-snapshots 2 || return 0
  local monthly; monthly=$(jget "$OUT" 'j.id')
  vp "schedule list" "[ '$weekly', '$monthly' ].every(id => j.some(s => s.id === id))" -- schedule list || true
  vp "schedule list --server" "j.length > 0 && j.every(s => s.serverId === '$s2') && j.some(s => s.id === '$weekly')" \
     -- schedule list --server "$s2" || true
  vp "schedule get" "j.id === '$weekly' && j.timezone === 'Europe/Berlin' && j.maxSnapshots === 3" \
     -- schedule get "$weekly" || true
  vp "schedule delete" "j.id === '$weekly'" -- schedule delete "$weekly" --yes || true
  vp "schedule delete" "j.id === '$monthly'" -- schedule delete "$monthly" --yes || true
}

# core volumes: list, create (wait), get, attach to server 1, list --server, detach, delete. A core volume is created
# unattached (vpsnap checks --server but does not send it). Environment and type have no vpsnap lookup: the
# environment is the emulator's demo one (its VMs' and volume data-01's), the type the one GET /core/volume-types lists.
flow_core_volumes() {
  local s1=${SERVERS[1]} name="fidelity-vol-$$"
  vp "volume list" 'Array.isArray(j) && j.every(v => v.id && v.name)' -- volume list || true
  vp "volume create (wait)" "j.id && j.name === '$name' && j.sizeGb === 10 && j.status === 'available'" \
     -- volume create --server "$s1" --name "$name" --size 10 --type Cloud-SSD --environment default-CANADA-1 --yes \
        --wait-timeout 2m || return 0
  local vol; vol=$(jget "$OUT" 'j.id')
  vp "volume get" "j.id === '$vol' && j.name === '$name'" -- volume get "$vol" || true
  vp "volume attach (wait)" "j.id === '$vol' && j.serverId === '$s1'" \
     -- volume attach "$vol" --server "$s1" --wait-timeout 2m || true
  vp "volume list --server" "j.some(v => v.id === '$vol') && j.every(v => v.serverId === '$s1')" \
     -- volume list --server "$s1" || true
  vp "volume detach (wait)" "j.id === '$vol' && !j.serverId" -- volume detach "$vol" --server "$s1" --wait-timeout 2m || true
  vp "volume delete (wait)" 'j.kind === "volume.delete" && j.status === "succeeded"' \
     -- volume delete "$vol" --yes --wait-timeout 2m || true
}

# Runs chain $1 (in a background job): server list, then its flows, against its Prism (vps.org: the plain emulator,
# no spec exists). A flow stops at the first failed command whose output the rest needs.
run_chain() {
  CHAIN=$1; PROVIDER=$(prov "$1"); RESULTS="$WORK/chain-$CHAIN.results"; : >"$RESULTS"
  local endpoint f
  if [ "$PROVIDER" = vpsorg ]; then endpoint="$EMU_BASE/vpsorg/api/v1"; else endpoint="http://127.0.0.1:${PORT[$CHAIN]}"; fi
  # shellcheck disable=SC2206  # OPTS holds whole words
  GLOBALS=(--provider "$PROVIDER" --endpoint "$endpoint" ${OPTS[$CHAIN]:-})
  servers || return 0
  for f in ${FLOWS[$CHAIN]}; do "$f"; done
}

t0=$SECONDS
while compgen -G "$XDG_CACHE_HOME/vpsnap/*.lock" >/dev/null && [ $((SECONDS - t0)) -lt 90 ]; do sleep 0.5; done
log "launcher class-data cache: $(compgen -G "$XDG_CACHE_HOME/vpsnap/*.jsa" >/dev/null || compgen -G "$XDG_CACHE_HOME/vpsnap/*.aot" >/dev/null && echo ready || echo none) ($((SECONDS - t0)) s more)"
declare -A CHAIN_PID
set -m   # each chain in its own process group, so cleanup can stop it with everything it started
for c in "${CHAINS[@]}"; do
  ( run_chain "$c" ) 2>"$WORK/chain-$c.console" &
  CHAIN_PID[$c]=$!
  PGIDS+=("$!")
done
set +m
log "---- ${#CHAINS[@]} chains running in parallel: ${CHAINS[*]}"
declare -A RUN FAIL CHAIN_RC
FAILURES=()
for c in "${CHAINS[@]}"; do
  CHAIN_RC[$c]=0; wait "${CHAIN_PID[$c]}" || CHAIN_RC[$c]=$?
  RUN[$c]=$(grep -c . "$WORK/chain-$c.results" || true)
  FAIL[$c]=$(grep -c '^FAIL' "$WORK/chain-$c.results" || true)
  while IFS=$'\t' read -r _ what; do FAILURES+=("$c: $what"); done < <(grep '^FAIL' "$WORK/chain-$c.results" || true)
  if [ "${CHAIN_RC[$c]}" != 0 ]; then
    RUN[$c]=$(( ${RUN[$c]} + 1 )); FAIL[$c]=$(( ${FAIL[$c]} + 1 )); FAILURES+=("$c: chain aborted (exit ${CHAIN_RC[$c]})")
  fi
  log "---- chain $c: ${RUN[$c]} commands, ${FAIL[$c]} failed"
  cat "$WORK/chain-$c.console" >&2
done

# self-check: the same kind of command through the canary Prism must fail with a #VIOLATIONS problem
log "---- self-check: a non-conforming upstream behind Prism --errors must be caught"
CANARY_OK=0
if VPSNAP_API_KEY=x timeout 60 "$VPSNAP" --provider hivelocity --endpoint "http://127.0.0.1:${PORT[canary]}" --facility TPA1 \
     -o json --debug snapshot list >"$WORK/canary.json" 2>"$WORK/canary.log" </dev/null; then
  log "self-check FAILED: vpsnap succeeded although the upstream breaks the spec"
elif sed -i -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z //' "$WORK/canary.log" \
     && grep -q '#VIOLATIONS' "$WORK/canary.log" && grep -q 'sl-violations:' "$WORK/canary.log"; then
  CANARY_OK=1
  grep -E '^sl-violations:' "$WORK/canary.log" | head -1 | sed 's/^/  caught as expected: /' >&2
else
  log "self-check FAILED: vpsnap failed, but not with Prism's #VIOLATIONS problem:"; tail -n 5 "$WORK/canary.log" >&2
fi
# an undocumented 2xx (201 where the spec says 200, well-formed body) must fail too: Prism 5 rates it an error
CANARY_ISO=$(curl -s -o "$WORK/canary-iso.json" -w '%{http_code}' --max-time 10 -X POST -H "${KEYHDR[canary]}" \
  -H 'content-type: application/json' "http://127.0.0.1:${PORT[canary]}/vps/iso" \
  -d '{"name":"canary.iso","url":"https://example.com/canary.iso","description":"canary","bootable":true,"facilityCode":"TPA1"}' \
  || true)
if [ "$CANARY_ISO" = 500 ] && grep -q '#VIOLATIONS' "$WORK/canary-iso.json"; then
  echo "  caught as expected: the upstream's undocumented 201 on POST /vps/iso became Prism's 500 #VIOLATIONS" >&2
else
  CANARY_OK=0; log "self-check FAILED: an undocumented 201 through the canary Prism answered $CANARY_ISO, not 500 #VIOLATIONS"
fi
CANARY_VIOL=$(node "$FID/lib/prism-log.js" "$WORK/prism-canary.log" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).violationLines)')
[ "$CANARY_VIOL" -ge 2 ] || { CANARY_OK=0; log "self-check FAILED: the log counter found $CANARY_VIOL of the canary's 2 violations"; }

# 5. the official Hostinger SDK, straight against the emulator
log "---- hostinger-api-sdk flow against $EMU_BASE/hostinger (no Prism)"
SDK_OK=0
if timeout 120 node "$FID/hostinger-sdk-flow.js" "$EMU_BASE/hostinger" >&2 </dev/null; then SDK_OK=1; fi

# ---------------------------------------------------------------------------------------------------------------------
# summary
declare -A VIOL WARN
REPORT="$WORK/prism-findings.txt"; : >"$REPORT"
for c in "${PROXIED[@]}"; do
  node "$FID/lib/prism-log.js" "$WORK/prism-$c.log" >"$WORK/prism-$c.summary.json"
  VIOL[$c]=$(jget "$WORK/prism-$c.summary.json" 'j.violationLines')
  WARN[$c]=$(jget "$WORK/prism-$c.summary.json" 'j.warningLines')
  node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const c=process.argv[2];
    for (const v of j.violations) console.log(`${c.padEnd(20)} VIOLATION  ${v.request}  ${v.message}  (x${v.count})`);
    for (const w of j.warnings)   console.log(`${c.padEnd(20)} warning    ${w.request}  ${w.message}  (x${w.count})`);' \
    "$WORK/prism-$c.summary.json" "$c" >>"$REPORT"
done

TOTAL_RUN=0; TOTAL_FAIL=0; TOTAL_VIOL=0; LOGS_DIRTY=0
for c in "${CHAINS[@]}"; do TOTAL_RUN=$((TOTAL_RUN + ${RUN[$c]})); TOTAL_FAIL=$((TOTAL_FAIL + ${FAIL[$c]})); done
for c in "${PROXIED[@]}"; do
  TOTAL_VIOL=$((TOTAL_VIOL + ${VIOL[$c]})); [ "${VIOL[$c]}" = 0 ] || LOGS_DIRTY=$((LOGS_DIRTY + 1))
done
{
  echo
  echo "=========================================== vpsnap fidelity summary ==========================================="
  printf '%-21s %-36s %8s %9s %11s %9s\n' chain checked-by commands failures violations warnings
  for c in "${CHAINS[@]}"; do
    if [ "$(prov "$c")" = vpsorg ]; then by="plain emulator (no spec published)"; v="n/a"; w="n/a"
    else by="prism $("$PRISM" --version) proxy --errors"; v=${VIOL[$c]}; w=${WARN[$c]}; fi
    printf '%-21s %-36s %8s %9s %11s %9s\n' "$c" "$by" "${RUN[$c]}" "${FAIL[$c]}" "$v" "$w"
  done
  printf '%-21s %-36s %8s %9s\n' "sdk-flow" "hostinger-api-sdk $(node -p "require('$FID/node_modules/hostinger-api-sdk/package.json').version") vs emulator" 1 "$((1 - SDK_OK))"
  printf '%-21s %-36s %8s %9s\n' "self-check" "canary must be flagged by Prism" 1 "$((1 - CANARY_OK))"
  printf '%-21s %-36s %8s %9s %11s\n' "total" "" "$TOTAL_RUN" "$TOTAL_FAIL" "$TOTAL_VIOL"
  echo
  echo "violations = error lines in Prism's log (each one also made Prism answer 4xx/5xx, so a command failed;"
  echo "             an undocumented 2xx status is one);"
  echo "warnings   = Prism 'Violation' warnings, passed through even with --errors (an error status the spec does"
  echo "             not document, e.g. a 404 on a not-found poll). vps.org: CLI flow only, nothing to validate against."
  if [ -s "$REPORT" ]; then echo; echo "Prism findings:"; sed 's/^/  /' "$REPORT"; fi
  if [ "${#FAILURES[@]}" -gt 0 ]; then echo; echo "Failed commands:"; printf '  %s\n' "${FAILURES[@]}"; fi
  echo "total time: $((SECONDS - START)) s"
} >&2

# plain closing line over all checks: every CLI command, the SDK flow, the self-check, and "Prism log has no
# violation" once per proxied chain
CHECKS=$(( TOTAL_RUN + 2 + ${#PROXIED[@]} ))
NFAILED=$(( TOTAL_FAIL + (1 - SDK_OK) + (1 - CANARY_OK) + LOGS_DIRTY ))
echo "fidelity: $(( CHECKS - NFAILED )) passed, $NFAILED failed, $TOTAL_VIOL violations"
[ "$NFAILED" = 0 ]
