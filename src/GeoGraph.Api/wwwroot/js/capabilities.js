// What this server's schema offers. The dashboard asks once, through introspection, and uses newer
// fields (overview, search, path, timeline, per-entity claims…) where they exist, older ones where not.
// A server with introspection switched off gets the base schema's queries.
import { gql } from './api.js';

const probe = `{
  query: __type(name: "Query") { fields { name args { name } } }
  mutation: __type(name: "Mutation") { fields { name } }
  relation: __type(name: "Relation") { fields { name } }
  entity: __type(name: "Entity") { fields { name } }
  organisation: __type(name: "Organisation") { fields { name } }
  group: __type(name: "Group") { fields { name } }
  claimFilter: __type(name: "ClaimFilter") { inputFields { name } }
  relationWhere: __type(name: "RelationWhere") { inputFields { name } }
}`;

export class Capabilities {
  constructor(types) {
    this._types = types;
  }

  static async loadAsync() {
    const capabilities = new Capabilities({});
    await capabilities.reloadAsync();
    return capabilities;
  }

  /** Asks again, as when an API key changes what the caller may see. */
  async reloadAsync() {
    try {
      this._types = await gql(probe);
    } catch {
      this._types = {};
    }
  }

  /** True when the type has the field (for Query fields, with every named argument). */
  has(type, field, ...args) {
    const found = this._types[type]?.fields?.find(f => f.name === field)
      ?? this._types[type]?.inputFields?.find(f => f.name === field);
    return !!found && args.every(a => found.args?.some(x => x.name === a));
  }

  // Each newer query counts only with every argument the page passes, so a differently named one falls back safely.
  get overview() { return this.has('query', 'overview', 'types', 'since', 'until', 'minClaims', 'includeHedged', 'maxNodes'); }
  get networkFilters() { return this.has('query', 'network', 'types', 'since', 'until', 'minClaims', 'includeHedged'); }
  get search() { return this.has('query', 'search', 'text', 'kinds', 'first'); }
  get path() { return this.has('query', 'path', 'from', 'to', 'maxHops') && this.relationLookup; }
  get timeline() { return this.has('query', 'timeline', 'entity', 'bucket'); }
  get relationLookup() { return this.has('query', 'relations', 'where') && this.has('relationWhere', 'from') && this.has('relationWhere', 'to'); }
  get relationSpeakers() { return this.has('relation', 'speakers'); }
  get entityClaims() { return this.has('entity', 'claimsBy') && this.has('entity', 'claimsAbout'); }
  get officials() { return this.has('organisation', 'officials'); }
  get presentIn() { return this.has('group', 'presentIn'); }
  get outletFilter() { return this.has('claimFilter', 'outlet'); }
  get viewer() { return this.has('query', 'viewer'); }

  /** Where extractArticle lives (a query or a mutation), or null while the server has no preview. */
  get extractOperation() {
    if (this.has('mutation', 'extractArticle')) return 'mutation';
    if (this.has('query', 'extractArticle')) return 'query';
    return null;
  }
}
