import type { Kysely, Selectable } from 'kysely';
import type { PushJob, PushStore, PushTokenRecord } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, PushQueueTable, PushTokensTable } from './schema.ts';

function toToken(r: Selectable<PushTokensTable>): PushTokenRecord {
  return {
    uid: r.uid,
    deviceId: r.device_id,
    provider: r.provider,
    token: r.token,
    dndStartMin: Number(r.dnd_start_min),
    dndEndMin: Number(r.dnd_end_min),
    tzOffsetMin: Number(r.tz_offset_min),
    updatedAt: Number(r.updated_at),
  };
}

function toJob(r: Selectable<PushQueueTable>): PushJob {
  return {
    uid: r.uid,
    deviceId: r.device_id,
    ref: Number(r.ref),
    payload: r.payload,
    attempts: Number(r.attempts),
    nextAt: Number(r.next_at),
    createdAt: Number(r.created_at),
  };
}

const JOB_COLUMNS = 8;

/** Push registrations and the push queue over push_tokens and push_queue. */
export class SqlPushStore implements PushStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async putToken(rec: PushTokenRecord): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('push_tokens')
          .where('provider', '=', rec.provider)
          .where('token', '=', rec.token)
          .where((eb) => eb.or([eb('uid', '<>', rec.uid), eb('device_id', '<>', rec.deviceId)]))
          .execute();
        await trx
          .insertInto('push_tokens')
          .values({
            uid: rec.uid,
            device_id: rec.deviceId,
            provider: rec.provider,
            token: rec.token,
            dnd_start_min: rec.dndStartMin,
            dnd_end_min: rec.dndEndMin,
            tz_offset_min: rec.tzOffsetMin,
            updated_at: rec.updatedAt,
          })
          .modifyEnd(
            this.ops.upsertTail(
              ['uid', 'device_id'],
              ['provider', 'token', 'dnd_start_min', 'dnd_end_min', 'tz_offset_min', 'updated_at'],
            ),
          )
          .execute();
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `push token of ${rec.uid}/${rec.deviceId}`);
    }
  }

  async deleteToken(uid: string, deviceId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('push_tokens')
      .where('uid', '=', uid)
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  async deleteInvalid(provider: string, token: string): Promise<void> {
    await this.db
      .deleteFrom('push_tokens')
      .where('provider', '=', provider)
      .where('token', '=', token)
      .execute();
  }

  async tokensOf(uids: readonly string[]): Promise<PushTokenRecord[]> {
    const out: PushTokenRecord[] = [];
    for (const chunk of chunksFor([...new Set(uids)], 1, this.ops.maxParams)) {
      const rows = await this.db.selectFrom('push_tokens').selectAll().where('uid', 'in', chunk).execute();
      for (const r of rows) out.push(toToken(r));
    }
    return out;
  }

  async enqueue(jobs: readonly PushJob[]): Promise<void> {
    const rows = jobs.map((j) => ({
      uid: j.uid,
      device_id: j.deviceId,
      ref: j.ref,
      payload: j.payload,
      attempts: j.attempts,
      next_at: j.nextAt,
      claimed_until: 0,
      created_at: j.createdAt,
    }));
    try {
      for (const chunk of chunksFor(rows, JOB_COLUMNS, this.ops.maxParams)) {
        await this.db.insertInto('push_queue').values(chunk).ignore().execute();
      }
    } catch (err) {
      throw toStoreError(this.ops, err, 'push queue');
    }
  }

  async claim(now: number, limit: number, leaseMs: number): Promise<PushJob[]> {
    return this.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('push_queue')
        .selectAll()
        .where('next_at', '<=', now)
        .where('claimed_until', '<=', now)
        .orderBy('next_at')
        .limit(Math.max(1, limit))
        .modifyEnd(this.ops.lockingReadTail)
        .execute();
      for (const r of due) {
        await trx
          .updateTable('push_queue')
          .set({ claimed_until: now + leaseMs })
          .where('uid', '=', r.uid)
          .where('device_id', '=', r.device_id)
          .where('ref', '=', r.ref)
          .execute();
      }
      return due.map(toJob);
    });
  }

  async finish(jobs: readonly Pick<PushJob, 'uid' | 'deviceId' | 'ref'>[]): Promise<void> {
    for (const j of jobs) {
      await this.db
        .deleteFrom('push_queue')
        .where('uid', '=', j.uid)
        .where('device_id', '=', j.deviceId)
        .where('ref', '=', j.ref)
        .execute();
    }
  }

  async retry(job: Pick<PushJob, 'uid' | 'deviceId' | 'ref'>, nextAt: number): Promise<void> {
    await this.db
      .updateTable('push_queue')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), next_at: nextAt, claimed_until: 0 }))
      .where('uid', '=', job.uid)
      .where('device_id', '=', job.deviceId)
      .where('ref', '=', job.ref)
      .execute();
  }

  async queued(): Promise<number> {
    const row = await this.db
      .selectFrom('push_queue')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
