#!/usr/bin/env node
// Canary upstream for the self-check in run.sh: a deliberately non-conforming Hivelocity, so that a Prism proxy with
// --errors in front of it must report what the check counts as violations. Proves the conformance check can fail.
//   POST /api/v2/vps/iso: 201 with a well-formed ISO, where the spec documents 200 and 403 only: an undocumented
//                         2xx, which Prism 5 with --errors must turn into a 500 #VIOLATIONS;
//   anything else:        a Hivelocity volume list that breaks the spec (`size` must be an integer, `volumeId` a
//                         string), which Prism turns into a 500 #VIOLATIONS, so vpsnap must fail.
// Usage: bad-upstream.js PORT (0 = any free port); prints `listening on N` once it listens.
'use strict';
const server = require('http').createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (req.method === 'POST' && req.url.split('?')[0] === '/api/v2/vps/iso') {
    res.statusCode = 201;
    res.end(JSON.stringify({ isoId: 'canary', name: 'canary.iso', url: 'https://example.com/canary.iso',
                             description: 'canary', bootable: true, ready: false, size: 0, facilityCode: 'TPA1' }));
    return;
  }
  res.end(JSON.stringify([{ volumeId: 1, type: 'ROOT', size: 'big', deviceId: 1, facilityCode: 'TPA1',
                            createdAt: '2026-01-01T00:00:00Z' }]));
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
