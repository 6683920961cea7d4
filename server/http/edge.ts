/**
 * The outermost layer of the HTTP server. Colyseus' listen() puts its own 'request' listener in
 * front of express (it answers CORS preflights and /matchmake itself), so anything that must see
 * every request goes in front of that, once listen() has returned.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export type EdgeStep = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Runs `steps` in order before the listeners the server has now; a step that answers stops there. */
export function guardHttpServer(server: Server, steps: EdgeStep[]): void {
  const inner = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const run = (i: number): void => {
      const step = steps[i];
      if (step) return step(req, res, () => run(i + 1));
      for (const listener of inner) listener.call(server, req, res);
    };
    run(0);
  });
}
