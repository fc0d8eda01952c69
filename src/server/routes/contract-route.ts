import { API_ROUTES, type ApiRoutes, type RouteKey } from '../../contract/routes';
import { splitRouteKey } from '../../contract/route-spec';

/**
 * A route's method, path, schemas and access as the contract says, to spread into `app.route`; the
 * handler's request and reply are then typed from the contract's schemas.
 * @example r.route({ ...fromContract('GET /api/me'), handler: async (request) => currentUser(request) });
 */
export function fromContract<K extends RouteKey>(key: K) {
  const spec: ApiRoutes[K] & { public?: boolean } = API_ROUTES[key];
  const { public: isPublic, ...schema } = spec;
  return {
    ...splitRouteKey(key),
    schema: schema as Omit<ApiRoutes[K], 'public'>,
    config: { public: isPublic === true },
  };
}
