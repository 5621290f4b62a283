// Rings by hops from the centre, for graphs too large to lay out by force before the first paint:
// linear in nodes and edges. Each ring keeps the order of the ring inside it, so a node sits near
// whatever brought it in.

/** Sets `position` on node elements (Cytoscape JSON) from their hop distance to the roots. */
export function radialLayout(elements, roots) {
  const nodes = elements.filter(e => e.group === 'nodes');
  const neighbours = new Map(nodes.map(n => [n.data.id, []]));
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    neighbours.get(e.data.source)?.push(e.data.target);
    neighbours.get(e.data.target)?.push(e.data.source);
  }
  const byDegree = [...neighbours.keys()].sort((a, b) => neighbours.get(b).length - neighbours.get(a).length);
  const start = roots.filter(r => neighbours.has(r));
  const rings = [start.length ? start : byDegree.slice(0, 1)];
  const seen = new Set(rings[0]);
  for (;;) {
    const next = [];
    for (const id of rings.at(-1)) {
      for (const other of neighbours.get(id)) {
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    if (next.length === 0) break;
    rings.push(next);
  }
  const unreached = byDegree.filter(id => !seen.has(id));
  if (unreached.length) rings.push(unreached);

  const positions = new Map();
  let radius = 0;
  rings.forEach((ring, r) => {
    radius = r === 0 && ring.length === 1 ? 0 : Math.max(radius + 90, (ring.length * 20) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  });
  for (const node of nodes) node.position = positions.get(node.data.id);
}
