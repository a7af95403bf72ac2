import { type ChatMessage, ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoBot } from '../../examples/echo-bot.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.stop());

describe('examples/echo-bot', () => {
  it('answers a user’s message, once, even when the user resends it', async () => {
    const port = srv.node.tcpPort;
    const user = new ParleyClient({ transport: tcpTransport({ host: '127.0.0.1', port }), reconnect: false });
    await user.register({ uid: 'echo', password: 'echo-password' });
    await user.register({ uid: 'visitor', password: 'visitor-password' });
    const bot = await startEchoBot({ host: '127.0.0.1', port, uid: 'echo', password: 'echo-password' });
    try {
      const replies: ChatMessage[] = [];
      user.on('message', (m) => {
        if (m.from === 'echo') replies.push(m);
      });
      await user.login({ uid: 'visitor', password: 'visitor-password' }, { deviceId: 'v', platform: 'web' });
      await user.send({ to: 'echo', content: 'ping 你好', clientMsgId: 'p1' });
      await user.send({ to: 'echo', content: 'ping 你好', clientMsgId: 'p1' });
      const deadline = Date.now() + 5000;
      while (replies.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 200));
      expect(replies.map((m) => m.content)).toEqual(['echo: ping 你好']);
    } finally {
      bot.stop();
      user.close();
    }
  });
});
