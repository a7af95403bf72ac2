/**
 * The admin console: the sign-in page, then a left nav (only what the role may see), a top bar
 * with the account menu and the page the hash names (#/users/alice …).
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  type AdminRole,
  call,
  errorText,
  type Me,
  may,
  setForbiddenHandler,
  setSignedOutHandler,
} from './api.ts';
import { FormDialog, NewPassword } from './forms.tsx';
import { Admins } from './pages/admins.tsx';
import { Audit } from './pages/audit.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { GroupDetail, Groups } from './pages/groups.tsx';
import { Keys } from './pages/keys.tsx';
import { Login } from './pages/login.tsx';
import { Messages } from './pages/messages.tsx';
import { SettingsPage } from './pages/settings.tsx';
import { UserDetail, Users } from './pages/users.tsx';
import { Webhooks } from './pages/webhooks.tsx';
import { go, useRoute } from './router.ts';
import { Brand, ConfirmHost, Field, ToastHost, toast } from './ui.tsx';

interface NavItem {
  path: string;
  label: string;
  icon: string;
  role: AdminRole;
}

const NAV: readonly NavItem[] = [
  { path: 'dashboard', label: 'Dashboard', icon: '◧', role: 'viewer' },
  { path: 'users', label: 'Users', icon: '◉', role: 'viewer' },
  { path: 'groups', label: 'Groups', icon: '◎', role: 'viewer' },
  { path: 'messages', label: 'Messages', icon: '✉', role: 'viewer' },
  { path: 'keys', label: 'API keys', icon: '❖', role: 'viewer' },
  { path: 'webhooks', label: 'Webhooks', icon: '⇄', role: 'viewer' },
  { path: 'settings', label: 'Settings', icon: '⚙', role: 'viewer' },
  { path: 'admins', label: 'Admins', icon: '♔', role: 'owner' },
  { path: 'audit', label: 'Audit log', icon: '☰', role: 'viewer' },
];

export function App() {
  // undefined: asking the server whether this browser has a session.
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [ended, setEnded] = useState('');
  const [bootError, setBootError] = useState<unknown>(undefined);
  const meRef = useRef(me);
  meRef.current = me;

  const check = useCallback(async () => {
    try {
      setMe(await call<Me>('GET', '/me', undefined, true));
      setBootError(undefined);
    } catch (err) {
      if (err instanceof Error && 'status' in err && err.status === 401) setMe(null);
      else {
        setBootError(err);
        setMe(null);
      }
    }
  }, []);

  useEffect(() => {
    setSignedOutHandler(() => {
      setMe((m) => {
        if (m) setEnded('Your session has ended. Sign in again.');
        return null;
      });
    });
    // A refusal may mean the role changed: the nav and the buttons follow the server's answer.
    setForbiddenHandler(() => {
      call<Me>('GET', '/me').then(
        (now) => {
          const m = meRef.current;
          if (!m || (m.name === now.name && m.role === now.role)) return;
          setMe(now);
          toast(`Your role is now ${now.role}.`);
        },
        () => undefined,
      );
    });
    void check();
  }, [check]);

  if (me === undefined) return <p class="boot">Loading the console…</p>;
  if (me === null) {
    return (
      <>
        <Login
          notice={ended || (bootError ? errorText(bootError) : '')}
          onSignedIn={(m) => {
            setEnded('');
            setBootError(undefined);
            setMe(m);
          }}
        />
        <ToastHost />
      </>
    );
  }
  return <Shell me={me} onSignedOut={() => setMe(null)} />;
}

function Shell({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const route = useRoute();
  const [navOpen, setNavOpen] = useState(false);
  const items = NAV.filter((n) => may(me.role, n.role));
  const [section = 'dashboard', id] = route;
  const current = items.find((n) => n.path === section);

  useEffect(() => {
    if (!route.length) go('dashboard');
  }, [route]);
  useEffect(() => setNavOpen(false), [section, id]);

  let page: JSX.Element;
  if (!current) page = <p class="alert alert-error">There is no page “{section}” for your role.</p>;
  else if (section === 'dashboard') page = <DashboardPage />;
  else if (section === 'users') page = id ? <UserDetail uid={id} me={me} /> : <Users me={me} />;
  else if (section === 'groups') page = id ? <GroupDetail groupId={id} me={me} /> : <Groups />;
  else if (section === 'messages') page = <Messages me={me} />;
  else if (section === 'keys') page = <Keys me={me} />;
  else if (section === 'webhooks') page = <Webhooks me={me} />;
  else if (section === 'settings') page = <SettingsPage me={me} />;
  else if (section === 'admins') page = <Admins me={me} />;
  else page = <Audit />;

  useEffect(() => {
    document.title = `${current?.label ?? 'Console'} · Parley admin`;
  }, [current]);

  return (
    <div class={navOpen ? 'shell nav-open' : 'shell'}>
      <aside class="side">
        <Brand />
        <nav aria-label="Console">
          <ul>
            {items.map((n) => (
              <li key={n.path}>
                <a href={`#/${n.path}`} aria-current={n.path === section ? 'page' : undefined}>
                  <span class="nav-icon" aria-hidden="true">
                    {n.icon}
                  </span>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="side-foot">
          Signed in as <strong>{me.name}</strong>
          <span class={`role role-${me.role}`}>{me.role}</span>
        </div>
      </aside>
      {/* On a narrow screen the nav slides over the page; a tap beside it closes it. */}
      {navOpen && (
        <button type="button" class="scrim" aria-label="Close menu" onClick={() => setNavOpen(false)} />
      )}
      <div class="main">
        <header class="topbar">
          <button
            type="button"
            class="icon menu-toggle"
            aria-label="Menu"
            aria-expanded={navOpen}
            onClick={() => setNavOpen((o) => !o)}
          >
            ☰
          </button>
          <h1>{current?.label ?? 'Console'}</h1>
          <AccountMenu me={me} onSignedOut={onSignedOut} />
        </header>
        <main class="content">{page}</main>
      </div>
      <ConfirmHost />
      <ToastHost />
    </div>
  );
}

function AccountMenu({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  const signOut = async () => {
    setOpen(false);
    try {
      await call('POST', '/logout', {}, true);
    } catch {
      // Signed out here either way; the session row expires on its own.
    }
    onSignedOut();
  };

  return (
    <div class="account" ref={box}>
      <button
        type="button"
        class="account-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Account ${me.name} (${me.role})`}
        onClick={() => setOpen((o) => !o)}
      >
        <span class="avatar" aria-hidden="true">
          {me.name.slice(0, 1).toUpperCase()}
        </span>
        <span class="account-name">{me.name}</span>
        <span class={`role role-${me.role}`}>{me.role}</span>
      </button>
      {open && (
        <div class="menu" role="menu" aria-label="Account">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setChanging(true);
            }}
          >
            Change password
          </button>
          <button type="button" role="menuitem" onClick={signOut}>
            Sign out
          </button>
        </div>
      )}
      {changing && <PasswordDialog onClose={() => setChanging(false)} />}
    </div>
  );
}

function PasswordDialog({ onClose }: { onClose: () => void }) {
  const send = async (v: Record<string, string>) => {
    await call('POST', '/me/password', { current: v['current'], password: v['password'] });
    toast('Your password was changed.');
    onClose();
  };
  return (
    <FormDialog
      title="Change your password"
      submit="Change password"
      onClose={onClose}
      check={(v) =>
        (v['password'] ?? '') !== (v['repeat'] ?? '') ? 'The new passwords do not match.' : undefined
      }
      send={send}
    >
      <Field label="Current password">
        <input name="current" type="password" autocomplete="current-password" required />
      </Field>
      <NewPassword label="New password" min={8} />
      <NewPassword label="Repeat the new password" min={8} name="repeat" hint={false} />
    </FormDialog>
  );
}
