// shared/ is checked without DOM or Node types (shared/tsconfig.json), so the few globals that both
// of its runtimes have (browsers and Node 17+) are declared here, one by one.

/** A deep copy by the structured clone algorithm (HTML standard; a global in Node too). */
declare function structuredClone<T>(value: T): T;
