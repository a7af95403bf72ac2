import { useEffect, useRef, useState } from 'preact/hooks';
import { call, type Me } from '../api.ts';
import { ErrorNote, Field, formValues } from '../ui.tsx';

/** The sign-in page; `notice` says why the last session ended. */
export function Login({ notice, onSignedIn }: { notice: string; onSignedIn: (me: Me) => void }) {
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (e: Event) => {
    const v = formValues(e);
    setBusy(true);
    setError(undefined);
    try {
      onSignedIn(
        await call<Me>('POST', '/login', { name: v['name']?.trim(), password: v['password'] }, true),
      );
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <main class="login-page">
      <form class="login-card stack" onSubmit={submit} aria-labelledby="login-title">
        <div class="brand brand-dark">
          <span class="logo" aria-hidden="true">
            P
          </span>
          <span>
            Parley <span class="brand-sub">admin</span>
          </span>
        </div>
        <h1 id="login-title">Sign in to the console</h1>
        {notice && (
          <p class="alert alert-warn" role="status">
            {notice}
          </p>
        )}
        <Field label="Admin name">
          <input name="name" autocomplete="username" required ref={first} />
        </Field>
        <Field label="Password">
          <input name="password" type="password" autocomplete="current-password" required />
        </Field>
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p class="dim small">
          First start: the owner account <code>admin</code> has its password in{' '}
          <code>&lt;dataDir&gt;/admin-password.txt</code>.
        </p>
      </form>
    </main>
  );
}
