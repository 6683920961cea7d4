/**
 * The most recently served files, up to a byte budget: a booth's pictures are asked for by every
 * visitor walking past, and each read of the embedded database crosses to its worker thread. The
 * files never change under an id (mediaId.ts), so a cached file is never stale.
 */
export interface FileCache<V extends { bytes: Uint8Array }> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

export function createFileCache<V extends { bytes: Uint8Array }>(maxBytes: number): FileCache<V> {
  // A Map iterates in insertion order: re-inserting on a hit makes its first key the least recent.
  const entries = new Map<string, V>();
  let bytes = 0;
  return {
    get(key) {
      const v = entries.get(key);
      if (v) {
        entries.delete(key);
        entries.set(key, v);
      }
      return v;
    },
    set(key, value) {
      // One file may take at most a quarter of the budget, so a few large ones cannot flush the rest.
      if (entries.has(key) || value.bytes.byteLength > maxBytes / 4) return;
      entries.set(key, value);
      bytes += value.bytes.byteLength;
      for (const [k, v] of entries) {
        if (bytes <= maxBytes) break;
        entries.delete(k);
        bytes -= v.bytes.byteLength;
      }
    },
  };
}
