#!/usr/bin/env node
// Canary upstream for the self-check in run.sh: answers every request with a Hivelocity volume list that breaks the
// spec (`size` must be an integer, `volumeId` a string), so a Prism proxy with --errors must turn it into a 500
// #VIOLATIONS and vpsnap must fail. Proves the conformance check can fail. Usage: bad-upstream.js PORT
'use strict';
require('http').createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify([{ volumeId: 1, type: 'ROOT', size: 'big', deviceId: 1, facilityCode: 'TPA1',
                            createdAt: '2026-01-01T00:00:00Z' }]));
}).listen(Number(process.argv[2]), '127.0.0.1');
