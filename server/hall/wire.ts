/**
 * The hall's per-visitor view message now lives in shared/net/view.ts (the /world client decodes it
 * too); re-exported here so server imports stay as they were.
 */
export { decodeView, HALL_BYTES, VIEW_HEADER_BYTES, viewMessageMaxBytes, writeViewHeader, type ViewResult } from '../../shared/net/view.ts';
