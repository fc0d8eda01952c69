import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import { constants as zlibConstants } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps';
import { installErrorHandling } from './error-handler';
import { answerClientError, timeoutOptions } from './http-timeouts';
import { installSessions } from './plugins/session';
import { installWebApp } from './web-app';
import { healthRoutes } from './routes/health';
import { authRoutes } from './routes/auth';
import { settingsRoutes } from './routes/settings';
import { checkinRoutes } from './routes/checkins';
import { runRoutes } from './routes/runs';
import { loadRoutes } from './routes/load';
import { shoeRoutes } from './routes/shoes';
import { dashboardRoutes } from './routes/dashboard';
import { planRoutes } from './routes/plans';
import { calendarRoutes } from './routes/calendar';
import { painRoutes } from './routes/pain';
import { reportRoutes } from './routes/report';
import { yourDataRoutes } from './routes/your-data';
import { importRoutes } from './routes/imports';
import { createImportJobs, type ImportJobs } from './import-jobs';
import fastifyMultipart from '@fastify/multipart';
import { passwordResetRoutes } from './routes/password-reset';
import { createBackgroundTasks, type BackgroundTasks } from './background-tasks';
import {
  createLoginThrottle,
  createResetThrottle,
  createWindowStore,
  type LoginThrottle,
  type ResetThrottle,
  type WindowStore,
} from '../app/throttles';
import { installRateLimits } from './plugins/rate-limit';
import { sessionRoutes } from './routes/sessions';
import { formCheckRoutes } from './routes/form-checks';
import type { RateLimits } from '../core/account/rate-limits';
import { fastifyTrustProxy } from './trust-proxy';
import { installSecurityHeaders } from './plugins/security-headers';
import { installRequestGuard } from './plugins/request-guard';
import { fromContract } from './routes/contract-route';
import { describeRoute } from './openapi';

export interface RouteEntry {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its access: what the isolation tests enumerate. */
    routeTable: RouteEntry[];
    /** Background imports: `idle()` resolves when all have finished. */
    importJobs: ImportJobs;
    /** Other background work (reset emails): `idle()` resolves when all has finished. */
    backgroundTasks: BackgroundTasks;
    /** Login and reset throttles and the rate limits, all counted in the database (shared by instances). */
    throttles: { login: LoginThrottle; reset: ResetThrottle; windows: WindowStore; rateLimits: RateLimits };
  }
}

/** Every route module; each takes the app and the deps it needs. */
const ROUTES = [
  healthRoutes,
  authRoutes,
  settingsRoutes,
  checkinRoutes,
  runRoutes,
  loadRoutes,
  dashboardRoutes,
  shoeRoutes,
  planRoutes,
  calendarRoutes,
  painRoutes,
  reportRoutes,
  yourDataRoutes,
  sessionRoutes,
  formCheckRoutes,
];

/**
 * The HTTP adapter, ready for `listen` or `inject`; it never listens by itself.
 * @example const app = await buildApp(deps); await app.inject({ url: '/api/health' });
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger,
    logger: deps.logger
      ? undefined
      : deps.config.logLevel === 'silent'
        ? false
        : { level: deps.config.logLevel },
    trustProxy: fastifyTrustProxy(deps.config.trustProxy),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    ...timeoutOptions(deps.config.timeouts),
    clientErrorHandler: answerClientError,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  await installSecurityHeaders(app);
  installRequestGuard(app, deps);

  // Brotli or gzip for JSON and the web app's files; Brotli at quality 4 costs little CPU per response.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(fastifyCookie);
  // Marks multipart requests (`request.isMultipart()`); upload-spool.ts parses their bodies, with its limits.
  await app.register(fastifyMultipart);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'backstride API',
        version: deps.config.version,
        description: 'JSON API of backstride. Authenticate with the session cookie set by /api/auth/login.',
      },
    },
    transform: describeRoute,
  });
  installSessions(app, deps);
  const windows = createWindowStore(deps.repos.throttleHits);
  const rateLimits = installRateLimits(app, deps, windows);
  app.decorate('throttles', {
    login: createLoginThrottle(windows, deps.loginPolicy),
    reset: createResetThrottle(windows, deps.resetPolicy),
    windows,
    rateLimits,
  });
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, public: Boolean(route.config?.public) });
    }
  });
  app.decorate('routeTable', routeTable);

  for (const routes of ROUTES) routes(app, deps);
  const importJobs = await createImportJobs(deps);
  app.decorate('importJobs', importJobs);
  importRoutes(app, deps, importJobs);
  const backgroundTasks = createBackgroundTasks(app.log);
  app.decorate('backgroundTasks', backgroundTasks);
  passwordResetRoutes(app, deps, app.throttles.reset, backgroundTasks);
  app.withTypeProvider<ZodTypeProvider>().route({
    ...fromContract('GET /api/openapi.json'),
    handler: async () =>
      app.swagger() as {
        openapi: string;
        info: { title: string; version: string };
        paths: Record<string, unknown>;
      },
  });
  await installWebApp(app, deps.config.webDist);

  app.addHook('onClose', async () => {
    await importJobs.close();
    await backgroundTasks.idle();
  });
  await app.ready();
  return app;
}
