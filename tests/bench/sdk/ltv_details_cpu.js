// CPU per institutional-loan ltv-details call of the npm `binance` SDK against loandesk-sim,
// measured like tests/bench/bench_poll measures LoanDesk: this process's CPU time
// (process.cpuUsage(): user + system, as getrusage reports it) from the call to its parsed
// result, after a warm-up, with the calls spaced so the simulator's weight limit (ltv-details
// costs 200 of 12 000 per minute) is never hit. The simulator runs in its own process, so its
// CPU is not counted.
//
//   npm install --prefix tests/bench/sdk            (or: cd /tmp/sdkbench && npm install binance)
//   node tests/bench/sdk/ltv_details_cpu.js --sim build/app/sim/loandesk-sim [--calls 60]
//        [--warmup 5] [--spacing-ms 1100]
//   node tests/bench/sdk/ltv_details_cpu.js --base-url http://127.0.0.1:18555 --key K --secret S
//
// The SDK signs with its own HMAC-SHA256 code (MainClient.getInstLoanRiskUnit →
// getPrivate('sapi/v1/margin/loan-group/ltv-details')) and parses the JSON with axios.
'use strict';

const { spawn } = require('child_process');
const os = require('os');
const path = require('path');

function sdk() {
  // Installed next to this script, or in a scratch folder named by BINANCE_SDK_DIR.
  const dirs = [process.env.BINANCE_SDK_DIR, __dirname, '/tmp/sdkbench'].filter(Boolean);
  for (const dir of dirs) {
    try {
      return require(require.resolve('binance', { paths: [dir] }));
    } catch (e) { /* next */ }
  }
  throw new Error('npm package "binance" not found: npm install --prefix ' + __dirname);
}

function args() {
  const a = { calls: 60, warmup: 5, spacingMs: 1100 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--sim') a.sim = v;
    else if (k === '--base-url') a.baseUrl = v;
    else if (k === '--key') a.key = v;
    else if (k === '--secret') a.secret = v;
    else if (k === '--calls') a.calls = Number(v);
    else if (k === '--warmup') a.warmup = Number(v);
    else if (k === '--spacing-ms') a.spacingMs = Number(v);
    else throw new Error('unknown option ' + k);
  }
  return a;
}

function startSim(binary) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(binary, ['--port', String(port), '--scenario', 'calm'],
                      { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('error', reject);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/role=parent .*apiKey=(\S+) secret=(\S+)/);
      if (m && out.includes('listening'))
        resolve({ child, baseUrl: 'http://127.0.0.1:' + port, key: m[1], secret: m[2] });
    });
    setTimeout(() => reject(new Error('simulator did not start:\n' + out)), 10000);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (v) => { const s = [...v].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const mean = (v) => v.reduce((x, y) => x + y, 0) / v.length;

async function main() {
  const a = args();
  let sim = null;
  if (a.sim) {
    sim = await startSim(path.resolve(a.sim));
    Object.assign(a, { baseUrl: sim.baseUrl, key: sim.key, secret: sim.secret });
  }
  const { MainClient } = sdk();
  const version = require(require.resolve('binance/package.json',
                                          { paths: [process.env.BINANCE_SDK_DIR || __dirname,
                                                    '/tmp/sdkbench'] })).version;
  const client = new MainClient({ api_key: a.key, api_secret: a.secret, baseUrl: a.baseUrl });
  const cpu = [];
  const wall = [];
  let units = 0;
  for (let i = 0; i < a.warmup + a.calls; ++i) {
    const began = Date.now();
    const c0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    const result = await client.getInstLoanRiskUnit();
    const used = process.cpuUsage(c0);
    const w1 = process.hrtime.bigint();
    if (!Array.isArray(result)) throw new Error('unexpected answer: ' + JSON.stringify(result));
    units = result.length;
    if (i >= a.warmup) {
      cpu.push((used.user + used.system) / 1000);
      wall.push(Number(w1 - w0) / 1e6);
    }
    await sleep(Math.max(0, a.spacingMs - (Date.now() - began)));
  }
  const f = (x) => x.toFixed(2);
  console.log(`binance ${version} (node ${process.version}, ${os.cpus().length} cores), ` +
              `${a.calls} ltv-details calls after ${a.warmup} warm-up, ${units} units each`);
  console.log(`CPU per call: median ${f(median(cpu))} ms, mean ${f(mean(cpu))} ms, ` +
              `min ${f(Math.min(...cpu))} ms, max ${f(Math.max(...cpu))} ms`);
  console.log(`wall per call: median ${f(median(wall))} ms, mean ${f(mean(wall))} ms`);
  if (sim) sim.child.kill();
}

main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
