// Subscribes with the official graphql-ws client and prints one JSON line per event.
// Usage: node subscribe.mjs WS_URL QUERY COUNT [API_KEY]
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, query, count, apiKey] = process.argv.slice(2);
const print = (event) => console.log(JSON.stringify(event));
const timer = setTimeout(() => { print({ event: 'timeout' }); process.exit(2); }, 30000);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: false,
  retryAttempts: 0,
  connectionParams: apiKey ? { apiKey } : undefined,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (e) => print({ event: 'closed', code: e?.code, reason: e?.reason }),
  },
});

let received = 0;
client.subscribe({ query }, {
  next: (result) => {
    print({ event: 'next', result });
    if (++received >= Number(count)) {
      clearTimeout(timer);
      client.dispose();
      process.exit(0);
    }
  },
  error: (error) => {
    const detail = Array.isArray(error) ? error.map((e) => e.message) : (error?.code ?? error?.message ?? String(error));
    print({ event: 'error', error: detail });
    clearTimeout(timer);
    process.exit(1);
  },
  complete: () => { print({ event: 'complete' }); clearTimeout(timer); process.exit(0); },
});
