import { useState } from 'preact/hooks';
import { type ChatStore, errorText } from './chat-store.ts';

/** Sign in or create an account; tells why when the last session was ended from elsewhere. */
export function Login({ store }: { store: ChatStore }) {
  const [registering, setRegistering] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const uid = String(form.get('uid') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const nickname = String(form.get('nickname') ?? '').trim();
    setBusy(true);
    setError('');
    try {
      await store.login(uid, password, registering ? { nickname } : undefined);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  const title = registering ? 'Create an account' : 'Sign in';
  return (
    <main class="login">
      <h1>Parley</h1>
      {store.kickedNotice && (
        <p role="alert" class="notice" data-testid="kicked-notice">
          {store.kickedNotice}
        </p>
      )}
      <form onSubmit={submit} aria-labelledby="login-title">
        <h2 id="login-title">{title}</h2>
        <label>
          User id
          <input name="uid" autocomplete="username" required maxLength={64} pattern="[A-Za-z0-9_.@\-]+" />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autocomplete={registering ? 'new-password' : 'current-password'}
            required
          />
        </label>
        {registering && (
          <label>
            Nickname <span class="hint">(optional)</span>
            <input name="nickname" autocomplete="nickname" maxLength={64} />
          </label>
        )}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Please wait…' : title}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            setRegistering(!registering);
            setError('');
          }}
        >
          {registering ? 'Have an account? Sign in' : 'New here? Create an account'}
        </button>
      </form>
    </main>
  );
}
