/** Hash routing: `#/users/alice` is ['users', 'alice']. */
import { useEffect, useState } from 'preact/hooks';

function readHash(): string[] {
  const h = location.hash.replace(/^#\/?/, '');
  return h ? h.split('/').map((s) => decodeURIComponent(s)) : [];
}

/** Goes to a page of the console. */
export function go(...parts: string[]): void {
  location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** The route in the hash, following its changes. */
export function useRoute(): string[] {
  const [route, setRoute] = useState(readHash);
  useEffect(() => {
    const on = () => setRoute(readHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
