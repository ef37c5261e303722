// The published JSON Schema says what the Rust validator says, as far as a schema can:
// the sample passes; every structurally bad file in the corpus fails at the same place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url)); // not import.meta.dirname: Node 18 lacks it

const root = path.resolve(here, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'public/schema/scorecard-1.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
const load = (rel) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));

test('the sample scorecard is valid against the schema', () => {
  const ok = validate(load('public/data/sample.json'));
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
});

test('a generated benchmark scorecard is valid against the schema', () => {
  const bin = process.env.SCORECARD_BIN ?? path.join(root, 'target/debug/scorecard');
  const out = execFileSync(bin, ['generate', '--indicators', '20', '--periods', '8'], { encoding: 'utf8' });
  assert.ok(validate(JSON.parse(out)), JSON.stringify(validate.errors?.slice(0, 3)));
});

// Structural problems the schema must catch, with where the validator reports them.
const structural = {
  'string-for-number.json': '/indicators/0/values/1/value',
  'not-available-string.json': '/indicators/0/values/0/value',
  'bad-period.json': null, // the pattern cannot check that 25 follows 2023; the Rust checker does
  'frequency-mismatch.json': '/indicators/0/values/0/period',
  'wrong-format.json': '/format',
  'missing-format.json': '',
  'missing-title.json': '',
  'bad-current-period.json': '/current_period',
  'indicators-not-a-list.json': '/indicators',
  'suppressed-with-value.json': '/indicators/0/values/0/value',
  'bad-unit.json': '/indicators/0/unit',
  'bad-action-status.json': '/actions/0/updates/0/status',
  'bad-id.json': '/indicators/0/id',
  'top-level-array.json': '',
};
// What only the Rust checker can see: uniqueness, references, sensitive counts, bytes.
const beyond_schema = ['duplicate-period.json', 'duplicate-id.json', 'dangling-service.json', 'dangling-priority.json',
  'dangling-comment-scope.json', 'sensitive-small-count.json', 'deep-nesting.json', 'not-json.json', 'invalid-utf8.json'];

test('every bad file in the corpus is either refused by the schema at its pointer, or listed as beyond it', () => {
  const files = fs.readdirSync(path.join(root, 'tests/bad')).sort();
  assert.deepEqual(files, [...Object.keys(structural), ...beyond_schema].sort());
  for (const [file, pointer] of Object.entries(structural)) {
    const ok = validate(load(`tests/bad/${file}`));
    if (pointer === null) { assert.ok(ok, `${file} passes the schema; only the checker refuses it`); continue; }
    assert.equal(ok, false, `${file} must fail the schema`);
    const where = validate.errors.map((e) => e.instancePath);
    assert.ok(where.some((p) => p === pointer || (pointer !== '' && p.startsWith(pointer))), `${file}: ${JSON.stringify(where)}`);
  }
});

// The benchmark pack's schema: the sample pack and a pack built by the CLI pass; the shapes
// the reader refuses are refused here too.
const packSchema = JSON.parse(fs.readFileSync(path.join(root, 'public/schema/scorecard-pack-1.schema.json'), 'utf8'));
const validatePack = ajv.compile(packSchema);

test('the sample pack, its shards and a built pack are valid against the pack schema', () => {
  const dir = path.join(root, 'public/data/packs/unitaries');
  const files = ['index.json', ...fs.readdirSync(path.join(dir, 'measures')).map((f) => `measures/${f}`)];
  for (const f of files) {
    assert.ok(validatePack(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))), `${f}: ${JSON.stringify(validatePack.errors?.slice(0, 3))}`);
  }
  const bin = process.env.SCORECARD_BIN ?? path.join(root, 'target/debug/scorecard');
  const out = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pack-'));
  execFileSync(bin, ['pack', 'build', path.join(root, 'tests/fixtures/pack-source/recipe.json'), '-o', path.join(out, 'index.json')], { stdio: 'pipe' });
  assert.ok(validatePack(JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'))), JSON.stringify(validatePack.errors?.slice(0, 3)));
});

test('the pack schema refuses what the pack reader refuses', () => {
  const index = JSON.parse(fs.readFileSync(path.join(root, 'public/data/packs/unitaries/index.json'), 'utf8'));
  const broken = [
    (p) => { p.format = 'scorecard/1'; },
    (p) => { p.measures[0].shard = '../../secret.json'; },
    (p) => { p.measures[0].shard = 'https://elsewhere.example/x.json'; },
    (p) => { p.measures[0].periods[0] = '2023'; p.measures[0].periods[1] = 'soon'; },
    (p) => { p.measures[0].polarity = 'target'; },
    (p) => { p.groups[0].neighbours = {}; },
  ];
  for (const [i, breakIt] of broken.entries()) {
    const p = structuredClone(index);
    breakIt(p);
    assert.equal(validatePack(p), false, `case ${i} passed the schema`);
  }
});
