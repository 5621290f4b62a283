// Lints .cypher files with the Neo4j Cypher language support (parser and semantic analysis).
// Usage: node lint.mjs <folder>...  Prints one JSON array: [{file, diagnostics: [{severity, line, message, language}]}].
// Each file is checked as Cypher 5 (what Neo4j 5 runs) and as Cypher 25 (what later servers may run).
// Parameters are declared from the $names each file uses: queries are parameterised by design.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

function cypherFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return cypherFiles(path);
    return name.endsWith('.cypher') ? [path] : [];
  });
}

const results = process.argv.slice(2).flatMap(cypherFiles).sort().map((file) => {
  const text = readFileSync(file, 'utf8');
  const parameters = {};
  for (const match of text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) parameters[match[1]] = null;
  const diagnostics = ['CYPHER 5', 'CYPHER 25'].flatMap((language) =>
    lintCypherQuery(text, { parameters, defaultLanguage: language }).diagnostics.map((d) => ({
      severity: d.severity,
      line: d.range.start.line + 1,
      message: d.message,
      language,
    })));
  return { file, diagnostics };
});
process.stdout.write(JSON.stringify(results));
