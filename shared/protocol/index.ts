/**
 * The hall's wire contract, in one folder: the version, the join options, every message in both
 * directions (one map of type → payload per direction), every refusal code, the close codes and
 * the venue fingerprint. The binary view message's layout is shared/net/view.ts + frame.ts.
 * docs/protocol.md describes it for people.
 */
export * from './clientMessages.ts';
export * from './closeCodes.ts';
export * from './join.ts';
export * from './rejections.ts';
export * from './serverMessages.ts';
export * from './venue.ts';
export * from './version.ts';
export { HALL_BYTES } from '../net/view.ts';
