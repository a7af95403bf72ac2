import { Commands, type LoginResp, Platform } from '@parley/protocol';
import { expect } from 'vitest';
import { RawClient } from './raw-client.ts';

export const PASSWORD = 'correct horse battery';

/** Registers `uid` (password PASSWORD) over a throwaway connection. */
export async function registerUser(port: number, uid: string): Promise<void> {
  const c = await RawClient.connect(port);
  try {
    const r = await c.request(Commands.register, { uid, password: PASSWORD, nickname: uid });
    expect(r.status, `register ${uid}: ${r.error?.message}`).toBe(0);
  } finally {
    c.close();
  }
}

/** A connection logged in as `uid` on the given device. */
export async function loginRaw(
  port: number,
  uid: string,
  deviceId = `${uid}-phone`,
  platform: Platform = Platform.IOS,
): Promise<{ client: RawClient; login: LoginResp }> {
  const client = await RawClient.connect(port);
  const r = await client.request(Commands.login, { uid, password: PASSWORD, deviceId, platform });
  expect(r.status, `login ${uid}: ${r.error?.message}`).toBe(0);
  return { client, login: r.body! };
}
