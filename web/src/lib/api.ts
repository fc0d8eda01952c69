/**
 * The one door to the JSON API: same-origin fetch with the session cookie, typed from the contract's
 * route table (types only: no schema is loaded for it), errors as ApiError.
 */
import type { ErrorBody, Issue } from '../../../src/contract/errors';
import { fillPath, type RouteInput, type RouteOutput } from '../../../src/contract/route-spec';
import type { ApiRoutes, RouteKey } from '../../../src/contract/routes';

export type ApiIssue = Issue;

/** The server's error codes, and the client's own: no answer, cancelled, an answer not from us, or a fault in the page. */
export type ApiErrorCode = ErrorBody['code'] | 'network' | 'aborted' | 'http_error' | 'unknown';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }

  /** The message for one field, e.g. fieldError('email') for `body.email`. */
  fieldError(field: string): string | undefined {
    return this.issues.find((i) => i.path === `body.${field}`)?.message;
  }

  /** The error a failed answer stands for: the server's error body, or a fallback message when there is none. */
  static fromResponse(status: number, data: unknown, fallback: string): ApiError {
    const e = (data ?? {}) as Partial<ErrorBody>;
    return new ApiError(status, e.code ?? 'http_error', e.message ?? fallback, e.issues);
  }
}

export type ApiInput<K extends RouteKey> = RouteInput<ApiRoutes[K]>;
export type ApiOutput<K extends RouteKey> = RouteOutput<ApiRoutes[K]>;

type Args<K extends RouteKey> = object extends ApiInput<K> ? [input?: ApiInput<K>] : [input: ApiInput<K>];

/**
 * Calls one route of the contract; the answer's type is the route's response schema.
 * @example const run = await apiCall('GET /api/runs/:id', { params: { id } });
 */
export async function apiCall<K extends RouteKey>(route: K, ...[input]: Args<K>): Promise<ApiOutput<K>> {
  const { params, query, body } = (input ?? {}) as { params?: object; query?: object; body?: unknown };
  const space = route.indexOf(' ');
  const method = route.slice(0, space);
  const path = fillPath(route.slice(space + 1), params) + queryString(query);
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as ApiOutput<K>;
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : undefined;
  if (!res.ok) throw ApiError.fromResponse(res.status, data, `The server answered ${res.status}.`);
  // The server checked this answer against the same schema before sending it.
  return data as ApiOutput<K>;
}

function queryString(query: object | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
