#!/usr/bin/env node
// Reads a Prism log (proxy mode) and prints, as JSON, what it reported:
//   {"violations":[{"request","message","count"}], "warnings":[...], "violationLines":N, "warningLines":N}
// violations = error-severity lines (✖): `[VALIDATOR] ✖ error Violation: ...` (logged without --errors) and
//              `✖ error Request terminated with error: ...#VIOLATIONS / #UNPROCESSABLE_ENTITY / #UNAUTHORIZED ...`
//              (with --errors Prism answers a problem+json instead and logs only that line; the per-field messages
//              are in the response's `sl-violations` header / `validation` list, which vpsnap --debug records);
//              An undocumented 2xx status is one of these: Prism 5 rates it an error (500 #VIOLATIONS);
// warnings   = warning-severity `[VALIDATOR] ⚠ warning Violation: ...` lines, e.g. an error status the spec does not
//              document (Prism passes those responses through even with --errors). A status-code warning is suffixed
//              with the status the upstream answered, from `[PROXY] The upstream call to ... has returned N`.
// Each line is attributed to the request named by the latest `[HTTP SERVER] <method> <path> ... Request received`
// (vpsnap sends one request at a time, so lines do not interleave).
'use strict';
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let current = '(no request)';
const violations = new Map(), warnings = new Map();
let violationLines = 0, warningLines = 0;
const add = (map, request, message) => {
  const k = request + '\u0000' + message;
  map.set(k, { request, message, count: (map.has(k) ? map.get(k).count : 0) + 1 });
};
let upstream = null; // the status the upstream answered the current request with
for (const line of text.split('\n')) {
  const req = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/.exec(line);
  if (req) { current = `${req[1].toUpperCase()} ${req[2]}`; upstream = null; continue; }
  const up = /The upstream call to \S+ has returned (\d{3})\b/.exec(line);
  if (up) { upstream = up[1]; continue; }
  if (/✖|\berror\b.*(Violation|VIOLATION|terminated)/.test(line)) {
    const term = /\[HTTP SERVER\] (\w+) (\S+) .*Request terminated with error: (.*)$/.exec(line);
    if (term) add(violations, `${term[1].toUpperCase()} ${term[2]}`, term[3].trim());
    else add(violations, current, line.replace(/^.*?(Violation:|✖\s*error\s*)/, '$1').trim());
    violationLines++;
  } else if (/⚠|warning/.test(line) && /violation/i.test(line)) {
    const status = upstream && /Unable to match the returned status code/.test(line) ? ` (upstream ${upstream})` : '';
    add(warnings, current, line.replace(/^.*?Violation:/, 'Violation:').trim() + status);
    warningLines++;
  }
}
console.log(JSON.stringify({
  violationLines, warningLines,
  violations: [...violations.values()], warnings: [...warnings.values()],
}));
