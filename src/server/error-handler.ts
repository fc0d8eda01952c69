import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type Issue } from './app-error';
import { ERROR_CODES, type ErrorCode } from '../core/error-codes';
import { httpStatus } from './http-status';

interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: Issue[];
  requestId: string;
}

/** The one place where failures become HTTP responses: a stable body, no stack traces. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (code: ErrorCode, message: string, issues?: Issue[]) => {
      const body: ErrorBody = { code, message, requestId: String(request.id) };
      if (issues && issues.length > 0) body.issues = issues;
      return reply.status(httpStatus(code)).type('application/json').send(body);
    };

    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return send(error.code, error.message, error.issues);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((v) => ({
        path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is invalid',
      }));
      return send(
        'validation_failed',
        `Invalid ${where}: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
        issues,
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send('internal', ERROR_CODES.internal.message);
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send('unsupported_media_type', error.message);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send('payload_too_large', error.message);
    if (status === 400 && (error instanceof SyntaxError || error.code?.startsWith('FST_ERR_CTP'))) {
      return send('invalid_json', `The request body is not valid JSON: ${error.message}`);
    }
    if (status === 404) return send('not_found', ERROR_CODES.not_found.message);
    if (status === 429) return send('too_many_attempts', ERROR_CODES.too_many_attempts.message);
    if (status >= 400 && status < 500) return send('validation_failed', error.message);
    request.log.error({ err: error }, 'unhandled error');
    return send('internal', ERROR_CODES.internal.message);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      code: 'not_found',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
      requestId: String(request.id),
    };
    return reply.status(404).send(body);
  });
}
