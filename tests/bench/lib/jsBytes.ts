import type { CDPSession, Page } from '@playwright/test';

/**
 * Counts the compressed (on-the-wire) bytes of JavaScript a page fetches, from the DevTools protocol:
 * per request, loadingFinished.encodedDataLength (everything received) minus the bytes received when
 * the response headers arrived, i.e. the encoded body as the server sent it (gzip/br).
 */
export async function countJsBytes(page: Page): Promise<{ total(): number; files(): { url: string; bytes: number }[]; detach(): Promise<void> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const meta = new Map<string, { url: string; js: boolean; headerBytes: number }>();
  const done = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => {
    const js = e.type === 'Script' || /javascript|ecmascript/.test(e.response.mimeType);
    meta.set(e.requestId, { url: e.response.url, js, headerBytes: e.response.encodedDataLength ?? 0 });
  });
  cdp.on('Network.loadingFinished', (e) => done.set(e.requestId, e.encodedDataLength));
  const files = (): { url: string; bytes: number }[] => {
    const out: { url: string; bytes: number }[] = [];
    for (const [id, total] of done) {
      const m = meta.get(id);
      if (m?.js) out.push({ url: m.url, bytes: Math.max(0, total - m.headerBytes) });
    }
    return out;
  };
  return {
    files,
    total: () => files().reduce((n, f) => n + f.bytes, 0),
    detach: () => cdp.detach(),
  };
}
