/**
 * The app's HTTP server, which stamps every request and WebSocket upgrade with its client address
 * (clientAddress.ts) before any listener sees it, and the reader of that stamp in Colyseus' onAuth.
 *
 * Why a header: Colyseus' matchmaking route builds onAuth's AuthContext from a fetch Request that
 * carries the request's headers and no socket, and its own `context.ip` believes X-Real-IP and
 * X-Forwarded-For from anyone. So the server writes the address it decided into a header of its
 * own, replacing whatever a client sent under that name; AuthContext.headers (public API) carries
 * it to onAuth on both the HTTP and the WebSocket path. Why in `emit`: Colyseus registers its
 * request listener first at listen time, so a listener of ours could run too late; `emit` runs
 * before every listener, whoever registered when.
 */
import type { AuthContext } from '@colyseus/core';
import { Server, type IncomingMessage, type RequestListener } from 'node:http';
import { resolveClientAddress, type ProxyTrust } from './clientAddress.ts';

export const CLIENT_ADDRESS_HEADER = 'x-seeot-client-address';

/**
 * How long an idle keep-alive connection stays open. Longer than nginx's upstream keepalive_timeout
 * and cloud load balancers' idle timeout (60 s): whoever holds an idle connection open longer must
 * be the server, or a proxy (or a Node client whose agent has no timeout of its own: it ignores the
 * Keep-Alive hint) sends its next request down a socket the server is closing, and a POST comes
 * back as a reset or a 502. Node's default is 5 s.
 */
const KEEP_ALIVE_MS = 65_000;

function stamp(req: IncomingMessage, trust: ProxyTrust | null): void {
  const forwarded = req.headers['x-forwarded-for'];
  const address = resolveClientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trust);
  if (address === null) delete req.headers[CLIENT_ADDRESS_HEADER];
  else req.headers[CLIENT_ADDRESS_HEADER] = address;
}

export class AddressedServer extends Server {
  readonly #trust: ProxyTrust | null;

  constructor(app: RequestListener, trust: ProxyTrust | null) {
    super(app);
    this.#trust = trust;
    this.keepAliveTimeout = KEEP_ALIVE_MS;
  }

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request' || event === 'upgrade') stamp(args[0] as IncomingMessage, this.#trust);
    return super.emit(event as string, ...args);
  }
}

/** The client address of a matchmaking request or WebSocket upgrade, as AddressedServer decided it. */
export function clientAddressOf(context: AuthContext | undefined): string | null {
  return context?.headers.get(CLIENT_ADDRESS_HEADER) ?? null;
}
