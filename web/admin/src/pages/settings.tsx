import { useState } from 'preact/hooks';
import { call, enc, errorText, type Me, may, type Setting, type SettingValue } from '../api.ts';
import { useSubmit } from '../forms.tsx';
import { LoadedList } from '../lists.tsx';
import { Badge, confirmThen, ErrorNote, fmtTime, RowButton, Table, toast, useLoad } from '../ui.tsx';

const show = (v: SettingValue | null | undefined): string =>
  v === null || v === undefined ? '—' : typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v);

/** The value the editor's text means for this setting, or the reason it is not valid. */
export function parseSetting(s: Setting, text: string): { value: SettingValue } | { error: string } {
  switch (s.type) {
    case 'number': {
      const t = text.trim();
      if (!t || !/^-?\d+(\.\d+)?$/.test(t)) return { error: 'Enter a number.' };
      const n = Number(t);
      if (s.min !== undefined && n < s.min) return { error: `At least ${s.min}.` };
      if (s.max !== undefined && n > s.max) return { error: `At most ${s.max}.` };
      return { value: n };
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') return { error: 'Choose on or off.' };
      return { value: text === 'true' };
    case 'enum':
      if (!s.choices?.includes(text)) return { error: `One of ${s.choices?.join(', ') ?? '—'}.` };
      return { value: text };
    default:
      return { value: text };
  }
}

export function SettingsPage({ me }: { me: Me }) {
  const list = useLoad(() => call<{ settings: Setting[] }>('GET', '/settings'), []);
  const [editing, setEditing] = useState<string | null>(null);
  const owner = may(me.role, 'owner');
  const settings = list.data?.settings ?? [];

  const reset = (s: Setting) =>
    confirmThen(
      {
        title: `Reset ${s.key}?`,
        message: (
          <p>
            Every node returns to the configured value <code>{show(s.configured)}</code> within seconds.
          </p>
        ),
        confirmLabel: 'Reset',
      },
      async () => {
        try {
          await call<Setting>('PUT', `/settings/${enc(s.key)}`, { value: null });
          toast(`${s.key} reset to ${show(s.configured)}.`);
          await list.reload();
        } catch (err) {
          toast(errorText(err), 'error');
        }
      },
    );

  return (
    <div class="stack-lg">
      <p class="dim">
        Settings that are safe to change while the server runs. A change applies on every node within seconds
        and lasts until reset; the configured value is the one from the configuration file or environment.
      </p>
      <LoadedList load={list}>
        <Table
          caption="Settings"
          head={['Setting', 'Current', 'Configured', 'Changed', ...(owner ? [''] : [])]}
          count={settings.length}
          empty="No settings can be changed at run time."
        >
          {settings.map((s) =>
            editing === s.key ? (
              <EditRow
                key={s.key}
                setting={s}
                onDone={async (saved) => {
                  setEditing(null);
                  if (saved) await list.reload();
                }}
              />
            ) : (
              <tr key={s.key} data-setting={s.key}>
                <td class="wrap">
                  <code>{s.key}</code>
                  <div class="dim small">{s.doc}</div>
                </td>
                <td>
                  <strong>{show(s.value)}</strong>{' '}
                  {String(s.value) !== String(s.configured) && <Badge tone="warn">changed</Badge>}
                </td>
                <td>{show(s.configured)}</td>
                <td class="small">
                  {s.changedAt ? (
                    `${s.changedBy ?? '?'}, ${fmtTime(s.changedAt)}`
                  ) : (
                    <span class="dim">—</span>
                  )}
                </td>
                {owner && (
                  <td class="row-actions">
                    <RowButton label="Edit" name={`Edit ${s.key}`} onClick={() => setEditing(s.key)} />
                    {String(s.value) !== String(s.configured) && (
                      <RowButton label="Reset" name={`Reset ${s.key}`} onClick={() => reset(s)} />
                    )}
                  </td>
                )}
              </tr>
            ),
          )}
        </Table>
      </LoadedList>
    </div>
  );
}

function EditRow({ setting: s, onDone }: { setting: Setting; onDone: (saved: boolean) => void }) {
  const [text, setText] = useState(String(s.value));
  const { error, busy, run } = useSubmit();
  const parsed = parseSetting(s, text);
  const invalid = 'error' in parsed ? parsed.error : '';
  const label = `New value of ${s.key}`;
  const errId = `err-${s.key.replace(/\W/g, '-')}`;

  const save = async (e: Event) => {
    e.preventDefault();
    if ('error' in parsed) return;
    await run(async () => {
      await call<Setting>('PUT', `/settings/${enc(s.key)}`, { value: parsed.value });
      toast(`${s.key} set to ${show(parsed.value)}.`);
      onDone(true);
    });
  };

  let input = (
    <input
      value={text}
      aria-label={label}
      aria-invalid={!!invalid}
      aria-describedby={errId}
      onInput={(e) => setText(e.currentTarget.value)}
    />
  );
  if (s.type === 'number') {
    input = (
      <input
        type="number"
        value={text}
        min={s.min}
        max={s.max}
        step="any"
        aria-label={label}
        aria-invalid={!!invalid}
        aria-describedby={errId}
        onInput={(e) => setText(e.currentTarget.value)}
      />
    );
  } else if (s.type === 'boolean' || s.type === 'enum') {
    const choices = s.type === 'boolean' ? ['true', 'false'] : (s.choices ?? []);
    input = (
      <select value={text} aria-label={label} onChange={(e) => setText(e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {s.type === 'boolean' ? (c === 'true' ? 'on' : 'off') : c}
          </option>
        ))}
      </select>
    );
  }

  return (
    <tr class="editing" data-setting={s.key}>
      <td class="wrap">
        <code>{s.key}</code>
        <div class="dim small">{s.doc}</div>
      </td>
      <td colSpan={3}>
        <form class="inline-edit" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone(false)}>
          {input}
          {s.type === 'number' && (s.min !== undefined || s.max !== undefined) && (
            <span class="dim small">
              {s.min ?? '…'} – {s.max ?? '…'}
            </span>
          )}
          <button type="submit" class="small" disabled={busy || !!invalid}>
            Save
          </button>
          <button type="button" class="small secondary" onClick={() => onDone(false)}>
            Cancel
          </button>
        </form>
        <div id={errId} class="field-error" role={invalid ? 'alert' : undefined}>
          {invalid}
        </div>
        <ErrorNote error={error} />
      </td>
      <td />
    </tr>
  );
}
