import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FastifyInstance } from 'fastify';
import { newImportStatus, upgradeImportStatus, type ImportStatus } from '../../app/import-status';
import { AppError } from '../app-error';
import type { AppDeps } from '../deps';
import type { ImportJobs } from '../import-jobs';
import { uploadLabel } from '../import-jobs';
import { spoolUpload } from '../upload-spool';
import { createUploadSlots, DEFAULT_UPLOAD_SLOTS } from '../upload-slots';
import { currentUser } from '../plugins/session';
import { fromContract } from './contract-route';

export function importRoutes(app: FastifyInstance, deps: AppDeps, jobs: ImportJobs): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const slots = createUploadSlots({ ...DEFAULT_UPLOAD_SLOTS, ...deps.config.uploadSlots });

  r.route({
    ...fromContract('POST /api/imports'),
    handler: async (request, reply) => {
      const userId = currentUser(request).id;
      if (!request.isMultipart()) {
        throw new AppError(
          'unsupported_media_type',
          'Send the files as multipart/form-data in a field named "files".',
        );
      }
      const release = slots.take(userId);
      const { dir, files } = await spoolUpload(request, reply, {
        maxUploadBytes: deps.config.maxUploadBytes,
        maxFileBytes: deps.config.maxFileBytes,
        root: deps.config.uploadDir ?? tmpdir(),
      }).finally(release);
      if (dir === null) {
        throw new AppError('validation_failed', 'No file was uploaded.', [
          { path: 'body.files', message: 'choose at least one file' },
        ]);
      }
      const id = randomUUID();
      // Named after what was sent ("export.zip and 1 more"), never a count that could read as the files inside.
      const labels = files.map((f) => f.label);
      const name = labels.length === 1 ? labels[0]! : `${labels[0]} and ${labels.length - 1} more`;
      const status: ImportStatus = newImportStatus(id, name, deps.clock.now().toISOString());
      status.filesTotal = files.length;
      try {
        // `receiving` until the upload is stored where every instance and worker can read it.
        await deps.repos.imports.create(userId, id, status.filename, status.createdAt, {
          ...status,
          state: 'receiving',
        });
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      // Storing the upload is the server's work, not a client stalling: the idle timeout waits meanwhile.
      // (A request injected in tests has a socket without timeouts.)
      const socket = typeof request.raw.socket?.setTimeout === 'function' ? request.raw.socket : null;
      const idleMs = socket?.timeout ?? 0;
      socket?.setTimeout(0);
      try {
        await jobs.start(userId, status, files, dir);
      } finally {
        if (socket && !socket.destroyed) socket.setTimeout(idleMs);
      }
      return reply.status(202).send(status);
    },
  });

  r.route({
    ...fromContract('GET /api/imports'),
    handler: async (request) => {
      const items = await deps.repos.imports.recent(currentUser(request).id, 20);
      return { items: items.map((s) => ({ ...upgradeImportStatus(s), files: [] })) };
    },
  });

  r.route({
    ...fromContract('GET /api/imports/:id'),
    handler: async (request) => {
      const found = await deps.repos.imports.get(currentUser(request).id, request.params.id);
      if (!found) throw new AppError('not_found', 'No import with this id.');
      return upgradeImportStatus(found);
    },
  });
}

export { uploadLabel };
