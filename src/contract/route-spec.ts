/** What one entry of the route table says, and the types the server and the web read from it. */
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Route keys read `METHOD /path`, with `:name` for path parameters: `GET /api/runs/:id`. */
export type RouteKeyPattern = `${HttpMethod} /api/${string}`;

export interface RouteSpec {
  /** Answered without a session (everything else needs one). */
  public?: boolean;
  tags: string[];
  summary: string;
  /** Left out of the OpenAPI document. */
  hide?: boolean;
  /** Content types of the body when it is not JSON (it is then not described by `body`). */
  consumes?: string[];
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  /** One schema per success status; 204 answers carry no body, so `noContent`. */
  response: Partial<Record<200 | 201 | 202 | 204, z.ZodType>>;
}

/** The body of a 204 answer: nothing. */
export type NoContent = undefined;

type Input<S, F extends string> = S extends { [P in F]: infer Z extends z.ZodType } ? z.input<Z> : never;

/** What a caller passes for a route: path parameters, query and JSON body, each only where the route has one. */
export type RouteInput<S extends RouteSpec> = ([Input<S, 'params'>] extends [never]
  ? unknown
  : { params: Input<S, 'params'> }) &
  ([Input<S, 'querystring'>] extends [never] ? unknown : { query?: Input<S, 'querystring'> }) &
  ([Input<S, 'body'>] extends [never] ? unknown : { body: Input<S, 'body'> });

/** What a route answers on success: the output of its response schema (undefined for 204). */
export type RouteOutput<S extends RouteSpec> = {
  [Status in keyof S['response']]: Status extends 204
    ? NoContent
    : S['response'][Status] extends z.ZodType
      ? z.output<S['response'][Status]>
      : never;
}[keyof S['response']];

/** Splits `GET /api/runs/:id` into its method and path. */
export function splitRouteKey<K extends RouteKeyPattern>(key: K): { method: MethodOf<K>; url: PathOf<K> } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space) as MethodOf<K>, url: key.slice(space + 1) as PathOf<K> };
}

export type MethodOf<K extends string> = K extends `${infer M extends HttpMethod} ${string}` ? M : never;
export type PathOf<K extends string> = K extends `${HttpMethod} ${infer P}` ? P : never;

/**
 * A route's path with its parameters filled in.
 * @example fillPath('/api/runs/:id', { id: 'a b' }) // '/api/runs/a%20b'
 */
export function fillPath(path: string, params: object | undefined): string {
  const values = (params ?? {}) as Record<string, string | number>;
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(values[name] ?? '')));
}
