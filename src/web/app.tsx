import { useEffect, useState } from 'react';
import { ApiError, apiGet, apiPost } from './api/api-client.js';
import type { SessionUser } from './api/api-types.js';
import { Marking } from './components/marking.js';
import { Loading } from './components/notice.js';
import { AdminPage } from './pages/admin-page.js';
import { HotspotsPage } from './pages/hotspots-page.js';
import { LoginPage } from './pages/login-page.js';
import { PacksPage } from './pages/packs-page.js';
import { PeoplePage } from './pages/people-page.js';
import { PersonPage } from './pages/person-page.js';
import { ProfilePage } from './pages/profile-page.js';
import { SearchPage } from './pages/search-page.js';
import { ProfileProvider } from './profile-state.js';
import { Link, RouterProvider, useRoute } from './router.js';

const dataPages = [
  { path: '/profile', label: 'Profile' },
  { path: '/hotspots', label: 'Hotspots' },
  { path: '/people', label: 'Suspects & MAFB' },
  { path: '/search', label: 'Person search' },
  { path: '/packs', label: 'Packs' },
];

const adminPages = [{ path: '/admin', label: 'Administration' }];

/** The pages a role may use: administrators manage accounts and settings, and see no data. */
function pagesFor(user: SessionUser) {
  return user.role === 'administrator' ? adminPages : dataPages;
}

function Page({ user }: { user: SessionUser }) {
  const { path } = useRoute();
  if (path.startsWith('/person/'))
    return <PersonPage key={path} personId={decodeURIComponent(path.slice('/person/'.length))} />;
  switch (path) {
    case '/hotspots':
      return <HotspotsPage />;
    case '/people':
      return <PeoplePage />;
    case '/search':
      return <SearchPage />;
    case '/packs':
      return <PacksPage user={user} />;
    case '/admin':
      return <AdminPage user={user} />;
    case '/profile':
      return <ProfilePage />;
    default:
      return user.role === 'administrator' ? <AdminPage user={user} /> : <ProfilePage />;
  }
}

function Shell({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  return (
    <ProfileProvider>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">toex</span>
        <nav aria-label="Main">
          <ul>
            {pagesFor(user).map((p) => (
              <li key={p.path}>
                <Link to={p.path}>{p.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <span className="user">
          {user.username} ({user.role}
          {user.force ? `, ${user.force}` : ''})
        </span>
        <button type="button" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page user={user} />
      </main>
    </ProfileProvider>
  );
}

/** The analysts' web app: sign-in, then the pages; the marking is on every page. */
export function App() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);

  useEffect(() => {
    apiGet<{ user: SessionUser }>('/api/auth/me')
      .then((body) => setUser(body.user))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) console.error(error);
        setUser(null);
      });
  }, []);

  const signOut = () => {
    void apiPost('/api/auth/logout').finally(() => setUser(null));
  };

  return (
    <RouterProvider>
      <Marking place="top" />
      {user === undefined ? <Loading what="your session" /> : null}
      {user === null ? <LoginPage onSignedIn={setUser} /> : null}
      {user ? <Shell user={user} onSignOut={signOut} /> : null}
      <Marking place="foot" />
    </RouterProvider>
  );
}
