import type { Kysely, Selectable } from 'kysely';
import type { DeviceRecord, DeviceStore, PlatformName } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, DevicesTable } from './schema.ts';

function toRecord(row: Selectable<DevicesTable>): DeviceRecord {
  return {
    uid: row.uid,
    deviceId: row.device_id,
    platform: row.platform,
    ackSeq: Number(row.ack_seq),
    lastLoginAt: Number(row.last_login_at),
  };
}

export class SqlDeviceStore implements DeviceStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async upsert(d: {
    uid: string;
    deviceId: string;
    platform: PlatformName;
    lastLoginAt: number;
  }): Promise<DeviceRecord> {
    try {
      return await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('devices')
          .values({
            uid: d.uid,
            device_id: d.deviceId,
            platform: d.platform,
            ack_seq: 0,
            last_login_at: d.lastLoginAt,
          })
          .modifyEnd(this.ops.upsertTail(['uid', 'device_id'], ['platform', 'last_login_at']))
          .execute();
        const row = await trx
          .selectFrom('devices')
          .selectAll()
          .where('uid', '=', d.uid)
          .where('device_id', '=', d.deviceId)
          .executeTakeFirstOrThrow();
        return toRecord(row);
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `device ${d.uid}/${d.deviceId}`);
    }
  }

  async get(uid: string, deviceId: string): Promise<DeviceRecord | undefined> {
    const row = await this.db
      .selectFrom('devices')
      .selectAll()
      .where('uid', '=', uid)
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return row === undefined ? undefined : toRecord(row);
  }

  /** The user's devices ordered by deviceId. */
  async listOf(uid: string): Promise<DeviceRecord[]> {
    const rows = await this.db
      .selectFrom('devices')
      .selectAll()
      .where('uid', '=', uid)
      .orderBy('device_id')
      .execute();
    return rows.map(toRecord);
  }

  /**
   * One conditional UPDATE per distinct device (the highest requested value wins), all in one
   * transaction; the `ack_seq < value` guard makes a lower value a no-op.
   */
  async raiseAckSeqs(updates: readonly { uid: string; deviceId: string; ackSeq: number }[]): Promise<void> {
    if (updates.length === 0) return;
    const highest = new Map<string, { uid: string; deviceId: string; ackSeq: number }>();
    for (const u of updates) {
      const k = `${u.uid}\u0000${u.deviceId}`;
      const prev = highest.get(k);
      if (prev === undefined || prev.ackSeq < u.ackSeq) highest.set(k, u);
    }
    try {
      await this.db.transaction().execute(async (trx) => {
        for (const u of highest.values()) {
          await trx
            .updateTable('devices')
            .set({ ack_seq: u.ackSeq })
            .where('uid', '=', u.uid)
            .where('device_id', '=', u.deviceId)
            .where('ack_seq', '<', u.ackSeq)
            .execute();
        }
      });
    } catch (err) {
      throw toStoreError(this.ops, err, 'ack seqs');
    }
  }
}
