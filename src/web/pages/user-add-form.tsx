import { useState, type FormEvent } from 'react';
import { apiPost } from '../api/api-client.js';
import { roleNames } from '../api/admin-types.js';
import { forces, type Role } from '../api/api-types.js';
import { ErrorNotice } from '../components/notice.js';
import { forceLabel } from './filter-panel.js';

interface UserDraft {
  username: string;
  role: Role;
  force: string;
  password: string;
}

type DraftField = keyof UserDraft;

/** What is wrong with a draft, and which field to mark; null when it can be sent. */
function draftProblem(draft: UserDraft): { field: DraftField; message: string } | null {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(draft.username))
    return { field: 'username', message: 'The username needs 3-64 of a-z 0-9 . _ - (lower case).' };
  if (draft.role === 'analyst' && draft.force === '')
    return {
      field: 'force',
      message: 'An analyst needs a force: the force whose records they see.',
    };
  if (draft.password.length < 12)
    return { field: 'password', message: 'The password needs at least 12 characters.' };
  return null;
}

const emptyDraft: UserDraft = { username: '', role: 'analyst', force: '', password: '' };

/** Adds a local account; reports the new username to `onAdded`. */
export function UserAddForm({ onAdded }: { onAdded: (username: string) => void }) {
  const [draft, setDraft] = useState<UserDraft>(emptyDraft);
  const [problem, setProblem] = useState<ReturnType<typeof draftProblem>>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = draftProblem(draft);
    setProblem(found);
    setError(null);
    if (found !== null) return;
    setBusy(true);
    try {
      const { force, ...rest } = draft;
      await apiPost('/api/users', draft.role === 'analyst' ? { ...rest, force } : rest);
      setDraft(emptyDraft);
      onAdded(draft.username);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: DraftField) =>
    problem?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': 'user-add-problem' }
      : { 'aria-invalid': false };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="user-add">
      <h3 id="user-add">Add an account</h3>
      <div className="field">
        <label htmlFor="new-username">Username</label>
        <input
          id="new-username"
          autoComplete="off"
          maxLength={64}
          value={draft.username}
          onChange={(e) => setDraft({ ...draft, username: e.target.value })}
          {...invalid('username')}
        />
      </div>
      <div className="field">
        <label htmlFor="new-role">Role</label>
        <select
          id="new-role"
          value={draft.role}
          onChange={(e) => setDraft({ ...draft, role: e.target.value as Role, force: '' })}
        >
          {roleNames.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-force">Force (analysts only)</label>
        <select
          id="new-force"
          value={draft.force}
          disabled={draft.role !== 'analyst'}
          onChange={(e) => setDraft({ ...draft, force: e.target.value })}
          {...invalid('force')}
        >
          <option value="">{draft.role === 'analyst' ? 'Choose a force' : 'Every force'}</option>
          {forces.map((f) => (
            <option key={f} value={f}>
              {forceLabel(f)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="new-password">Password (at least 12 characters)</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          maxLength={1024}
          value={draft.password}
          onChange={(e) => setDraft({ ...draft, password: e.target.value })}
          {...invalid('password')}
        />
      </div>
      <button type="submit" disabled={busy}>
        Add account
      </button>
      {problem ? (
        <p id="user-add-problem" className="error" role="alert">
          {problem.message}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
