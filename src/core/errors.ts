/** The closed set of failure codes; each maps to one HTTP status and one CLI exit code. */
export type ToexErrorCode =
  | 'SOURCE_UNREADABLE'
  | 'SCHEMA_MISMATCH'
  | 'INVALID_VALUE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INTERNAL';

/** How each error code surfaces at the edges: HTTP status and process exit code. */
export const errorCodeTable: Record<ToexErrorCode, { http: number; exit: number }> = {
  SOURCE_UNREADABLE: { http: 422, exit: 3 },
  SCHEMA_MISMATCH: { http: 422, exit: 4 },
  INVALID_VALUE: { http: 400, exit: 2 },
  NOT_FOUND: { http: 404, exit: 5 },
  CONFLICT: { http: 409, exit: 6 },
  FORBIDDEN: { http: 403, exit: 7 },
  INTERNAL: { http: 500, exit: 1 },
};

/**
 * The one error type toex throws on purpose. The message says what failed, where, and
 * what to do next; it never holds personal data (refer to records by file and line).
 */
export class ToexError extends Error {
  override readonly name = 'ToexError';
  readonly code: ToexErrorCode;

  constructor(code: ToexErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `error` is a ToexError with the given code (or any code when omitted). */
export function isToexError(error: unknown, code?: ToexErrorCode): error is ToexError {
  return error instanceof ToexError && (code === undefined || error.code === code);
}
