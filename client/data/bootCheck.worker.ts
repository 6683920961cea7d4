/**
 * Checks a page's boot data against its schema off the main thread (see bootOffThread.ts): receives
 * the boot element's text, answers with the checked data or why there is none.
 */
import './zodJitless.ts';
import { BootSchema } from '../../shared/page/boot.ts';
import type { BootCheck } from './bootOffThread.ts';

onmessage = (e: MessageEvent<string>) => {
  let answer: BootCheck;
  try {
    const parsed = BootSchema.safeParse(JSON.parse(e.data));
    const issue = parsed.success ? null : parsed.error.issues[0];
    answer = parsed.success ? { boot: parsed.data } : { boot: null, problem: `does not match the schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}` };
  } catch {
    answer = { boot: null, problem: 'is not JSON' };
  }
  postMessage(answer);
};
