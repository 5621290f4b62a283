// Parses a Compose file and prints it as JSON, so a test can check its structure without Docker.
// Usage: node compose.mjs <docker-compose.yml>
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

const document = parseDocument(readFileSync(process.argv[2], 'utf8'), { prettyErrors: true });
if (document.errors.length > 0) {
  process.stderr.write(document.errors.map((e) => e.message).join('\n'));
  process.exit(1);
}
process.stdout.write(JSON.stringify(document.toJS()));
