/**
 * The shard map of a sharded MySQL/MariaDB store: which database holds which range of slots.
 *
 * Every key (a uid, a group id, a token hash) falls in one of SLOT_COUNT slots:
 * `CRC32(utf8 key) % SLOT_COUNT`, the same value MySQL's `CRC32(key) % 1024` gives, so an
 * operator can select the rows of a slot range in SQL when moving a range to a new database.
 * Each database of the map owns one or more contiguous ranges; together they cover every slot
 * exactly once.
 */
import { crc32 } from 'node:zlib';

export const SLOT_COUNT = 1024;

export interface ShardSpec {
  /** The database (schema) holding the shard's tables. */
  readonly database: string;
  /** Server of this shard as a mysql:// URL; undefined = the store's default server. */
  readonly uri?: string;
  /** Slot ranges, inclusive at both ends. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** The slot of a key. */
export function slotOf(key: string): number {
  return crc32(key) % SLOT_COUNT;
}

export class ShardMap {
  /** Shard index of each slot. */
  readonly #owner: Uint16Array;

  /**
   * Checks that the ranges cover every slot once; throws TypeError naming the problem
   * otherwise. Shard indexes are positions in `shards`.
   */
  constructor(readonly shards: readonly ShardSpec[]) {
    if (shards.length === 0) throw new TypeError('shard map: no shards');
    const owner = new Int32Array(SLOT_COUNT).fill(-1);
    const names = new Set<string>();
    shards.forEach((s, i) => {
      const where = `${s.uri ?? ''}/${s.database}`;
      if (names.has(where)) throw new TypeError(`shard map: database ${s.database} listed twice`);
      names.add(where);
      if (s.ranges.length === 0) throw new TypeError(`shard map: ${s.database} has no slot range`);
      for (const [first, last] of s.ranges) {
        if (
          !Number.isInteger(first) ||
          !Number.isInteger(last) ||
          first < 0 ||
          last >= SLOT_COUNT ||
          first > last
        ) {
          throw new TypeError(
            `shard map: bad range ${first}-${last} of ${s.database} (slots 0-${SLOT_COUNT - 1})`,
          );
        }
        for (let slot = first; slot <= last; slot++) {
          const prev = owner[slot]!;
          if (prev !== -1) {
            throw new TypeError(`shard map: slot ${slot} is in ${shards[prev]!.database} and ${s.database}`);
          }
          owner[slot] = i;
        }
      }
    });
    const gap = owner.indexOf(-1);
    if (gap !== -1) throw new TypeError(`shard map: slot ${gap} belongs to no database`);
    this.#owner = Uint16Array.from(owner);
  }

  get size(): number {
    return this.shards.length;
  }

  /** Index of the shard holding `key`. */
  shardOf(key: string): number {
    return this.#owner[slotOf(key)]!;
  }

  /** `keys` grouped by shard index (each key once), shards in ascending order. */
  group(keys: Iterable<string>): Map<number, string[]> {
    const out = new Map<number, string[]>();
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      const s = this.shardOf(k);
      let list = out.get(s);
      if (list === undefined) {
        list = [];
        out.set(s, list);
      }
      list.push(k);
    }
    return new Map([...out].sort((a, b) => a[0] - b[0]));
  }

  /**
   * Parses the configuration form: comma-separated `database:first-last` items, a database
   * listed once per range, optionally preceded by a server URL
   * (`mysql://user@db2:3306/parley_b:512-1023`).
   *
   * @example
   * ShardMap.parse('parley_a:0-511,parley_b:512-1023').shardOf('alice'); // 0
   */
  static parse(text: string): ShardMap {
    const byKey = new Map<string, { database: string; uri?: string; ranges: [number, number][] }>();
    for (const raw of text.split(',')) {
      const item = raw.trim();
      if (item === '') continue;
      const m = /^(?:(mysql|mariadb):\/\/([^/]+)\/)?([A-Za-z0-9_$]{1,64}):(\d+)(?:-(\d+))?$/.exec(item);
      if (m === null) {
        throw new TypeError(
          `shard map: "${item}" is not database:first-last (or mysql://host/database:first-last)`,
        );
      }
      const uri = m[1] === undefined ? undefined : `${m[1]}://${m[2]}`;
      const database = m[3]!;
      const first = Number(m[4]);
      const last = m[5] === undefined ? first : Number(m[5]);
      const key = `${uri ?? ''}/${database}`;
      let spec = byKey.get(key);
      if (spec === undefined) {
        spec = uri === undefined ? { database, ranges: [] } : { database, uri, ranges: [] };
        byKey.set(key, spec);
      }
      spec.ranges.push([first, last]);
    }
    return new ShardMap([...byKey.values()]);
  }
}
