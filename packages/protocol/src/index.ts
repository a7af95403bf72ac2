export * from './commands.ts';
export * from './constants.ts';
export * from './decoder.ts';
export * from './errors.ts';
export * from './frame.ts';
export * from './names.ts';
export * from './packets.ts';
