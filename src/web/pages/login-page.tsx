import { useState, type FormEvent } from 'react';
import { ApiError, apiPost, rememberCsrf } from '../api/api-client.js';
import type { SessionUser } from '../api/api-types.js';

/** Props of the sign-in page. */
export interface LoginPageProps {
  onSignedIn: (user: SessionUser) => void;
}

function signInMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 429) return 'Too many failed sign-ins: wait.';
  if (error instanceof ApiError && error.status === 401) return 'Wrong username or password.';
  return error instanceof Error ? error.message : 'Sign-in failed.';
}

/** Sign-in with username and password; fetches the CSRF token first, as the server expects. */
export function LoginPage({ onSignedIn }: LoginPageProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = await apiPost<{ user: SessionUser; csrfToken: string }>('/api/auth/login', {
        username,
        password,
      });
      rememberCsrf(body.csrfToken);
      onSignedIn(body.user);
    } catch (caught) {
      setError(signInMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <h1>toex — sign in</h1>
      <form onSubmit={(e) => void submit(e)} aria-describedby={error ? 'login-error' : undefined}>
        <div className="field">
          <label htmlFor="username">Username</label>
          <input
            id="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? (
          <p id="login-error" className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
