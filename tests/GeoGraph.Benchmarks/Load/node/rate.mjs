// Constant-rate load: requests are sent on a steady schedule (every millisecond, rate/1000 of them),
// each timed from when it was due, not from when a connection was free, so queueing is measured
// rather than hidden. Prints latency percentiles as JSON.
// Usage: node rate.mjs URL BODY_JSON RATE_PER_SECOND DURATION_SECONDS CONNECTIONS
import http from 'node:http';

const [url, body, rate, duration, connections] = process.argv.slice(2);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const payload = Buffer.from(body);
const perMs = Number(rate) / 1000;
const latencies = [];
let failures = 0;
let outstanding = 0;

function send(due) {
  outstanding++;
  const request = http.request({
    host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
    headers: { 'content-type': 'application/json', 'content-length': payload.length },
  }, (response) => {
    response.resume();
    response.on('end', () => {
      outstanding--;
      if (response.statusCode !== 200) failures++;
      latencies.push(Number(process.hrtime.bigint() - due) / 1e6);
    });
  });
  request.on('error', () => { outstanding--; failures++; });
  request.end(payload);
}

const start = process.hrtime.bigint();
const end = start + BigInt(Number(duration) * 1e9);
let sent = 0;
await new Promise((resolve) => {
  const tick = () => {
    const now = process.hrtime.bigint();
    if (now >= end) return resolve();
    const elapsedMs = Number(now - start) / 1e6;
    // Catch up to the schedule: every request due by now is sent, stamped with its due time.
    while (sent < Math.floor(elapsedMs * perMs)) {
      const dueAt = start + BigInt(Math.round((sent / perMs) * 1e6));
      send(dueAt);
      sent++;
    }
    setImmediate(tick);
  };
  tick();
});
while (outstanding > 0) await new Promise((r) => setTimeout(r, 10));
agent.destroy();

latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
console.log(JSON.stringify({
  p50: at(50), p90: at(90), p99: at(99),
  requestsPerSecond: latencies.length / Number(duration),
  non2xx: failures, errors: 0, timeouts: 0,
}));
