// Types for nodeFloor.mjs, which stays plain JavaScript so the launcher can load it on any Node.
export declare const NODE_FLOOR: readonly [major: number, minor: number];
export declare function nodeIsRecentEnough(version: string): boolean;
