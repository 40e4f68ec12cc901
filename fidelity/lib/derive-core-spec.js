#!/usr/bin/env node
// Writes a derived copy of the Hyperstack (core) OpenAPI spec with `{accessToken: []}` removed from every
// `security` list. The saved spec lists `accessToken` on every operation but never defines it, so Prism accepts
// any request through that undefined alternative and does not enforce `api_key` (docs: providers.md §5).
// Line-based on purpose (no YAML library needed); the input is openapi-generator output with a fixed layout:
//   <indent>security:
//   <indent>- accessToken: []
//   <indent>- apiKey: []
// A list left empty becomes `security: []` (no authentication), which only affects operations vpsnap never calls.
'use strict';
const fs = require('fs');
const [, , src, dst] = process.argv;
if (!src || !dst) { console.error('usage: derive-core-spec.js SRC.yaml DST.yaml'); process.exit(2); }
const lines = fs.readFileSync(src, 'utf8').split('\n');
const out = [];
let removed = 0;
for (let i = 0; i < lines.length; i++) {
  const m = /^(\s*)security:\s*$/.exec(lines[i]);
  if (!m) { out.push(lines[i]); continue; }
  const indent = m[1];
  const items = [];
  let j = i + 1;
  while (j < lines.length && lines[j].startsWith(indent + '- ')) { items.push(lines[j]); j++; }
  const kept = items.filter(l => !/^\s*- accessToken: \[\]\s*$/.test(l));
  removed += items.length - kept.length;
  if (kept.length === 0) out.push(indent + 'security: []'); else out.push(lines[i], ...kept);
  i = j - 1;
}
const text = out.join('\n');
if (/accessToken/.test(text.replace(/^.*(description|summary).*$/gm, ''))) {
  console.error('derive-core-spec: accessToken still referenced after the rewrite; spec layout changed?');
  process.exit(1);
}
if (removed === 0) { console.error('derive-core-spec: nothing removed; spec layout changed?'); process.exit(1); }
fs.writeFileSync(dst, text);
console.error(`derive-core-spec: removed ${removed} accessToken security entries -> ${dst}`);
