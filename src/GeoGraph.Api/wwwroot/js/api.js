// The dashboard's only way to the service: POST /graphql on the page's own origin, with the
// caller's API key (if any) as X-Api-Key, exactly as any other client would send it.
import { apiKey } from './api-key.js';

/** A GraphQL error list, kept whole so callers can read each error's extensions.code. */
export class GraphQLError extends Error {
  constructor(errors, status) {
    super(errors.map(e => e.message).join('; ') || `HTTP ${status}`);
    this.errors = errors;
    this.status = status;
  }

  /** The first error's code (FORBIDDEN, UNAUTHENTICATED, COST_LIMIT…), or null. */
  get code() {
    return this.errors.find(e => e.extensions?.code)?.extensions.code ?? null;
  }
}

/** Posts one operation and returns its data; throws GraphQLError when the answer carries errors. */
export async function gql(query, variables = {}, { signal } = {}) {
  const headers = {
    'Content-Type': 'application/json',
    // application/json keeps request errors on HTTP 200, so a refused query is an answer, not a network failure.
    Accept: 'application/json',
  };
  const key = apiKey();
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch('graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError([{ message: `The service answered HTTP ${response.status} without JSON.` }], response.status);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors, response.status);
  if (!response.ok) throw new GraphQLError([{ message: `HTTP ${response.status}` }], response.status);
  return body.data;
}

/** Reads every page of a connection, up to maxPages, through a query whose variables include $after. */
export async function allPages(query, variables, pick, maxPages = 10) {
  const items = [];
  let after = null;
  for (let page = 0; page < maxPages; page++) {
    const connection = pick(await gql(query, { ...variables, after }));
    items.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return items;
}
