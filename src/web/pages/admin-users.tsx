import { useCallback, useEffect, useState } from 'react';
import { apiGet, apiPatch } from '../api/api-client.js';
import type { AppUser } from '../api/admin-types.js';
import type { SessionUser } from '../api/api-types.js';
import { DataTable, type Column } from '../components/data-table.js';
import { ErrorNotice, Loading } from '../components/notice.js';
import { formatDay } from '../format/dates.js';
import { forceLabel } from './filter-panel.js';
import { UserAddForm } from './user-add-form.js';

/** The accounts' columns; the last holds the disable/enable button (none on your own row). */
function userColumns(
  me: SessionUser,
  action: { busy: string | null; setDisabled: (user: AppUser, disabled: boolean) => void },
): Column<AppUser>[] {
  const toggle = (u: AppUser) =>
    u.userId === me.userId ? (
      <span className="hint">your account</span>
    ) : (
      <button
        type="button"
        className="secondary"
        disabled={action.busy === u.userId}
        aria-label={`${u.disabled ? 'Enable' : 'Disable'} ${u.username}`}
        onClick={() => action.setDisabled(u, !u.disabled)}
      >
        {u.disabled ? 'Enable' : 'Disable'}
      </button>
    );
  return [
    { key: 'username', label: 'Username', render: (u) => u.username, sortValue: (u) => u.username },
    { key: 'role', label: 'Role', render: (u) => u.role, sortValue: (u) => u.role },
    {
      key: 'force',
      label: 'Force',
      render: (u) => (u.force === null ? 'every force' : forceLabel(u.force)),
      sortValue: (u) => u.force,
    },
    {
      key: 'status',
      label: 'Status',
      render: (u) => (u.disabled ? 'Disabled' : 'Active'),
      sortValue: (u) => (u.disabled ? 1 : 0),
    },
    {
      key: 'created',
      label: 'Created',
      render: (u) => formatDay(u.createdAt.slice(0, 10)),
      sortValue: (u) => u.createdAt,
    },
    { key: 'action', label: 'Action', render: toggle },
  ];
}

/**
 * The accounts: a table with each one's role, force, status and creation date, a button to
 * disable or enable it (disabling ends its sessions at once), and a form to add one.
 */
export function UsersPanel({ me }: { me: SessionUser }) {
  const [users, setUsers] = useState<AppUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setUsers((await apiGet<{ users: AppUser[] }>('/api/users')).users);
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const setDisabled = async (user: AppUser, disabled: boolean) => {
    setBusy(user.userId);
    setError(null);
    try {
      await apiPatch(`/api/users/${encodeURIComponent(user.userId)}`, { disabled });
      setNotice(
        disabled
          ? `${user.username} is disabled; their sessions have ended.`
          : `${user.username} is enabled and may sign in again.`,
      );
      await load();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const added = (username: string) => {
    setNotice(`Added ${username}.`);
    void load();
  };

  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Accounts</h2>
      <p className="notice" role="status">
        {notice}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      {users === null ? (
        error ? null : (
          <Loading what="the accounts" />
        )
      ) : (
        <DataTable
          caption="Accounts"
          columns={userColumns(me, { busy, setDisabled: (u, d) => void setDisabled(u, d) })}
          rows={users}
          rowKey={(u) => u.userId}
        />
      )}
      <UserAddForm onAdded={added} />
    </section>
  );
}
