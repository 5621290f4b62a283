// Constant-rate load with autocannon; prints latency percentiles as JSON.
// Usage: node rate.mjs URL BODY_JSON RATE_PER_SECOND DURATION_SECONDS CONNECTIONS
import autocannon from 'autocannon';

const [url, body, rate, duration, connections] = process.argv.slice(2);
const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body,
  overallRate: Number(rate),
  duration: Number(duration),
  connections: Number(connections),
});
console.log(JSON.stringify({
  p50: result.latency.p50,
  p90: result.latency.p90,
  p99: result.latency.p99,
  requestsPerSecond: result.requests.average,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
}));
