import { z } from '@hono/zod-openapi';

/** The error body of every 4xx/5xx response. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'SOURCE_UNREADABLE',
        'SCHEMA_MISMATCH',
        'INVALID_VALUE',
        'NOT_FOUND',
        'CONFLICT',
        'FORBIDDEN',
        'INTERNAL',
      ]),
      message: z.string(),
    }),
  })
  .openapi('Error');

/** The stated purpose every view of person-level data must carry (recorded in the audit log). */
export const purposeSchema = z
  .string({ error: 'state the purpose of this request (5-500 characters)' })
  .trim()
  .min(5, 'state the purpose of this request (5-500 characters)')
  .max(500)
  .openapi({ description: 'Why the data is needed; recorded in the audit log.' });

/** A force code, as in the store's `force` column. */
export const forceSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'a force code in lower case');

/** A resolved person id from the person_key view. */
export const personIdSchema = z
  .string()
  .min(1)
  .max(200)
  .openapi({
    param: { name: 'personId', in: 'path' },
  });

/** A row of values as the store returns them (dates yyyy-mm-dd, times yyyy-mm-dd hh:mm:ss). */
export const rowSchema = z.record(z.string(), z.unknown());

/** Error responses every secured route may give. */
export const errorResponses = {
  400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: errorSchema } } },
} as const;

/** A JSON 200 response with `schema`. */
export function jsonOk<TSchema extends z.ZodType>(schema: TSchema, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
