// The oldest Node that runs this project as it is, shared by the launcher and its test. Node strips
// TypeScript types by default only from 22.18 (server/*.ts and the scripts run directly); on 22.12–22.17
// the launcher used to pass and the server then failed on its first .ts import. Colyseus 0.18 and
// vitest 5 need Node 22 as well. package.json's "engines" states the same floor (the test checks).
// Plain JavaScript: the launcher imports it on the old Node before anything else runs.
export const NODE_FLOOR = [22, 18];

/** Whether a Node version string ("v22.18.0" or "22.18.0") is at or above NODE_FLOOR. */
export function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > NODE_FLOOR[0] || (major === NODE_FLOOR[0] && minor >= NODE_FLOOR[1]);
}
