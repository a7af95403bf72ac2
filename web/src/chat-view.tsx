import { groupIdOf } from '@parley/client';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  type ChatStore,
  errorText,
  type FileMeta,
  formatBytes,
  parseFileMeta,
  previewOf,
  type UiMessage,
} from './chat-store.ts';
import { describeSystem, socialOf } from './social-store.ts';
import './chat-media.css';

const RECEIPT = {
  pending: ['Sending…', 'Sending'],
  failed: ['!', 'Not sent'],
  sent: ['✓', 'Sent'],
  delivered: ['✓✓', 'Delivered'],
  read: ['✓✓', 'Read'],
} as const;

/** A short hand-picked set: enough for everyday chat without an emoji library. */
const EMOJI: ReadonlyArray<readonly [string, string]> = [
  ['😀', 'grinning face'],
  ['😂', 'face with tears of joy'],
  ['😊', 'smiling face'],
  ['😍', 'heart eyes'],
  ['😉', 'winking face'],
  ['😎', 'cool'],
  ['🤔', 'thinking face'],
  ['😅', 'sweat smile'],
  ['😢', 'crying face'],
  ['😮', 'surprised'],
  ['😡', 'angry face'],
  ['🙏', 'folded hands'],
  ['👍', 'thumbs up'],
  ['👎', 'thumbs down'],
  ['👏', 'clapping hands'],
  ['👋', 'waving hand'],
  ['💪', 'flexed biceps'],
  ['🙌', 'raised hands'],
  ['❤️', 'red heart'],
  ['🔥', 'fire'],
  ['🎉', 'party popper'],
  ['✅', 'check mark'],
  ['⭐', 'star'],
  ['☕', 'coffee'],
];

function time(ts: number): string {
  return new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Thumbnail box of an image: its aspect ratio inside 240×240, so the list does not jump on load. */
function thumbSize(f: { width: number; height: number }): { width: number; height: number } {
  const max = 240;
  if (f.width <= 0 || f.height <= 0) return { width: max, height: max };
  const k = Math.min(1, max / Math.max(f.width, f.height));
  return { width: Math.max(1, Math.round(f.width * k)), height: Math.max(1, Math.round(f.height * k)) };
}

function pendingFile(content: string): { name: string; size: number } {
  try {
    const v = JSON.parse(content) as { name?: string; size?: number };
    return { name: v.name ?? 'file', size: v.size ?? 0 };
  } catch {
    return { name: 'file', size: 0 };
  }
}

type Mode = { kind: 'reply'; msg: UiMessage } | { kind: 'edit'; msg: UiMessage } | undefined;

/** One conversation: history (older pages load on scroll up), receipts, typing, composer. */
export function ChatView({
  store,
  convId,
  headerExtra,
  closed,
}: {
  store: ChatStore;
  convId: string;
  headerExtra?: ComponentChildren;
  /** Why nothing can be sent here any more (e.g. removed from the group); shown instead of the composer. */
  closed?: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const seen = useRef({ first: '', last: '', height: 0, nearBottom: true });
  const [error, setError] = useState('');
  const [mode, setMode] = useState<Mode>();
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [viewing, setViewing] = useState<FileMeta>();
  const [dragging, setDragging] = useState(false);
  const thread = store.threads.get(convId);
  const messages = thread?.messages ?? [];
  const conv = store.conversation(convId);
  const group = groupIdOf(convId) !== undefined;
  const title = group ? socialOf(store).title(convId) : store.peerOf(convId);
  const typing = store.typingIn(convId);

  // Keeps the reading position when older messages are prepended, follows new ones at the bottom,
  // and loads more while the list does not fill its box.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const s = seen.current;
    const first = messages[0]?.key ?? '';
    const last = messages.at(-1)?.key ?? '';
    if (s.first && first !== s.first && last === s.last) el.scrollTop += el.scrollHeight - s.height;
    else if (last !== s.last && (s.nearBottom || messages.at(-1)?.from === store.uid || !s.last)) {
      el.scrollTop = el.scrollHeight;
    }
    s.first = first;
    s.last = last;
    s.height = el.scrollHeight;
    s.nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    // Not after a failed load: its re-render would retry at once, in a loop while offline.
    if (thread?.hasMore && !thread.loading && !thread.failed && el.scrollHeight <= el.clientHeight)
      void store.loadOlder(convId);
  });

  // A search result asked to see a message of this conversation: scroll to it and mark it.
  const focus = store.focus;
  useEffect(() => {
    if (focus?.convId !== convId) return;
    const el = list.current?.querySelector<HTMLElement>(`[data-msg-id="${focus.msgId}"]`);
    if (!el) return;
    store.focus = undefined;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('found');
    setTimeout(() => el.classList.remove('found'), 2500);
  });

  const onScroll = () => {
    const el = list.current;
    if (!el) return;
    seen.current.nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    if (el.scrollTop < 48) void store.loadOlder(convId);
  };

  const reset = () => {
    setMode(undefined);
    setEmojiOpen(false);
  };

  const send = (e: Event) => {
    e.preventDefault();
    const el = input.current;
    if (!el) return;
    const text = el.value.trim();
    if (!text) return;
    setError('');
    if (mode?.kind === 'edit') {
      const msg = mode.msg;
      if (text !== msg.content) {
        store
          .edit(convId, msg.msgId, text)
          .catch((err: unknown) => setError(`Cannot edit: ${errorText(err)}`));
      }
    } else store.send(convId, text, { refMsgId: mode?.kind === 'reply' ? mode.msg.msgId : 0 });
    el.value = '';
    reset();
  };

  const sendFiles = (files: Iterable<File>) => {
    setError('');
    const refMsgId = mode?.kind === 'reply' ? mode.msg.msgId : 0;
    let n = 0;
    for (const f of files) {
      store.sendFile(convId, f, n++ === 0 ? refMsgId : 0);
    }
    if (n > 0 && mode?.kind === 'reply') setMode(undefined);
  };

  const recall = (m: UiMessage) => {
    setError('');
    store.recall(m.msgId).catch((err: unknown) => setError(`Cannot recall: ${errorText(err)}`));
  };

  const setFlag = (patch: { pinned?: boolean; muted?: boolean }, what: string) => {
    setError('');
    store.setFlag(convId, patch).catch((err: unknown) => setError(`Cannot ${what}: ${errorText(err)}`));
  };

  const startEdit = (m: UiMessage) => {
    setMode({ kind: 'edit', msg: m });
    const el = input.current;
    if (el) {
      el.value = m.content;
      el.focus();
    }
  };

  const startReply = (m: UiMessage) => {
    if (mode?.kind === 'edit' && input.current) input.current.value = '';
    setMode({ kind: 'reply', msg: m });
    input.current?.focus();
  };

  const insertEmoji = (emoji: string) => {
    const el = input.current;
    if (!el) return;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(emoji, start, end, 'end');
    el.focus();
    setEmojiOpen(false);
    store.typed(convId);
  };

  const onPaste = (e: ClipboardEvent) => {
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    sendFiles(files);
  };

  const onDrop = (e: DragEvent) => {
    setDragging(false);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    sendFiles(files);
  };

  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    setDragging(true);
  };

  return (
    <section
      class={`chat${dragging ? ' dragging' : ''}`}
      aria-label={`Chat with ${title}`}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header class="chat-head">
        <button
          type="button"
          class="ghost back"
          aria-label="Back to conversations"
          onClick={() => void store.open(undefined)}
        >
          ‹
        </button>
        <h2>
          {title}
          {group && <span class="tag">Group</span>}
        </h2>
        {conv && (
          <span class="chat-actions">
            <button
              type="button"
              class="ghost"
              aria-pressed={conv.pinned}
              onClick={() => setFlag({ pinned: !conv.pinned }, conv.pinned ? 'unpin' : 'pin')}
            >
              {conv.pinned ? 'Unpin' : 'Pin'}
            </button>
            <button
              type="button"
              class="ghost"
              aria-pressed={conv.muted}
              onClick={() => setFlag({ muted: !conv.muted }, conv.muted ? 'unmute' : 'mute')}
            >
              {conv.muted ? 'Unmute' : 'Mute'}
            </button>
          </span>
        )}
        {headerExtra}
      </header>
      <div class="messages" ref={list} onScroll={onScroll} role="log" aria-label="Messages">
        <ol>
          {thread?.loading && <li class="loading">Loading older messages…</li>}
          {thread && !thread.hasMore && messages.length > 0 && (
            <li class="start">Start of the conversation</li>
          )}
          {messages.map((m, i) => {
            if (m.type === 'system') {
              return (
                <li key={m.key} class="system" data-msg-id={m.msgId || undefined}>
                  {describeSystem(m.content, store.uid)}
                </li>
              );
            }
            const mine = m.from === store.uid;
            const receipt = mine ? store.receipt(convId, m) : undefined;
            const prev = messages[i - 1];
            const showSender = group && !mine && (prev?.from !== m.from || prev?.type === 'system');
            const quoted =
              m.refMsgId && m.refKind === 'reply' ? store.findMessage(convId, m.refMsgId) : undefined;
            return (
              <li
                key={m.key}
                class={`msg${mine ? ' mine' : ''}${m.recalled ? ' recalled' : ''}${m.type !== 'text' ? ` ${m.type}` : ''}`}
                data-receipt={receipt}
                data-msg-id={m.msgId || undefined}
              >
                {showSender ? (
                  <span class="sender">{m.from}</span>
                ) : (
                  !mine && <span class="sr-only">{m.from}: </span>
                )}
                {m.refMsgId > 0 && m.refKind === 'reply' && !m.recalled && (
                  <blockquote class="quote" data-testid="quote">
                    {quoted ? (
                      <>
                        <span class="quote-from">{quoted.from === store.uid ? 'You' : quoted.from}</span>
                        <span class="quote-text">{previewOf(quoted)}</span>
                      </>
                    ) : (
                      <span class="quote-text">Reply to an earlier message</span>
                    )}
                  </blockquote>
                )}
                <MessageBody store={store} m={m} onOpen={setViewing} />
                <span class="meta">
                  {m.editedAt > 0 && !m.recalled && <span class="edited">edited</span>}
                  <time dateTime={new Date(m.ts).toISOString()}>{time(m.ts)}</time>
                  {receipt && (
                    <span class={`receipt ${receipt}`} title={RECEIPT[receipt][1]}>
                      <span aria-hidden="true">{RECEIPT[receipt][0]}</span>
                      <span class="sr-only">{RECEIPT[receipt][1]}</span>
                    </span>
                  )}
                  {receipt === 'failed' && (!m.upload || m.upload.retryable) && (
                    <button type="button" class="link" onClick={() => store.retry(convId, m)}>
                      Retry
                    </button>
                  )}
                  {receipt === 'failed' && m.upload && (
                    <button type="button" class="link" onClick={() => store.discard(convId, m)}>
                      Remove
                    </button>
                  )}
                  {m.status === 'sent' && !m.recalled && (
                    <button
                      type="button"
                      class="link"
                      aria-label={`Reply to ${previewOf(m).slice(0, 40)}`}
                      onClick={() => startReply(m)}
                    >
                      Reply
                    </button>
                  )}
                  {mine && m.status === 'sent' && !m.recalled && m.type === 'text' && (
                    <button type="button" class="link" onClick={() => startEdit(m)}>
                      Edit
                    </button>
                  )}
                  {mine && m.status === 'sent' && !m.recalled && (
                    <button type="button" class="link" onClick={() => recall(m)}>
                      Recall
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
      </div>
      <p class="typing" aria-live="polite">
        {typing ? `${typing} is typing…` : ''}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {mode && (
        <div class="composer-mode" data-testid={`${mode.kind}-preview`}>
          <span class="composer-mode-text">
            {mode.kind === 'edit' ? (
              <strong>Editing message</strong>
            ) : (
              <>
                <strong>Replying to {mode.msg.from === store.uid ? 'yourself' : mode.msg.from}</strong>{' '}
                <span class="quote-text">{previewOf(mode.msg)}</span>
              </>
            )}
          </span>
          <button
            type="button"
            class="ghost"
            aria-label={mode.kind === 'edit' ? 'Cancel editing' : 'Cancel reply'}
            onClick={() => {
              if (mode.kind === 'edit' && input.current) input.current.value = '';
              setMode(undefined);
            }}
          >
            ✕
          </button>
        </div>
      )}
      {emojiOpen && (
        <fieldset class="emoji-picker" aria-label="Emoji">
          {EMOJI.map(([e, name]) => (
            <button
              key={e}
              type="button"
              class="ghost"
              aria-label={name}
              title={name}
              onClick={() => insertEmoji(e)}
            >
              {e}
            </button>
          ))}
        </fieldset>
      )}
      {closed !== undefined ? (
        <p class="composer composer-closed" role="status" data-testid="composer-closed">
          {closed}
        </p>
      ) : (
        <form class="composer" onSubmit={send}>
          <button
            type="button"
            class="ghost icon"
            aria-label="Attach an image or file"
            title="Attach an image or file"
            onClick={() => fileInput.current?.click()}
          >
            📎
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            aria-label="Choose files to send"
            onChange={(e) => {
              const el = e.currentTarget;
              sendFiles([...(el.files ?? [])]);
              el.value = '';
            }}
          />
          <button
            type="button"
            class="ghost icon"
            aria-label="Insert emoji"
            title="Insert emoji"
            aria-expanded={emojiOpen}
            onClick={() => setEmojiOpen(!emojiOpen)}
          >
            😊
          </button>
          <label for="composer-text" class="sr-only">
            Message to {title}
          </label>
          <input
            id="composer-text"
            ref={input}
            name="text"
            autocomplete="off"
            placeholder={mode?.kind === 'edit' ? 'Edit message' : 'Message'}
            maxLength={4000}
            onInput={() => store.typed(convId)}
            onPaste={onPaste}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && mode) {
                if (mode.kind === 'edit') e.currentTarget.value = '';
                setMode(undefined);
              }
            }}
          />
          <button type="submit">{mode?.kind === 'edit' ? 'Save' : 'Send'}</button>
        </form>
      )}
      {viewing && <ImageViewer store={store} file={viewing} onClose={() => setViewing(undefined)} />}
    </section>
  );
}

/** The content of a bubble: text, an image thumbnail, a file card, or a pending upload. */
function MessageBody({
  store,
  m,
  onOpen,
}: {
  store: ChatStore;
  m: UiMessage;
  onOpen: (f: FileMeta) => void;
}) {
  if (m.recalled) return <span class="text">Message recalled</span>;
  if (m.type !== 'image' && m.type !== 'file') return <span class="text">{previewOf(m)}</span>;
  const up = m.upload;
  if (up) {
    const f = pendingFile(m.content);
    const pct = up.total > 0 ? Math.floor((up.loaded / up.total) * 100) : 100;
    return (
      <span class="upload" data-testid="upload">
        {up.previewUrl ? (
          <img class="thumb" src={up.previewUrl} alt={f.name} />
        ) : (
          <span class="file-name">{f.name}</span>
        )}
        <span class="file-size">{formatBytes(f.size)}</span>
        {up.error ? (
          <span class="upload-error" role="alert">
            {up.error}
          </span>
        ) : (
          <span class="progress-row">
            <progress max={100} value={pct} aria-label={`Uploading ${f.name}`} />
            <span class="pct">{pct}%</span>
          </span>
        )}
      </span>
    );
  }
  const f = parseFileMeta(m.content);
  if (!f) return <span class="text">{previewOf(m)}</span>;
  if (m.type === 'image' && f.hasThumbnail) {
    const size = thumbSize(f);
    const thumb = store.media(f.id, 'thumbnail');
    return (
      <button
        type="button"
        class="thumb-button"
        aria-label={`Open image ${f.name}`}
        title={thumb.state === 'failed' ? `The preview did not load: ${thumb.error}` : undefined}
        onClick={() => onOpen(f)}
      >
        {thumb.url ? (
          <img class="thumb" src={thumb.url} alt={f.name} width={size.width} height={size.height} />
        ) : (
          <span
            class={`thumb thumb-placeholder${thumb.state === 'failed' ? ' failed' : ''}`}
            style={{ width: `${size.width}px`, aspectRatio: `${size.width} / ${size.height}` }}
            aria-hidden="true"
          >
            {thumb.state === 'failed' ? 'Preview not loaded' : ''}
          </span>
        )}
      </button>
    );
  }
  return (
    <span class="file-card" data-testid="file-card">
      <span class="file-icon" aria-hidden="true">
        📄
      </span>
      <span class="file-name">{f.name}</span>
      <span class="file-size">{formatBytes(f.size)}</span>
      <DownloadButton store={store} file={f} />
    </span>
  );
}

/**
 * _Download_ of a file: fetched with the token in the header and saved under the file's name,
 * with its progress while it runs and the reason when it fails (a click tries again).
 */
function DownloadButton({ store, file }: { store: ChatStore; file: FileMeta }) {
  const d = store.downloadOf(file.id);
  const busy = d !== undefined && d.error === undefined;
  const pct = busy && d.total > 0 ? Math.min(100, Math.floor((d.loaded / d.total) * 100)) : undefined;
  return (
    <>
      <button
        type="button"
        class="link download"
        aria-busy={busy}
        aria-disabled={busy}
        onClick={() => {
          if (!busy) void store.download(file);
        }}
      >
        {busy ? (
          <>
            Downloading<span class="sr-only"> {file.name}</span>…{pct !== undefined && ` ${pct}%`}
          </>
        ) : (
          <>
            Download<span class="sr-only"> {file.name}</span>
          </>
        )}
      </button>
      {busy && d.total > 0 && (
        <progress
          class="download-progress"
          max={d.total}
          value={d.loaded}
          aria-label={`Downloading ${file.name}`}
        />
      )}
      {d?.error && (
        <span class="download-error" role="alert">
          {d.error}{' '}
          <button
            type="button"
            class="link"
            aria-label={`Dismiss the error of ${file.name}`}
            onClick={() => store.dismissDownload(file.id)}
          >
            ✕
          </button>
        </span>
      )}
    </>
  );
}

/** An image at full size over the page; Escape, the close button or a click outside closes it. */
function ImageViewer({ store, file, onClose }: { store: ChatStore; file: FileMeta; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  // onClose is a new function on every render of the chat (each progress step): the focus is
  // moved and the listener added once, not again on each of them.
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useLayoutEffect(() => {
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCloseRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const full = store.media(file.id, 'full');
  // While the file loads, the thumbnail (already loaded for the bubble) stands in for it.
  const preview = full.url ? undefined : store.media(file.id, 'thumbnail').url;
  const pct =
    full.state === 'loading' && full.total
      ? Math.min(100, Math.floor(((full.loaded ?? 0) / full.total) * 100))
      : undefined;
  return (
    <div
      class="viewer"
      role="dialog"
      aria-modal="true"
      aria-label={file.name}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={() => undefined}
    >
      <div class="viewer-bar">
        <span class="file-name">{file.name}</span>
        <span class="file-size">
          {file.width}×{file.height}, {formatBytes(file.size)}
        </span>
        <DownloadButton store={store} file={file} />
        <button type="button" class="ghost" ref={close} onClick={onClose}>
          Close
        </button>
      </div>
      {full.url ? (
        <img class="full" src={full.url} alt={file.name} />
      ) : (
        <>
          {preview && <img class="preview" src={preview} alt="" width={file.width} height={file.height} />}
          <p class="viewer-status" role={full.state === 'failed' ? 'alert' : 'status'}>
            {full.state === 'failed'
              ? `The image did not load: ${full.error}. It is tried again in a moment.`
              : `Loading the image…${pct !== undefined ? ` ${pct}%` : ''}`}
          </p>
        </>
      )}
    </div>
  );
}
