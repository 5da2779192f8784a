import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';

interface RouteState {
  path: string;
  navigate: (path: string) => void;
}

const RouteContext = createContext<RouteState>({ path: '/', navigate: () => undefined });

/** Client-side routing over the History API; the server serves index.html for any path. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(window.location.pathname);

  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((next: string) => {
    window.history.pushState(null, '', next);
    setPath(next);
    window.scrollTo(0, 0);
  }, []);

  return <RouteContext.Provider value={{ path, navigate }}>{children}</RouteContext.Provider>;
}

/** The current path and a navigate function. */
export function useRoute(): RouteState {
  return useContext(RouteContext);
}

/** A real link (keyboard- and middle-click-usable) that navigates inside the app. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  const { path, navigate } = useRoute();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} aria-current={path === to ? 'page' : undefined}>
      {children}
    </a>
  );
}

/** The path of a person's page. */
export function personPath(personId: string): string {
  return `/person/${encodeURIComponent(personId)}`;
}
