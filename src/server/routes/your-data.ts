import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { exportAccount } from '../../app/account-export';
import { importAccount } from '../../app/account-import';
import { deleteAccount } from '../../app/account-delete';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import { clearSessionCookie, currentUser } from '../plugins/session';
import { spoolUpload } from '../upload-spool';
import { fromContract } from './contract-route';

export function yourDataRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.route({
    ...fromContract('GET /api/export'),
    handler: async (request, reply) => {
      const file = await exportAccount(deps.store.db, currentUser(request).id, deps.clock.now());
      return (
        reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          // A stream is sent as it is (Fastify never serializes one); the contract describes it as the zip's bytes.
          .send(file.stream as unknown as string)
      );
    },
  });

  r.route({
    ...fromContract('POST /api/import-account'),
    handler: async (request, reply) => {
      const userId = currentUser(request).id;
      if (!request.isMultipart())
        throw new AppError(
          'unsupported_media_type',
          'Send the export as multipart/form-data in a field named "files".',
        );
      const { dir, files } = await spoolUpload(request, reply, {
        maxUploadBytes: deps.config.maxUploadBytes,
        maxFileBytes: deps.config.maxFileBytes,
        root: deps.config.uploadDir ?? tmpdir(),
      });
      try {
        if (dir === null || files.length !== 1)
          throw new AppError('validation_failed', 'Send exactly one export zip.', [
            { path: 'body.files', message: 'choose one backstride export (.zip)' },
          ]);
        const result = await importAccount(deps.store.db, userId, files[0]!.path, deps.clock.now());
        if (!result.ok) throw AppError.from(result.error);
        return reply.status(201).send(result.value);
      } finally {
        if (dir !== null) await rm(dir, { recursive: true, force: true });
      }
    },
  });

  r.route({
    ...fromContract('DELETE /api/me'),
    handler: async (request, reply) => {
      const result = await deleteAccount(deps.store.db, currentUser(request).id, {
        password: request.body.password,
      });
      if (!result.ok) throw AppError.from(result.error);
      clearSessionCookie(reply, request);
      return reply.status(204).send();
    },
  });
}
