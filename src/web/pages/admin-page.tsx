import { ApiError } from '../api/api-client.js';
import type { SessionUser } from '../api/api-types.js';
import { ErrorNotice } from '../components/notice.js';
import { SettingsPanel } from './admin-settings.js';
import { UsersPanel } from './admin-users.js';

/**
 * Administration: accounts and the regional settings, for administrators only (who see no
 * case data). Other roles get the access-denied panel; the server refuses them regardless.
 */
export function AdminPage({ user }: { user: SessionUser }) {
  if (user.role !== 'administrator')
    return (
      <ErrorNotice error={new ApiError(403, 'FORBIDDEN', 'administration is for administrators')} />
    );
  return (
    <>
      <h1>Administration</h1>
      <UsersPanel me={user} />
      <SettingsPanel />
    </>
  );
}
