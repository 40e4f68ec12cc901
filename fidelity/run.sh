#!/usr/bin/env bash
# Fidelity check: drives the real vpsnap CLI through Stoplight Prism in proxy mode (--errors) in front of the vpsnap
# emulator, for the three providers that publish an API spec (Hostinger, Hivelocity, core = Hyperstack), runs the
# official Hostinger SDK against the emulator, and runs the vps.org flow against the plain emulator (no spec exists).
# Exits non-zero on any failed command, any Prism violation, or a failed SDK flow. See fidelity/README.md.
#
#   bash fidelity/run.sh            (from anywhere; needs java 17, node >= 18, npm; mvn only if target/ is not built)
#   FIDELITY_KEEP=1 bash fidelity/run.sh   keep the work dir (logs) even on success
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

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
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
log "npm ci --prefix fidelity (prism-cli, hostinger-api-sdk)"
(cd "$ROOT" && npm ci --prefix fidelity --no-audit --no-fund --loglevel=error 2>&1 | { grep -v 'Unknown user config' || true; } >&2)
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
EMU_OUT="$WORK/emulator.log"
PGIDS+=("$(spawn "$EMU_OUT" "$VPSNAP" emulator serve --port 0 --async-delay 1s --state "$WORK/emulator-state.json")")
for _ in $(seq 1 120); do grep -q '/core/v1' "$EMU_OUT" 2>/dev/null && break; sleep 0.25; done
EMU_BASE=$(sed -n 's#^hostinger *\(http://[^ ]*\)/hostinger .*#\1#p' "$EMU_OUT")
[ -n "$EMU_BASE" ] || { log "emulator did not start:"; cat "$EMU_OUT" >&2; exit 1; }
log "emulator at $EMU_BASE"

CORE_SPEC="$WORK/hyperstack-openapi.derived.yaml"
node "$FID/lib/derive-core-spec.js" "$SPECS/hyperstack-openapi.yaml" "$CORE_SPEC" 2>&1 | sed 's/^/  /' >&2

declare -A SPEC UPSTREAM PORT PROBE KEYHDR
SPEC[hostinger]="$SPECS/hostinger-openapi.json"; UPSTREAM[hostinger]="$EMU_BASE/hostinger"
SPEC[hivelocity]="$SPECS/hivelocity-swagger.yaml"; UPSTREAM[hivelocity]="$EMU_BASE/hivelocity/api/v2"
SPEC[core]="$CORE_SPEC";                            UPSTREAM[core]="$EMU_BASE/core/v1"
PROBE[hostinger]="/api/vps/v1/virtual-machines";   KEYHDR[hostinger]="Authorization: Bearer sandbox-hostinger-key"
PROBE[hivelocity]="/vps/snapshot?facilityCode=TPA1"; KEYHDR[hivelocity]="X-API-KEY: sandbox-hivelocity-key"
PROBE[core]="/core/snapshots";                      KEYHDR[core]="api_key: sandbox-core-key"
# self-check canary: a deliberately non-conforming upstream behind the Hivelocity spec
CANARY_UP_PORT=$(free_port)
PGIDS+=("$(spawn "$WORK/canary-upstream.log" node "$FID/lib/bad-upstream.js" "$CANARY_UP_PORT")")
SPEC[canary]="$SPECS/hivelocity-swagger.yaml"; UPSTREAM[canary]="http://127.0.0.1:$CANARY_UP_PORT/api/v2"
PROBE[canary]=""; KEYHDR[canary]="X-API-KEY: sandbox-hivelocity-key"

PROXIED=(hostinger hivelocity core)
declare -A PRISM_PG
for p in "${PROXIED[@]}" canary; do
  PORT[$p]=$(free_port)
  PRISM_PG[$p]=$(spawn "$WORK/prism-$p.log" "$PRISM" proxy "${SPEC[$p]}" "${UPSTREAM[$p]}" \
                 -h 127.0.0.1 -p "${PORT[$p]}" --errors)
  PGIDS+=("${PRISM_PG[$p]}")
done
for p in "${PROXIED[@]}" canary; do
  t0=$SECONDS
  while :; do
    if [ -z "${PROBE[$p]}" ]; then
      grep -q 'Prism is listening' "$WORK/prism-$p.log" 2>/dev/null && break
    else
      [ "$(http_status "http://127.0.0.1:${PORT[$p]}${PROBE[$p]}" "${KEYHDR[$p]}")" = 200 ] && break
    fi
    if ! kill -0 -- "-${PRISM_PG[$p]}" 2>/dev/null || [ $((SECONDS - t0)) -ge "$READY_TIMEOUT" ]; then
      log "Prism for $p did not become ready; log tail:"; tail -n 30 "$WORK/prism-$p.log" >&2; exit 1
    fi
    sleep 0.5
  done
  log "prism proxy --errors for $p ready on :${PORT[$p]} -> ${UPSTREAM[$p]} ($((SECONDS - t0)) s more)"
done

# ---------------------------------------------------------------------------------------------------------------------
# 4. the CLI flows
declare -A RUN FAIL
N=0
CURRENT=""

# vp LABEL EXPECT_JS -- vpsnap args... : runs vpsnap with -v --debug -o json against $CURRENT, checks exit 0, that
# stdout parses as JSON and that EXPECT_JS (over `j`) is true. stdout -> $OUT. Never aborts the script.
vp() {
  local label=$1 expect=$2; shift 3
  N=$((N + 1))
  OUT="$WORK/cmd-$(printf %02d $N)-$CURRENT.json"
  local err="${OUT%.json}.log" rc=0 why=""
  RUN[$CURRENT]=$(( ${RUN[$CURRENT]:-0} + 1 ))
  local shown=("$@")
  printf '\n$ VPSNAP_API_KEY=sandbox-%s-key vpsnap %s\n' "$CURRENT" "${GLOBALS[*]} -o json -v --debug ${shown[*]}" >&2
  VPSNAP_API_KEY="sandbox-$CURRENT-key" timeout "$CMD_TIMEOUT" "$VPSNAP" "${GLOBALS[@]}" -o json -v --debug "$@" \
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
    FAIL[$CURRENT]=$(( ${FAIL[$CURRENT]:-0} + 1 ))
    FAILURES+=("$CURRENT: $label: $why")
    echo "  FAIL ($why) -- stdout:" >&2; sed 's/^/    /' "$OUT" | head -20 >&2
    echo "  stderr (Prism's sl-violations / problem+json, if any):" >&2
    grep -E '^(sl-violations:|\{"(type|error)")' "$err" | sed 's/^/    /' >&2 || tail -n 15 "$err" | sed 's/^/    /' >&2
    return 1
  fi
  echo "  ok ($label)" >&2
}
FAILURES=()

flow() {
  CURRENT=$1; local endpoint=$2; shift 2
  GLOBALS=(--provider "$CURRENT" --endpoint "$endpoint" "$@")
  local g=() r=() c=() rs=()
  case $CURRENT in
    hostinger) c=(--replace) ;;                   # one snapshot per VM: make create independent of the seed data
    core) rs=(--new-vm-name "fidelity-restore-$$") ;;
  esac
  log "---- $CURRENT via $endpoint"
  FAIL[$CURRENT]=${FAIL[$CURRENT]:-0}
  vp "server list" 'Array.isArray(j) && j.length > 0 && j.every(s => s.id)' -- server list || return 0
  local server; server=$(jget "$OUT" 'j[0].id')
  [ "$CURRENT" = hostinger ] && g=(--server "$server") && r=(--server "$server")
  vp "snapshot list" 'Array.isArray(j)' -- snapshot list || true
  vp "snapshot create (wait)" "j.id && j.status === 'available' && String(j.serverId) === '$server'" \
     -- snapshot create --server "$server" "${c[@]}" --wait-timeout 2m || return 0
  local snap; snap=$(jget "$OUT" 'j.id')
  vp "snapshot get" "String(j.id) === '$snap'" -- snapshot get "$snap" "${g[@]}" || true
  vp "snapshot restore" 'j.kind === "snapshot.restore" && j.status === "succeeded"' \
     -- snapshot restore "$snap" "${r[@]}" "${rs[@]}" --yes --wait-timeout 2m || true
  vp "snapshot delete" 'j.kind === "snapshot.delete" && j.status === "succeeded"' \
     -- snapshot delete "$snap" "${g[@]}" --yes --wait-timeout 2m || true
  vp "snapshot create --no-wait" 'j.id && j.kind === "snapshot.create" && j.status !== "failed"' \
     -- snapshot create --server "$server" "${c[@]}" --no-wait || return 0
  local op; op=$(jget "$OUT" 'j.id')
  vp "snapshot wait --operation" 'j.id && j.status === "available"' -- snapshot wait --operation "$op" --wait-timeout 2m || true
}

flow hostinger  "http://127.0.0.1:${PORT[hostinger]}"
flow hivelocity "http://127.0.0.1:${PORT[hivelocity]}" --facility TPA1
flow core       "http://127.0.0.1:${PORT[core]}"
# 6. vps.org publishes no spec: same flow straight against the emulator (proves the CLI flow only, not fidelity)
flow vpsorg     "$EMU_BASE/vpsorg/api/v1"

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
CANARY_VIOL=$(node "$FID/lib/prism-log.js" "$WORK/prism-canary.log" | node -e 'console.log(JSON.parse(require("fs").readFileSync(0)).violationLines)')
[ "$CANARY_VIOL" -ge 1 ] || { CANARY_OK=0; log "self-check FAILED: the log counter found no violation in the canary's Prism log"; }

# 5. the official Hostinger SDK, straight against the emulator
log "---- hostinger-api-sdk flow against $EMU_BASE/hostinger (no Prism)"
SDK_OK=0
if timeout 120 node "$FID/hostinger-sdk-flow.js" "$EMU_BASE/hostinger" >&2 </dev/null; then SDK_OK=1; fi

# ---------------------------------------------------------------------------------------------------------------------
# summary
declare -A VIOL WARN
REPORT="$WORK/prism-findings.txt"; : >"$REPORT"
for p in "${PROXIED[@]}"; do
  node "$FID/lib/prism-log.js" "$WORK/prism-$p.log" >"$WORK/prism-$p.summary.json"
  VIOL[$p]=$(jget "$WORK/prism-$p.summary.json" 'j.violationLines')
  WARN[$p]=$(jget "$WORK/prism-$p.summary.json" 'j.warningLines')
  node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); const p=process.argv[2];
    for (const v of j.violations) console.log(`${p.padEnd(10)} VIOLATION  ${v.request}  ${v.message}  (x${v.count})`);
    for (const w of j.warnings)   console.log(`${p.padEnd(10)} warning    ${w.request}  ${w.message}  (x${w.count})`);' \
    "$WORK/prism-$p.summary.json" "$p" >>"$REPORT"
done

TOTAL_RUN=0; TOTAL_FAIL=0
{
  echo
  echo "==================================== vpsnap fidelity summary ===================================="
  printf '%-11s %-36s %8s %9s %11s %9s\n' provider checked-by commands failures violations warnings
  for p in hostinger hivelocity core vpsorg; do
    if [ "$p" = vpsorg ]; then by="plain emulator (no spec published)"; v="n/a"; w="n/a"
    else by="prism $("$PRISM" --version) proxy --errors"; v=${VIOL[$p]}; w=${WARN[$p]}; fi
    printf '%-11s %-36s %8s %9s %11s %9s\n' "$p" "$by" "${RUN[$p]:-0}" "${FAIL[$p]:-0}" "$v" "$w"
    TOTAL_RUN=$((TOTAL_RUN + ${RUN[$p]:-0})); TOTAL_FAIL=$((TOTAL_FAIL + ${FAIL[$p]:-0}))
  done
  printf '%-11s %-36s %8s %9s\n' "sdk-flow" "hostinger-api-sdk $(node -p "require('$FID/node_modules/hostinger-api-sdk/package.json').version") vs emulator" 1 "$((1 - SDK_OK))"
  printf '%-11s %-36s %8s %9s\n' "self-check" "canary must be flagged by Prism" 1 "$((1 - CANARY_OK))"
  echo
  echo "violations = error lines in Prism's log (each one also made Prism answer 4xx/5xx, so a command failed);"
  echo "warnings   = Prism 'Violation' warnings, passed through even with --errors (e.g. a status code the spec"
  echo "             does not document on a not-found path). vps.org: CLI flow only, nothing to validate against."
  if [ -s "$REPORT" ]; then echo; echo "Prism findings:"; sed 's/^/  /' "$REPORT"; fi
  if [ "${#FAILURES[@]}" -gt 0 ]; then echo; echo "Failed commands:"; printf '  %s\n' "${FAILURES[@]}"; fi
  echo "total time: $((SECONDS - START)) s"
} >&2

TOTAL_VIOL=$(( ${VIOL[hostinger]} + ${VIOL[hivelocity]} + ${VIOL[core]} ))
LOGS_DIRTY=0; for p in "${PROXIED[@]}"; do [ "${VIOL[$p]}" = 0 ] || LOGS_DIRTY=$((LOGS_DIRTY + 1)); done
# plain closing line over all checks: every CLI command, the SDK flow, the self-check, and "Prism log has no
# violation" once per proxied provider
CHECKS=$(( TOTAL_RUN + 2 + ${#PROXIED[@]} ))
NFAILED=$(( TOTAL_FAIL + (1 - SDK_OK) + (1 - CANARY_OK) + LOGS_DIRTY ))
echo "fidelity: $(( CHECKS - NFAILED )) passed, $NFAILED failed"
[ "$NFAILED" = 0 ]
