import { ParleyError } from '@parley/protocol';
import { Command, Option } from 'commander';
import {
  ADMIN_PASSWORD_MAX,
  ADMIN_PASSWORD_MIN,
  AdminAccounts,
  randomAdminPassword,
} from '../admin/admin-accounts.ts';
import { ADMIN_ROLES, type AdminRole } from '../admin/admin-context.ts';
import { newApiKey, parseScopes } from '../api/api-keys.ts';
import { openStore as openConfiguredStore } from '../app/engines.ts';
import { startNode } from '../app/parley.ts';
import { configMarkdown, loadConfig } from '../config/load.ts';
import { type Config, type ConfigKey, parseRoles } from '../config/schema.ts';
import { AuthService } from '../logic/auth-service.ts';
import { createLogger } from '../observability/logger.ts';
import { Metrics } from '../observability/metrics.ts';
import { LocalBus } from '../route/bus-local.ts';
import { MemoryPresence } from '../route/presence-memory.ts';
import type { Store } from '../store/types.ts';

interface CommonOpts {
  config?: string;
  set: string[];
  dataDir?: string;
}

function collect(value: string, prev: string[]): string[] {
  return [...prev, value];
}

function configFrom(opts: CommonOpts): Config {
  const overrides: Record<string, string> = {};
  for (const kv of opts.set) {
    const i = kv.indexOf('=');
    if (i < 1) throw new Error(`--set expects key=value, got "${kv}"`);
    overrides[kv.slice(0, i)] = kv.slice(i + 1);
  }
  if (opts.dataDir) overrides.dataDir = opts.dataDir;
  return loadConfig({
    file: opts.config,
    env: process.env,
    overrides: overrides as Partial<Record<ConfigKey, string>>,
    warn: (m) => process.stderr.write(`warning: ${m}\n`),
  });
}

function withCommon(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'JSON config file')
    .option(
      '--set <key=value>',
      'override one setting (repeatable), e.g. --set gate.tcpPort=7200',
      collect,
      [],
    )
    .option('--data-dir <dir>', 'data directory (same as --set dataDir=...)');
}

async function openStore(config: Config) {
  const store = await openConfiguredStore(config);
  await store.migrate();
  return store;
}

const program = new Command('parley').description('Parley instant-messaging server').showHelpAfterError();

withCommon(program.command('start'))
  .description('start the server (all roles in one process on embedded storage by default)')
  .addOption(
    new Option(
      '--roles <roles>',
      'roles to run in this process: all, or a comma list of gate, logic, dispatch (same as --set roles=...)',
    ),
  )
  .action(async (opts: CommonOpts & { roles?: string }) => {
    if (opts.roles !== undefined) opts.set = [...opts.set, `roles=${opts.roles}`];
    const config = configFrom(opts);
    parseRoles(config.roles);
    const node = await startNode({ config });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      node.log.info({ signal }, 'shutting down');
      node.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          node.log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    if (process.send)
      process.send({
        ready: true,
        tcpPort: node.tcpPort,
        wsPort: node.wsPort,
        httpPort: node.httpPort,
        apiPort: node.apiPort,
      });
  });

withCommon(program.command('migrate'))
  .description('apply pending storage migrations and exit')
  .action(async (opts: CommonOpts) => {
    const store = await openStore(configFrom(opts));
    await store.close();
    console.log('migrations applied');
  });

/** Runs a command on the configured store, then closes it; a refusal prints its code and exits 1. */
async function withStore(opts: CommonOpts, fn: (store: Store, config: Config) => Promise<void>) {
  const config = configFrom(opts);
  const store = await openStore(config);
  try {
    await fn(store, config);
  } catch (err) {
    if (err instanceof ParleyError) {
      console.error(`error ${err.code} ${err.codeName}: ${err.message}`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    await store.close();
  }
}

const user = program.command('user').description('manage users');

withCommon(user.command('add'))
  .description('create a user (works whether registration is open or closed)')
  .argument('<uid>', 'user id')
  .requiredOption('-p, --password <password>', 'password (6-1024 characters)')
  .option('-n, --nickname <name>', 'display name')
  .action(async (uid: string, opts: CommonOpts & { password: string; nickname?: string }) => {
    await withStore(opts, async (store, config) => {
      const auth = new AuthService({
        store,
        presence: new MemoryPresence(),
        bus: new LocalBus(),
        config,
        metrics: new Metrics({}, false),
        log: createLogger('silent'),
      });
      await auth.register(
        { uid, password: opts.password, nickname: opts.nickname ?? '' },
        { bypassPolicy: true },
      );
      console.log(`user ${uid} created`);
    });
  });

withCommon(user.command('list'))
  .description('list users ordered by id')
  .option('--after <uid>', 'start after this user id')
  .option('--limit <n>', 'how many', '100')
  .option('--json', 'one JSON object per line')
  .action(async (opts: CommonOpts & { after?: string; limit: string; json?: boolean }) => {
    const store = await openStore(configFrom(opts));
    try {
      const users = await store.users.list({
        after: opts.after,
        limit: Math.max(1, Number(opts.limit) || 100),
      });
      for (const u of users) {
        if (opts.json) {
          console.log(
            JSON.stringify({
              uid: u.uid,
              nickname: u.nickname,
              disabled: u.disabled,
              createdAt: u.createdAt,
            }),
          );
        } else {
          console.log(
            `${u.uid}\t${u.nickname}\t${u.disabled ? 'disabled' : 'active'}\t${new Date(u.createdAt).toISOString()}`,
          );
        }
      }
    } finally {
      await store.close();
    }
  });

const apikey = program.command('apikey').description('manage keys of the REST API');

withCommon(apikey.command('create'))
  .description('create a key; it is printed once and only its hash is stored')
  .requiredOption('--name <name>', 'what the key is for, shown in listings')
  .option(
    '--scopes <list>',
    'comma list of read, write, admin (admin includes write, write includes read)',
    'write',
  )
  .action(async (opts: CommonOpts & { name: string; scopes: string }) => {
    const scopes = parseScopes(opts.scopes);
    if (scopes.length === 0) throw new Error('--scopes needs at least one of read, write, admin');
    const store = await openStore(configFrom(opts));
    try {
      const { key, record } = newApiKey(opts.name.slice(0, 128), scopes);
      await store.apiKeys.create(record);
      console.log(key);
      console.error(`key ${record.keyId} (${scopes.join(',')}) created: store it now, it is not shown again`);
    } finally {
      await store.close();
    }
  });

withCommon(apikey.command('list'))
  .description('list keys (ids, names, scopes; never the secrets)')
  .action(async (opts: CommonOpts) => {
    const store = await openStore(configFrom(opts));
    try {
      for (const k of await store.apiKeys.list()) {
        const state = k.revokedAt === 0 ? 'active' : `revoked ${new Date(k.revokedAt).toISOString()}`;
        console.log(`${k.keyId}\t${k.name}\t${k.scopes.join(',')}\t${state}`);
      }
    } finally {
      await store.close();
    }
  });

withCommon(apikey.command('revoke'))
  .description('revoke a key (every node refuses it within 5 s)')
  .argument('<keyId>', 'the 12 hex digits after pk_')
  .action(async (keyId: string, opts: CommonOpts) => {
    const store = await openStore(configFrom(opts));
    try {
      if (await store.apiKeys.revoke(keyId, Date.now())) console.log(`key ${keyId} revoked`);
      else {
        console.error(`no key ${keyId}`);
        process.exitCode = 1;
      }
    } finally {
      await store.close();
    }
  });

const admin = program.command('admin').description('manage admin console accounts (docs/admin.md)');

/** Runs an admin command on the configured store; a refusal prints its code and exits 1. */
async function withAdmins(opts: CommonOpts, fn: (accounts: AdminAccounts, store: Store) => Promise<void>) {
  await withStore(opts, (store, config) => fn(new AdminAccounts(store, config), store));
}

withCommon(admin.command('create'))
  .description('create an admin account; prints a generated password when none is given')
  .argument('<name>', 'account name (1-64 characters of A-Z a-z 0-9 _ . @ -)')
  .addOption(
    new Option('--role <role>', 'what the account may do').choices([...ADMIN_ROLES]).makeOptionMandatory(),
  )
  .option('-p, --password <password>', `password (${ADMIN_PASSWORD_MIN}-${ADMIN_PASSWORD_MAX} characters)`)
  .action(async (name: string, opts: CommonOpts & { role: AdminRole; password?: string }) => {
    await withAdmins(opts, async (accounts) => {
      const password = opts.password ?? randomAdminPassword();
      await accounts.create('cli', name, opts.role, password);
      if (opts.password === undefined) console.log(password);
      console.error(`admin ${name} (${opts.role}) created`);
    });
  });

withCommon(admin.command('list'))
  .description('list admin accounts')
  .action(async (opts: CommonOpts) => {
    await withAdmins(opts, async (_accounts, store) => {
      for (const a of await store.admins.list()) {
        const last =
          a.lastLoginAt === 0 ? 'never signed in' : `last sign-in ${new Date(a.lastLoginAt).toISOString()}`;
        console.log(`${a.name}\t${a.role}\t${a.disabled ? 'disabled' : 'active'}\t${last}`);
      }
    });
  });

withCommon(admin.command('passwd'))
  .description("set an admin's password (ends its sessions); prints a generated one when none is given")
  .argument('<name>', 'account name')
  .option(
    '-p, --password <password>',
    `new password (${ADMIN_PASSWORD_MIN}-${ADMIN_PASSWORD_MAX} characters)`,
  )
  .action(async (name: string, opts: CommonOpts & { password?: string }) => {
    await withAdmins(opts, async (accounts) => {
      const password = opts.password ?? randomAdminPassword();
      await accounts.update('cli', name, { password });
      if (opts.password === undefined) console.log(password);
      console.error(`password of admin ${name} changed`);
    });
  });

withCommon(admin.command('disable'))
  .description('disable an admin account and end its sessions (not the last enabled owner)')
  .argument('<name>', 'account name')
  .action(async (name: string, opts: CommonOpts) => {
    await withAdmins(opts, async (accounts) => {
      await accounts.update('cli', name, { disabled: true });
      console.log(`admin ${name} disabled`);
    });
  });

program
  .command('config-doc')
  .description('print docs/config.md (every setting, its env variable and default)')
  .action(() => {
    process.stdout.write(configMarkdown());
  });

program
  .command('bench')
  .description('run the benchmarks (same as npm run bench)')
  .allowUnknownOption(true)
  .action(async () => {
    await import('../../bench/run.ts');
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`parley: ${(err as Error).message}`);
  process.exit(1);
});
