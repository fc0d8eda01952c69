import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { errorBodySchema } from '../contract/errors';

/**
 * The OpenAPI description of one route: its contract schemas, plus the one error body every route may
 * answer with. Only the document gets the error body; replies are serialized by the success schemas.
 */
export const describeRoute: typeof jsonSchemaTransform = (input) => {
  const { schema } = input;
  if (!schema || schema.hide) return jsonSchemaTransform(input);
  const response = { ...(schema.response as object), '4XX': errorBodySchema, '5XX': errorBodySchema };
  return jsonSchemaTransform({ ...input, schema: { ...schema, response } });
};
