/**
 * A Playwright worker fixture for specs that need a server of their own (a fresh embedded database,
 * so its first start prints the setup code the first admin is made with), stopped when the worker
 * ends: `test.extend<object, { myServer: RunningServer }>({ myServer: ownServer(), … })`.
 */
import { startServer, type RunningServer } from './serverProcess.ts';

type WorkerFixture = [(args: object, use: (server: RunningServer) => Promise<void>) => Promise<void>, { scope: 'worker' }];

/** `env`: settings this server starts with beside the test defaults (e.g. STAFF_REQUIRE_TOTP). */
export function ownServer(env: Record<string, string> = {}): WorkerFixture {
  return [
    // Playwright reads a fixture's dependencies from its destructuring: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer(env);
      await use(server);
      server.child.kill('SIGTERM');
      await server.exited;
    },
    { scope: 'worker' },
  ];
}
