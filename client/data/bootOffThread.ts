import type { Boot } from '../../shared/page/boot.ts';
import { BOOT_ELEMENT_ID } from '../../shared/page/bootElement.ts';

/** The worker's answer: the checked boot data, or null and why. */
export type BootCheck = { boot: Boot } | { boot: null; problem: string };

/**
 * What the server put in this page (shared/page/boot.ts), checked against its schema in a worker.
 * Building the catalogue's schemas and checking the venue was the longest task on the main thread
 * after the first paint (one task, since a parse cannot be split): a phone's main thread now only
 * receives the checked copy. Null when the page has none (Vite's dev server) or it does not parse:
 * the page then renders in the browser and fetches the venue. Where no worker starts, the check runs
 * on the page (data/boot.ts).
 */
export async function checkedPageBoot(): Promise<Boot | null> {
  const text = document.getElementById(BOOT_ELEMENT_ID)?.textContent;
  if (!text) return null;
  let answer: BootCheck;
  try {
    answer = await checkInWorker(text);
  } catch (e) {
    console.warn('boot check worker did not run; checking on the page', e);
    await import('./zodJitless.ts');
    return (await import('./boot.ts')).pageBoot();
  }
  if (answer.boot === null) console.error(`seeot-boot ${answer.problem}; rendering in the browser`);
  return answer.boot;
}

function checkInWorker(text: string): Promise<BootCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bootCheck.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<BootCheck>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'worker error'));
    };
    worker.postMessage(text);
  });
}
