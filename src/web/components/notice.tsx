import { ApiError } from '../api/api-client.js';

/**
 * Shows a failed API call: a refusal (403) as an access-denied panel, anything else as an
 * alert with the server's short message.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 403)
    return (
      <section className="denied" role="alert" aria-labelledby="denied-title">
        <h2 id="denied-title">Access denied</h2>
        <p>Your role does not allow this page or these records: {error.message}.</p>
        <p>Ask your supervisor if you need access.</p>
      </section>
    );
  const message = error instanceof Error ? error.message : 'something went wrong';
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}

/** A polite loading message for screen readers and sighted users alike. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
