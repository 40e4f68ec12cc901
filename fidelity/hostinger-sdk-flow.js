#!/usr/bin/env node
// The official Hostinger TypeScript SDK (npm `hostinger-api-sdk`, generated from Hostinger's OpenAPI spec) driven
// against the vpsnap emulator directly: an independent client, so the emulator is checked against code that was not
// written from our own reading of the spec.
//
//   node fidelity/hostinger-sdk-flow.js BASE_URL [VM_ID]
//   BASE_URL  the emulator's Hostinger base URL, e.g. http://127.0.0.1:8931/hostinger
//   VM_ID     optional; default: the first VM that getVirtualMachinesV1() returns
//   env HOSTINGER_TOKEN (default sandbox-hostinger-key), SDK_FLOW_TIMEOUT_S (default 60)
//
// Flow: createSnapshotV1(vm) -> poll getActionDetailsV1(vm, action) until `success` -> getSnapshotV1(vm).
// Exits 0 on success, 1 on any failure (HTTP error, action `error`, timeout, or a response missing spec fields).
'use strict';
const path = require('path');
const { Configuration, VPSSnapshotsApi, VPSActionsApi, VPSVirtualMachineApi } =
  require(path.join(__dirname, 'node_modules', 'hostinger-api-sdk'));

const basePath = process.argv[2];
if (!basePath) { console.error('usage: hostinger-sdk-flow.js BASE_URL [VM_ID]'); process.exit(2); }
const token = process.env.HOSTINGER_TOKEN || 'sandbox-hostinger-key';
const timeoutMs = 1000 * Number(process.env.SDK_FLOW_TIMEOUT_S || 60);
const cfg = new Configuration({ accessToken: token, basePath });
const sdkVersion = require(path.join(__dirname, 'node_modules', 'hostinger-api-sdk', 'package.json')).version;

const ACTION_STATES = ['created', 'sent', 'delayed', 'success', 'error'];   // VPS.V1.Action.ActionResource.state
const sleep = ms => new Promise(r => setTimeout(r, ms));
const log = (...a) => console.log('[sdk-flow]', ...a);
function expect(cond, what) { if (!cond) throw new Error('unexpected response: ' + what); }
function isDateTime(s) { return typeof s === 'string' && !Number.isNaN(Date.parse(s)); }
function checkAction(a, where) {
  expect(a && Number.isInteger(a.id), `${where}: action.id is not an integer: ${JSON.stringify(a)}`);
  expect(typeof a.name === 'string', `${where}: action.name is not a string`);
  expect(ACTION_STATES.includes(a.state), `${where}: action.state ${JSON.stringify(a.state)} not in ${ACTION_STATES}`);
  expect(isDateTime(a.created_at) && isDateTime(a.updated_at), `${where}: action created_at/updated_at not date-time`);
}

(async () => {
  log(`hostinger-api-sdk ${sdkVersion}, basePath ${basePath}`);
  const vms = new VPSVirtualMachineApi(cfg), snaps = new VPSSnapshotsApi(cfg), actions = new VPSActionsApi(cfg);

  let vmId = process.argv[3] ? Number(process.argv[3]) : undefined;
  if (vmId === undefined) {
    const list = await vms.getVirtualMachinesV1();
    expect(Array.isArray(list.data) && list.data.length > 0, 'getVirtualMachinesV1: expected a non-empty array');
    vmId = list.data[0].id;
    log(`getVirtualMachinesV1 -> ${list.status}, ${list.data.length} VMs; using VM ${vmId} (${list.data[0].hostname})`);
  }

  const started = Date.now();
  const created = await snaps.createSnapshotV1(vmId);
  checkAction(created.data, 'createSnapshotV1');
  log(`createSnapshotV1(${vmId}) -> ${created.status} action ${created.data.id} '${created.data.name}' state=${created.data.state}`);

  let action = created.data, polls = 0;
  while (action.state !== 'success') {
    if (action.state === 'error') throw new Error(`action ${action.id} ended in state 'error'`);
    if (Date.now() - started > timeoutMs) throw new Error(`action ${action.id} still '${action.state}' after ${timeoutMs / 1000}s`);
    await sleep(500);
    const r = await actions.getActionDetailsV1(vmId, action.id);
    checkAction(r.data, 'getActionDetailsV1');
    expect(r.data.id === action.id, `getActionDetailsV1 returned action ${r.data.id}, asked for ${action.id}`);
    polls++;
    if (r.data.state !== action.state) log(`getActionDetailsV1(${vmId}, ${action.id}) -> ${r.status} state=${r.data.state}`);
    action = r.data;
  }
  log(`action ${action.id} succeeded after ${polls} poll(s), ${((Date.now() - started) / 1000).toFixed(1)}s`);

  const got = await snaps.getSnapshotV1(vmId);
  const s = got.data;
  expect(s && Number.isInteger(s.id), `getSnapshotV1: snapshot.id not an integer: ${JSON.stringify(s)}`);
  expect(Number.isInteger(s.restore_time), 'getSnapshotV1: restore_time not an integer');
  expect(isDateTime(s.created_at) && isDateTime(s.expires_at), 'getSnapshotV1: created_at/expires_at not date-time');
  expect(Date.parse(s.created_at) >= Math.floor(started / 1000) * 1000 - 2000,
    `getSnapshotV1: created_at ${s.created_at} is older than this flow; not the snapshot just made?`);
  log(`getSnapshotV1(${vmId}) -> ${got.status} ${JSON.stringify(s)}`);
  log('OK');
})().catch(e => {
  const r = e.response;
  console.error('[sdk-flow] FAILED:', r ? `${r.config && r.config.method && r.config.method.toUpperCase()} ${r.config && r.config.url} -> ${r.status} ${JSON.stringify(r.data)}` : e.message);
  process.exit(1);
});
