import { useEffect, useRef } from 'preact/hooks';
import { call, type Me } from '../api.ts';
import { useSubmit } from '../forms.tsx';
import { Brand, ErrorNote, Field, formValues } from '../ui.tsx';

/** The sign-in page; `notice` says why the last session ended. */
export function Login({ notice, onSignedIn }: { notice: string; onSignedIn: (me: Me) => void }) {
  const { error, setError, busy, run } = useSubmit();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = async (e: Event) => {
    const v = formValues(e);
    setError(undefined);
    await run(async () =>
      onSignedIn(
        await call<Me>('POST', '/login', { name: v['name']?.trim(), password: v['password'] }, true),
      ),
    );
  };
  return (
    <main class="login-page">
      <form class="login-card stack" onSubmit={submit} aria-labelledby="login-title">
        <Brand dark />
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
