import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { settingsPatchSchema, userSettingsSchema } from '../../core/account/settings';
import type { AppDeps } from '../deps';
import { currentUser } from '../plugins/session';

export function settingsRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/settings',
    { schema: { tags: ['settings'], summary: 'Your preferences', response: { 200: userSettingsSchema } } },
    async (request) => deps.repos.settings.get(currentUser(request).id),
  );
  r.put(
    '/api/settings',
    {
      schema: {
        tags: ['settings'],
        summary: 'Change your preferences; fields left out keep their value',
        body: settingsPatchSchema,
        response: { 200: userSettingsSchema },
      },
    },
    async (request) =>
      deps.repos.settings.save(currentUser(request).id, request.body, deps.clock.now().toISOString()),
  );
}
