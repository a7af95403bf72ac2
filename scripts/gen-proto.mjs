// Regenerates packages/protocol/src/gen from packages/protocol/proto/*.proto
// (protobufjs static code: the fastest encoder measured on this stack).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoDir = join(root, 'packages/protocol/proto');
const outDir = join(root, 'packages/protocol/src/gen');
const protos = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .map((f) => join(protoDir, f));
const js = join(outDir, 'parley.js');
const bin = join(root, 'node_modules/.bin');
execFileSync(
  join(bin, 'pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--force-number',
    '--no-create',
    '--no-verify',
    '--no-convert',
    '--no-delimited',
    '--no-typeurl',
    '-o',
    js,
    ...protos,
  ],
  { stdio: 'inherit' },
);
// Node's ESM resolver needs the file extension on the subpath import.
writeFileSync(
  js,
  readFileSync(js, 'utf8').replace('from "protobufjs/minimal"', 'from "protobufjs/minimal.js"'),
);
execFileSync(join(bin, 'pbts'), ['-o', join(outDir, 'parley.d.ts'), js], { stdio: 'inherit' });
console.log('generated', js);
