'use strict'
// Cross-check of GeoGraph.Bolt's PackStream against the official JavaScript driver.
//   node packstream.js encode           -> prints "name<TAB>hex" for each value the driver encodes
//   node packstream.js decode < hexlines -> prints the driver's description of each decoded value, one per line
// Uses the driver's own Bolt 5.8 protocol object (packer, unpacker and structure transformers).
const neo4j = require('neo4j-driver')
const BoltProtocol = require('neo4j-driver-bolt-connection/lib/bolt/bolt-protocol-v5x8.js').default
const { alloc } = require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js')

class ByteSink {
  constructor () { this.bytes = [] }
  writeUInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt8 (v) { this.bytes.push(v & 0xff) }
  writeInt16 (v) { const b = Buffer.alloc(2); b.writeInt16BE(v); this.bytes.push(...b) }
  writeInt32 (v) { const b = Buffer.alloc(4); b.writeInt32BE(v); this.bytes.push(...b) }
  writeFloat64 (v) { const b = Buffer.alloc(8); b.writeDoubleBE(v); this.bytes.push(...b) }
  writeBytes (buf) { for (let i = 0; i < buf.length; i++) this.bytes.push(buf.getUInt8(i)) }
}

function protocol (sink) {
  return new BoltProtocol({}, sink, { disableLosslessIntegers: false, useBigInt: false }, () => null, { isDebugEnabled: () => false, debug () {}, info () {}, warn () {}, error () {} }, () => {})
}

function encode (value) {
  const sink = new ByteSink()
  protocol(sink).packable(value)()
  return Buffer.from(sink.bytes).toString('hex').toUpperCase()
}

function decode (hex) {
  const buffer = alloc(Buffer.from(hex, 'hex'))
  return protocol(new ByteSink()).unpack(buffer)
}

const t = neo4j.types
const int = neo4j.int
const values = {
  null: null,
  true: true,
  false: false,
  'int 0': int(0),
  'int 127': int(127),
  'int 128': int(128),
  'int -16': int(-16),
  'int -17': int(-17),
  'int -128': int(-128),
  'int -129': int(-129),
  'int 32767': int(32767),
  'int 32768': int(32768),
  'int -32769': int(-32769),
  'int 2147483648': int('2147483648'),
  'int min': int('-9223372036854775808'),
  'int max': int('9223372036854775807'),
  'float 1.23': 1.23,
  'float -0.5': -0.5,
  'string empty': '',
  'string Größe': 'Größe',
  'string 16': 'a'.repeat(16),
  'string 256': 'a'.repeat(256),
  'string 65536': 'a'.repeat(65536),
  'bytes 1 2 3': new Int8Array([1, 2, 3]),
  'bytes 256': new Int8Array(256).fill(7),
  'list mixed': [int(1), 'a', null, true],
  'list 16': new Array(16).fill(int(1)),
  'map nested': { a: int(1), b: { c: [int(2), 'x'] } },
  'map 16': Object.fromEntries(Array.from({ length: 16 }, (_, i) => ['k' + String(i).padStart(2, '0'), int(i)])),
  date: new t.Date(2024, 1, 1),
  'local time': new t.LocalTime(10, 0, 1, 500),
  time: new t.Time(10, 0, 0, 0, 3600),
  'date time offset': new t.DateTime(1970, 1, 1, 2, 15, 0, 42, 3600),
  'date time zone': new t.DateTime(2024, 6, 1, 12, 0, 0, 0, undefined, 'Europe/Kyiv'),
  'local date time': new t.LocalDateTime(2024, 1, 1, 0, 0, 1, 5),
  duration: new t.Duration(1, 2, 3, 400000000),
  'point 2d': new t.Point(4326, 1.5, 2.5),
  'point 3d': new t.Point(9157, 0, 0, 1)
}

function describe (v) {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'boolean') return String(v)
  if (neo4j.isInt(v)) return 'int:' + v.toString()
  if (typeof v === 'number') return 'float:' + String(v)
  if (typeof v === 'string') return JSON.stringify(v)
  if (v instanceof Int8Array || v instanceof Uint8Array) return 'bytes:' + Buffer.from(v).toString('hex')
  if (Array.isArray(v)) return '[' + v.map(describe).join(', ') + ']'
  if (t.Node && v instanceof t.Node) return `Node(${v.identity}, [${v.labels.join(', ')}], ${describe(v.properties)}, ${v.elementId})`
  if (v instanceof t.Relationship) return `Relationship(${v.identity}, ${v.start}->${v.end}, ${v.type}, ${describe(v.properties)}, ${v.elementId}, ${v.startNodeElementId}->${v.endNodeElementId})`
  if (v instanceof t.Path) return 'Path(' + v.segments.map(s => `${s.start.elementId}-[${s.relationship.elementId}:${s.relationship.startNodeElementId}->${s.relationship.endNodeElementId}]-${s.end.elementId}`).join(' ') + ')'
  if (v instanceof t.Point) return `Point(${v.srid}, ${v.x}, ${v.y}${v.z === undefined ? '' : ', ' + v.z})`
  for (const name of ['Date', 'LocalTime', 'Time', 'DateTime', 'LocalDateTime', 'Duration']) {
    if (v instanceof t[name]) return name + ':' + v.toString()
  }
  if (typeof v === 'object') return '{' + Object.keys(v).map(k => k + ': ' + describe(v[k])).join(', ') + '}'
  throw new Error('cannot describe ' + v)
}

const [mode] = process.argv.slice(2)
if (mode === 'encode') {
  for (const [name, value] of Object.entries(values)) {
    process.stdout.write(name + '\t' + encode(value) + '\n')
  }
} else if (mode === 'decode') {
  const input = require('fs').readFileSync(0, 'utf8')
  for (const hex of input.split('\n').map(l => l.trim()).filter(l => l.length > 0)) {
    process.stdout.write(describe(decode(hex)) + '\n')
  }
} else {
  process.stderr.write('usage: node packstream.js encode | decode < hex lines\n')
  process.exit(2)
}
