'use strict'
// Runs one read query with the official JavaScript driver and prints each record as a JSON line.
//   node query.js <bolt uri> <query>
// Used to prove that the scripted test peer speaks real Bolt to a real client.
const neo4j = require('neo4j-driver')

async function main () {
  const [uri, query] = process.argv.slice(2)
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'pass'), { maxConnectionPoolSize: 1 })
  try {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ })
    const result = await session.executeRead(tx => tx.run(query, { x: neo4j.int(1) }))
    for (const record of result.records) {
      process.stdout.write(JSON.stringify(record.toObject(), (_, v) => neo4j.isInt(v) ? v.toString() : v) + '\n')
    }
    await session.close()
  } finally {
    await driver.close()
  }
}

main().catch(error => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n')
  process.exit(1)
})
