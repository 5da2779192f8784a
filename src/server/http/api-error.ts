import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { errorCodeTable, isToexError, type ToexErrorCode } from '../../core/errors.js';
import type { ServerEnv } from './server-env.js';

/** The body of every API error: a stable code and a short message with no personal data. */
export interface ApiErrorBody {
  error: { code: ToexErrorCode; message: string };
}

/** Sends an error body; the status defaults to the code's row of errorCodeTable. */
export function sendError(
  c: Context,
  error: { code: ToexErrorCode; message: string; status?: ContentfulStatusCode },
): Response {
  const status = error.status ?? (errorCodeTable[error.code].http as ContentfulStatusCode);
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  return c.json(body, status);
}

/**
 * The app's error handler: ToexError by its code, Hono's HTTP exceptions by their status,
 * anything else (INTERNAL included: store messages may quote SQL) as INTERNAL with the
 * request id only; the detail goes to the log, at error level.
 */
export function handleError(err: Error, c: Context<ServerEnv>): Response {
  if (isToexError(err) && err.code !== 'INTERNAL')
    return sendError(c, { code: err.code, message: err.message });
  if (err instanceof HTTPException) {
    const code = err.status === 403 ? 'FORBIDDEN' : 'INVALID_VALUE';
    return sendError(c, { code, message: err.message, status: err.status });
  }
  const requestId = c.get('requestId');
  c.get('services').logger.error({ reqId: requestId, err }, 'unhandled error');
  return sendError(c, {
    code: 'INTERNAL',
    message: `internal error; quote request id ${requestId} to the administrator`,
  });
}

/**
 * The validation hook of every route: a 400 naming each field that failed, e.g.
 * `query.purpose: state the purpose of this search`. Values are never echoed back.
 */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const problems = result.error.issues.map(
    (issue) => `${[result.target, ...issue.path.map(String)].join('.')}: ${issue.message}`,
  );
  return sendError(c, { code: 'INVALID_VALUE', message: problems.join('; ') });
}
