#!/usr/bin/env bash
# Automation benchmarks of vpsnap against `vpsnap emulator serve` running as a separate process.
# Build first: mvn -q -B package -DskipTests ; then: bench/automation.sh
# Needs bash, jq, curl and GNU time (/usr/bin/time, for peak memory). Takes about 3 minutes on 2 cores.
# What each figure means, and the results of a run: docs/performance.md, "Automation benchmarks".
#
# Knobs (environment): LOOP_SERVERS (10) servers done one invocation each, extrapolated to 100;
# SNAPSHOTS (100000) for the list benchmark; SKIP="a b c d" to leave parts out; FLEET_PROVIDERS ("vpsorg hivelocity
# core hostinger"), FLEET_DELAYS ("3 30") and BLOCK_SERVERS (500, core behind its 500/min block rule) for part (d).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
V="$root/target/vpsnap"
[ -x "$V" ] && [ -f "$root/target/vpsnap.jar" ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
for tool in jq curl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install jq curl time)" >&2; exit 2; }
done
LOOP_SERVERS=${LOOP_SERVERS:-10}
SNAPSHOTS=${SNAPSHOTS:-100000}
SKIP=${SKIP:-}
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
unset VPSNAP_SANDBOX VPSNAP_PROFILE VPSNAP_PROVIDER VPSNAP_ENDPOINT VPSNAP_API_KEY VPSNAP_OUTPUT || true
export CORE_API_KEY=sandbox-core-key VPSORG_API_TOKEN=sandbox-vpsorg-key HIVELOCITY_API_KEY=sandbox-hivelocity-key \
  HOSTINGER_API_TOKEN=sandbox-hostinger-key

# emulator NAME ARGS...: starts `vpsnap emulator serve --port 0 ARGS` in the background; sets $base (core endpoint)
# and $stats (the emulator's GET /_emulator/stats URL)
emulator() {
  local name=$1; shift
  "$V" emulator serve --port 0 -o json "$@" >"$work/$name.json" 2>"$work/$name.err" &
  pids+=($!)
  for _ in $(seq 1 100); do
    if [ -s "$work/$name.json" ] && jq -e .core.endpoint "$work/$name.json" >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  base=$(jq -r .core.endpoint "$work/$name.json")
  stats="${base%/core/v1}/_emulator/stats"
}
# endpoint NAME PROVIDER: that provider's base URL on emulator NAME
endpoint() { jq -r ".$2.endpoint" "$work/$1.json"; }
requests() { curl -fsS "$stats" | jq .requests; }
throttled() { curl -fsS "$stats" | jq .throttled; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
vp() { "$V" --provider core --endpoint "$base" "$@"; }
# named NAME: --name NAME, except on Hostinger (its snapshots have no name: --name is refused, exit 9)
named() { [ "$p" = hostinger ] || printf '%s\n' --name "$1"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)"
echo "vpsnap: $("$V" --version 2>/dev/null | head -1)"
echo

# (a) fan-out: 100 servers, 200 ms latency, 3 s async delay, core (account-wide batched polling)
if [[ " $SKIP " != *" a "* ]]; then
  latency=0.2 delay=3
  emulator a --demo-servers 100 --latency 200ms --async-delay ${delay}s
  vp server list -o ids >"$work/servers"
  [ "$(wc -l <"$work/servers")" -eq 100 ] || { echo "expected 100 servers" >&2; exit 1; }
  # core's minimum for one server: POST (answers CREATING), and one GET after the async delay that finds it SUCCESSFUL
  ideal=$(calc %.2f "$delay + 2 * $latency")
  fan() { # fan LABEL MAXRATE...: one `snapshot create` over the 100 servers, 16 at a time, waiting
    local label=$1; shift
    local r0 t0 t1 r1
    r0=$(requests); t0=$(now)
    vp "$@" snapshot create --servers-from "$work/servers" --parallel 16 --name "$label-{server}" -o json >"$work/$label.out" 2>"$work/$label.err"
    t1=$(now); r1=$(requests)
    local ok; ok=$(jq '[.[] | select(.ok)] | length' "$work/$label.out")
    local wall; wall=$(secs "$t0" "$t1")
    printf 'a  %-34s wall %6ss  %s ok  ideal %ss  ratio %sx  requests/snapshot %s\n' "fan-out --parallel 16 $*" "$wall" "$ok" \
      "$ideal" "$(calc %.2f "$wall / $ideal")" "$(calc %.2f "($r1 - $r0) / 100")"
    eval "${label}_wall=$wall"
  }
  fan fanrate --max-rate 50/s
  fan fandefault
  r0=$(requests); t0=$(now)
  for id in $(head -n "$LOOP_SERVERS" "$work/servers"); do
    vp snapshot create --server "$id" --name "loop-$id" -o ids >/dev/null 2>>"$work/loop.err"
  done
  t1=$(now); r1=$(requests)
  loop=$(secs "$t0" "$t1")
  loop100=$(calc %.1f "$loop * 100 / $LOOP_SERVERS")
  printf 'a  %-34s wall %6ss for %s servers -> %ss for 100 (linear)  requests/snapshot %s\n' "one invocation per server" \
    "$loop" "$LOOP_SERVERS" "$loop100" "$(calc %.2f "($r1 - $r0) / $LOOP_SERVERS")"
  printf 'a  %-34s %sx (--max-rate 50/s), %sx (default pace)\n' "loop (extrapolated) / fan-out" \
    "$(calc %.1f "$loop100 / $fanrate_wall")" "$(calc %.1f "$loop100 / $fandefault_wall")"
  # the same fan-out when a snapshot takes 30 s (real ones take minutes): the fixed costs matter less
  delay=30
  emulator a30 --demo-servers 100 --latency 200ms --async-delay ${delay}s
  ideal=$(calc %.2f "$delay + 2 * $latency")
  fan fan30 --max-rate 50/s
  echo
fi

# (b) 200 creates against --rate-limit 10/s
if [[ " $SKIP " != *" b "* ]]; then
  limit=10
  emulator b --demo-servers 200 --rate-limit ${limit}/s --async-delay 1s
  vp --max-rate ${limit}/s server list -o ids >"$work/servers200"
  [ "$(wc -l <"$work/servers200")" -eq 200 ] || { echo "expected 200 servers" >&2; exit 1; }
  limited() { # limited LABEL ARGS...
    local label=$1; shift
    local r0 q0 t0 t1 r1 q1
    r0=$(requests); q0=$(throttled); t0=$(now)
    set +e
    vp "$@" snapshot create --servers-from "$work/servers200" --parallel 16 --name "$label-{server}" -o json >"$work/$label.out" 2>"$work/$label.err"
    local rc=$?
    set -e
    t1=$(now); r1=$(requests); q1=$(throttled)
    local wall; wall=$(secs "$t0" "$t1")
    vp --max-rate ${limit}/s snapshot list --name-prefix "$label-" -o json >"$work/$label.list"
    local created dup
    created=$(jq 'length' "$work/$label.list")
    dup=$(jq '[group_by(.name)[] | select(length > 1)] | length' "$work/$label.list")
    printf 'b  %-22s exit %s  wall %6ss  created %s  lost %s  duplicated %s  429s %s  accepted %s req/s = %s%% of the limit\n' \
      "${*:-default pace}" "$rc" "$wall" "$created" "$((200 - created))" "$dup" "$((q1 - q0))" \
      "$(calc %.2f "($r1 - $r0 - ($q1 - $q0)) / $wall")" "$(calc %.0f "100 * ($r1 - $r0 - ($q1 - $q0)) / $wall / $limit")"
  }
  limited lim10 --max-rate ${limit}/s
  limited limdef
  echo
fi

# (c) snapshot list -o json of 100,000 snapshots (core: account-wide list, 100 a page)
if [[ " $SKIP " != *" c "* ]]; then
  state="$work/big.json"
  "$V" emulator serve --port 0 --state "$state" >/dev/null 2>&1 &
  seeder=$!
  for _ in $(seq 1 100); do [ -s "$state" ] && break; sleep 0.1; done
  kill "$seeder"; wait "$seeder" 2>/dev/null || true
  jq --argjson n "$SNAPSHOTS" '.core.vms[0] as $vm | .core.snapshots += [range(0; $n) | {
      id: (1000000 + .), vmId: $vm.id, name: "bulk-\(.)", description: "seeded", labels: [], sizeGb: 100,
      createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:05:00Z", status: "SUCCESSFUL" }]
    | .core.nextId = 2000000' "$state" >"$state.new" && mv "$state.new" "$state"
  emulator c --state "$state"
  r0=$(requests); t0=$(now)
  /usr/bin/time -v -o "$work/c.time" "$V" --provider core --endpoint "$base" --max-rate 0 snapshot list -o json >"$work/c.out" 2>"$work/c.err"
  t1=$(now); r1=$(requests)
  n=$(jq length "$work/c.out")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/c.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$work/c.time")
  printf 'c  %-34s wall %6ss  %s snapshots  %s requests  peak RSS %s MiB  vpsnap CPU %ss\n' "snapshot list -o json" \
    "$(secs "$t0" "$t1")" "$n" "$((r1 - r0))" "$rss" "$cpu"
fi

# (d) fleet speed at the defaults (issue 11): 100 servers per provider, create + wait at --parallel 16, no --max-rate,
# 200 ms a request, snapshots done 3 s (and 30 s) after they start; then behind --rate-limit 10/s. The ideal path:
# start-up + ceil(100/16) waves of POSTs + the async delay + one poll round.
if [[ " $SKIP " != *" d "* ]]; then
  t0=$(now); "$V" --version >/dev/null; startup=$(secs "$t0" "$(now)")
  for p in ${FLEET_PROVIDERS:-vpsorg hivelocity core hostinger}; do
    extra=(); [ "$p" = hivelocity ] && extra=(--facility TPA1)
    create_extra=(); [ "$p" = hostinger ] && create_extra=(--replace --yes)
    for delay in ${FLEET_DELAYS:-3 30}; do
      emulator "d$p$delay" --demo-servers 100 --latency 200ms --async-delay "${delay}s"
      ep=$(endpoint "d$p$delay" "$p")
      vd() { "$V" --provider "$p" --endpoint "$ep" "${extra[@]}" "$@"; }
      vd server list -o ids >"$work/d$p.servers"
      ideal=$(calc %.2f "$startup + 7 * 0.2 + $delay + 0.2")
      r0=$(requests); t0=$(now)
      set +e
      vd snapshot create --servers-from "$work/d$p.servers" --parallel 16 $(named "fleet-{server}") "${create_extra[@]}" \
        -o json >"$work/d$p$delay.out" 2>"$work/d$p$delay.err"
      rc=$?
      set -e
      t1=$(now); r1=$(requests)
      wall=$(secs "$t0" "$t1")
      ok=$(jq '[.[] | select(.ok)] | length' "$work/d$p$delay.out" 2>/dev/null || echo 0)
      printf 'd  %-10s delay %2ss  exit %s  %s ok  wall %6ss  ideal %5ss  ratio %sx  requests/snapshot %s\n' "$p" "$delay" \
        "$rc" "$ok" "$wall" "$ideal" "$(calc %.2f "$wall / $ideal")" "$(calc %.2f "($r1 - $r0) / 100")"
      if [ "$delay" = 3 ]; then
        r0=$(requests); t0=$(now)
        for id in $(head -n "$LOOP_SERVERS" "$work/d$p.servers"); do
          vd snapshot create --server "$id" $(named "loop-$id") "${create_extra[@]}" -o ids >/dev/null 2>>"$work/d$p.loop.err" || true
        done
        loop=$(secs "$t0" "$(now)")
        printf 'd  %-10s per-server loop %ss for %s -> %ss for 100; fan-out is %sx faster\n' "$p" "$loop" "$LOOP_SERVERS" \
          "$(calc %.1f "$loop * 100 / $LOOP_SERVERS")" "$(calc %.1f "$loop * 100 / $LOOP_SERVERS / $wall")"
      fi
    done
    # behind an unannounced limit of 10 requests/s, still at the defaults
    emulator "dl$p" --demo-servers 100 --latency 200ms --async-delay 3s --rate-limit 10/s
    ep=$(endpoint "dl$p" "$p")
    vd() { "$V" --provider "$p" --endpoint "$ep" "${extra[@]}" "$@"; }
    vd server list -o ids >"$work/dl$p.servers"
    r0=$(requests); q0=$(throttled); t0=$(now)
    set +e
    vd snapshot create --servers-from "$work/dl$p.servers" --parallel 16 $(named "lim-{server}") "${create_extra[@]}" \
      -o json >"$work/dl$p.out" 2>"$work/dl$p.err"
    rc=$?
    set -e
    t1=$(now); r1=$(requests); q1=$(throttled)
    wall=$(secs "$t0" "$t1")
    if [ "$p" = hostinger ]; then created=$(jq '[.[] | select(.ok)] | length' "$work/dl$p.out"); dup=n/a
    else
      vd snapshot list -o json >"$work/dl$p.list"
      created=$(jq '[.[] | select(.name | startswith("lim-"))] | length' "$work/dl$p.list")
      dup=$(jq '[.[] | select(.name | startswith("lim-"))] | group_by(.name) | map(select(length > 1)) | length' "$work/dl$p.list")
    fi
    printf 'd  %-10s limit 10/s  exit %s  wall %6ss  created %s  lost %s  duplicated %s  429s %s  %s%% of the limit used\n' \
      "$p" "$rc" "$wall" "$created" "$((100 - created))" "$dup" "$((q1 - q0))" \
      "$(calc %.0f "100 * ($r1 - $r0 - ($q1 - $q0)) / $wall / 10")"
    # core only: behind its documented rule (--quirk core-rate-block: above 500 requests a minute every request is
    # answered 429, no Retry-After, until the minute is over), with enough servers to need more than a minute
    if [ "$p" = core ]; then
      n=${BLOCK_SERVERS:-500}
      emulator "db$p" --demo-servers "$n" --latency 200ms --async-delay 3s --quirk core-rate-block
      ep=$(endpoint "db$p" "$p")
      vd server list -o ids >"$work/db$p.servers"
      r0=$(requests); q0=$(throttled); t0=$(now)
      set +e
      vd snapshot create --servers-from "$work/db$p.servers" --parallel 16 --name "blk-{server}" -o json \
        >"$work/db$p.out" 2>"$work/db$p.err"
      rc=$?
      set -e
      t1=$(now); r1=$(requests); q1=$(throttled)
      wall=$(secs "$t0" "$t1")
      ok=$(jq '[.[] | select(.ok)] | length' "$work/db$p.out" 2>/dev/null || echo 0)
      printf 'd  %-10s 500/min block rule  %s servers  exit %s  %s ok  wall %6ss  requests %s  429s %s  %s requests/min\n' \
        "$p" "$n" "$rc" "$ok" "$wall" "$((r1 - r0))" "$((q1 - q0))" "$(calc %.0f "60 * ($r1 - $r0) / $wall")"
    fi
  done
fi
