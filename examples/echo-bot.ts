/**
 * A bot on the Parley SDK: logs in as a user and answers every text message it receives.
 *
 *   npx tsx examples/echo-bot.ts [host] [port]        (uid/password from PARLEY_BOT_UID / PARLEY_BOT_PASSWORD)
 *
 * Run against `npm start`; create the bot's account first with
 * `npx parley user add echo --password 'echo-password'`.
 */
import { type ChatMessage, ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';

export interface EchoBot {
  readonly client: ParleyClient;
  stop(): void;
}

/** Starts the bot; resolves once it is logged in and listening. */
export async function startEchoBot(opts: {
  host: string;
  port: number;
  uid: string;
  password: string;
}): Promise<EchoBot> {
  const client = new ParleyClient({ transport: tcpTransport({ host: opts.host, port: opts.port }) });
  client.on('message', (m: ChatMessage) => {
    // Own messages (from this or another of the bot's devices) are in the timeline too.
    if (m.from === opts.uid || m.type !== 'text') return;
    client
      .send({ to: m.from, content: `echo: ${m.content}`, clientMsgId: `echo-${m.msgId}` })
      .catch((err: unknown) => console.error('echo failed:', err));
  });
  client.on('kicked', (k) => console.error(`kicked: ${k.reason}`));
  await client.login(
    { uid: opts.uid, password: opts.password },
    { deviceId: 'echo-bot', platform: 'desktop' },
  );
  return { client, stop: () => client.close() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [host = '127.0.0.1', port = '7100'] = process.argv.slice(2);
  const bot = await startEchoBot({
    host,
    port: Number(port),
    uid: process.env.PARLEY_BOT_UID ?? 'echo',
    password: process.env.PARLEY_BOT_PASSWORD ?? 'echo-password',
  });
  console.log(`echo bot logged in as ${bot.client.uid}; Ctrl-C to stop`);
  process.on('SIGINT', () => {
    bot.stop();
    process.exit(0);
  });
}
