// The one seam between the web app and the toex API: same-origin fetch with the session
// cookie, and the double-submit CSRF token on every state-changing request.

/** An API refusal or failure: the HTTP status, the server's error code and message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Query values; undefined and empty values are left out. */
export type QueryValues = Record<string, string | number | boolean | undefined>;

let csrfToken: string | null = null;

/** Keeps the CSRF token the server issued (at sign-in it issues a fresh one). */
export function rememberCsrf(token: string): void {
  csrfToken = token;
}

async function currentCsrf(): Promise<string> {
  if (csrfToken !== null) return csrfToken;
  const body = await apiGet<{ csrfToken: string }>('/api/auth/csrf');
  csrfToken = body.csrfToken;
  return csrfToken;
}

/** Builds `path?query` from the values that are set. */
export function withQuery(path: string, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function readBody<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  throw new ApiError(
    response.status,
    error?.code ?? 'INTERNAL',
    error?.message ?? `the server answered ${response.status}`,
  );
}

/** GET a JSON API route. Throws ApiError on a 4xx/5xx answer. */
export async function apiGet<T>(path: string, query?: QueryValues): Promise<T> {
  const response = await fetch(withQuery(path, query), {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  return readBody<T>(response);
}

/** POST JSON to an API route with the CSRF token. Throws ApiError on a 4xx/5xx answer. */
export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiSend<T>('POST', path, body);
}

/** PUT JSON to an API route (replaces a resource). Throws ApiError on a 4xx/5xx answer. */
export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return apiSend<T>('PUT', path, body);
}

/** PATCH JSON to an API route (changes part of a resource). Throws ApiError on 4xx/5xx. */
export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiSend<T>('PATCH', path, body);
}

async function apiSend<T>(method: 'POST' | 'PUT' | 'PATCH', path: string, body: unknown) {
  const token = await currentCsrf();
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'x-csrf-token': token,
    },
    body: JSON.stringify(body ?? {}),
  });
  return readBody<T>(response);
}
