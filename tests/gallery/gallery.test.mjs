// Runs every gallery example (www/examples/index.json) with the native CLI and checks that it
// ends as its `expect` says: exit status, stdout (and stderr) exactly, or as a regular
// expression when the text starts with ^. Each example runs with its own settings and, in
// the other mode, with 1 and 3 Ps, so the course does not depend on one schedule.
//
//   node --test tests/gallery/      (needs target/release/gopark; GOPARK_BIN overrides)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = join(ROOT, 'www/examples');
const BIN = process.env.GOPARK_BIN || join(ROOT, 'target/release/gopark');
const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));

export function matches(text, want) {
  if (want === undefined) return true;
  return want.startsWith('^') ? new RegExp(want).test(text) : text === want;
}

test('the gallery index is well formed', () => {
  const groups = new Set(index.groups.map((g) => g.id));
  assert.ok(index.examples.length >= 16, `${index.examples.length} examples`);
  const ids = new Set();
  for (const x of index.examples) {
    assert.ok(!ids.has(x.id), `duplicate id ${x.id}`);
    ids.add(x.id);
    assert.ok(groups.has(x.group), `${x.id}: unknown group ${x.group}`);
    assert.ok(existsSync(join(DIR, x.file)), `${x.id}: ${x.file} missing`);
    const sentences = x.explain.split(/(?<=[.!?])\s+/).length;
    assert.ok(sentences >= 2 && sentences <= 3, `${x.id}: ${sentences} sentences in the explanation`);
    assert.ok(x.title && x.expect && Number.isInteger(x.expect.exit), x.id);
  }
});

test('every exercise file is listed in the gallery index, and every listed one exists', () => {
  const listed = (index.exercises || []).map((x) => resolve(DIR, x.file)).sort();
  const files = readdirSync(join(ROOT, 'exercises')).filter((f) => f.endsWith('.toml')).map((f) => join(ROOT, 'exercises', f)).sort();
  assert.deepEqual(listed, files);
  for (const x of index.exercises) {
    const title = /^title\s*=\s*"(.*)"/m.exec(readFileSync(resolve(DIR, x.file), 'utf8'))[1];
    assert.equal(x.title, title, x.file);
  }
});

for (const x of index.examples) {
  const other = x.settings.mode === 'threads' ? 'deterministic' : 'threads';
  const runs = [[x.settings.procs, x.settings.mode], [1, other], [3, other]];
  test(`${x.id}: ${x.title}`, { skip: !existsSync(BIN) && `${BIN} not built` }, () => {
    for (const [procs, mode] of runs) {
      const r = spawnSync(BIN, ['run', '--procs', String(procs), '--mode', mode, '--seed', '7', join(DIR, x.file)],
        { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 });
      const where = `${x.file} --procs ${procs} --mode ${mode}`;
      assert.equal(r.status, x.expect.exit, `${where}: exit ${r.status}\n${r.stderr}`);
      assert.ok(matches(r.stdout, x.expect.stdout), `${where}: stdout\n${r.stdout}`);
      assert.ok(matches(r.stderr, x.expect.stderr ?? (x.expect.exit === 0 ? '' : undefined)), `${where}: stderr\n${r.stderr}`);
    }
  });
}
