// Benchmark, not a test: `scorecard import` of a large CSV against `scorecard check` of the
// scorecard it came from (issue 10's goal: within 4×). Run side by side, round after round,
// since this machine's load drifts over minutes and only neighbouring runs compare:
//   cargo build --profile cli -p scorecard-cli
//   target/cli/scorecard generate --indicators 5000 --periods 40 --output big.json
//   target/cli/scorecard export big.json --csv big.csv
//   node tests/bench/cli-import.mjs big.json big.csv [rounds]
import { spawnSync } from 'node:child_process';

const [json, csv, rounds = '15'] = process.argv.slice(2);
if (!json || !csv) throw new Error('usage: node tests/bench/cli-import.mjs BIG.json BIG.csv [rounds]');
const bin = process.env.SCORECARD_BIN ?? 'target/cli/scorecard';
const time = (args) => {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status === 2) throw new Error(`${args.join(' ')}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const checks = [];
const imports = [];
for (let i = 0; i < Number(rounds); i++) {
  checks.push(time(['check', json]));
  imports.push(time(['import', csv, '-o', '/dev/null']));
}
const ratios = imports.map((t, i) => t / checks[i]);
console.log(`check  median ${median(checks).toFixed(3)} s (min ${Math.min(...checks).toFixed(3)})`);
console.log(`import median ${median(imports).toFixed(3)} s (min ${Math.min(...imports).toFixed(3)})`);
console.log(`import / check: median of each round's ratio ${median(ratios).toFixed(2)}×`);
