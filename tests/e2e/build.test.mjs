// The build's choice of which file's view to write into its page (tools/first-view-file.mjs):
// the sample's only when the page loads the sample, a configured file's only when the build
// has it, and never another file's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writtenFile } from '../../tools/first-view-file.mjs';

test("the build writes the view of the file its page loads, when it has it, and no other's", () => {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-'));
  fs.mkdirSync(path.join(staging, 'data'));
  for (const f of ['sample.json', 'council.json']) fs.writeFileSync(path.join(staging, 'data', f), '{}');
  try {
    assert.equal(writtenFile(staging, ''), path.join(staging, 'data', 'sample.json'), 'no setting: the sample');
    assert.equal(writtenFile(staging, 'data/council.json'), path.join(staging, 'data', 'council.json'));
    assert.equal(writtenFile(staging, './data/council.json'), path.join(staging, 'data', 'council.json'));
    // The page loads a file the build does not have: no view at all, never the sample's.
    for (const elsewhere of ['data/other.json', 'council.json', '/data/sample.json', '../data/sample.json',
      'https://example.gov.uk/data/sample.json', 'data/sample.json?v=2', 'data/../data/../../x.json']) {
      assert.equal(writtenFile(staging, elsewhere), null, elsewhere);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
});
