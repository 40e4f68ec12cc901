#!/usr/bin/env node
// Exit 0 when DIR/node_modules already holds exactly what DIR/package-lock.json pins, so run.sh can skip `npm ci`
// (which deletes and reinstalls node_modules every time: 15-60 s). Compares the lock's `packages` with npm's own
// record of what it installed, node_modules/.package-lock.json (written by npm ci/install): every entry equal, and
// entries the record lacks only optional ones (e.g. fsevents off macOS). Anything else, or no record: exit 1.
// Usage: npm-installed.js DIR
'use strict';
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
try {
  const lock = JSON.parse(fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8')).packages;
  const installed = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')).packages;
  const wanted = Object.keys(lock).filter(k => k !== '');
  const same = wanted.every(k => k in installed ? JSON.stringify(lock[k]) === JSON.stringify(installed[k]) : lock[k].optional === true)
    && Object.keys(installed).every(k => k in lock)
    && Object.keys(installed).every(k => fs.existsSync(path.join(dir, k, 'package.json')));
  process.exit(same ? 0 : 1);
} catch (e) {
  process.exit(1);
}
