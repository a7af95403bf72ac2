/**
 * Imported for its side effect, before the generated code (see commands.ts).
 *
 * int64 fields are typed `number` (pbjs --force-number), but protobufjs decodes them to Long
 * objects, and gives absent int64 fields a Long default on the message prototypes, whenever
 * the `long` package is installed (it is: protobufjs depends on it). Without Long the reader
 * yields plain numbers, exact below 2^53, which is what the generated types promise. The
 * prototypes' defaults are computed when src/gen/parley.js is evaluated, so this module has to
 * run first.
 */
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
