/**
 * Runtime settings in the admin console (docs/admin.md): the live keys of src/admin/settings.ts
 * with their current and configured values; an owner changes one for every node.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { auditChange } from './routes-webhooks.ts';
import { changeSetting, listSettings } from './settings.ts';

export function settingsRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/admin/api/settings', { config: adminRole('viewer'), schema: { hide: true } }, async () => ({
      settings: listSettings(d.config),
    }));

    app.put(
      '/admin/api/settings/:key',
      {
        config: adminRole('owner'),
        schema: {
          hide: true,
          params: z.object({ key: z.string().max(128) }),
          body: z
            .object({ value: z.union([z.string().max(1024), z.number(), z.boolean(), z.null()]) })
            .strict(),
        },
      },
      async (req) => {
        const admin = req.admin?.name ?? '';
        const { key } = req.params;
        const before = listSettings(d.config).find((s) => s.key === key)?.value;
        const view = await changeSetting(d, key, req.body.value, admin);
        await auditChange(d, admin, req.body.value === null ? 'setting.reset' : 'setting.change', key, {
          from: before ?? null,
          to: view.value,
        });
        return view;
      },
    );
  };
}
