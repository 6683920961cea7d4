// vitest globalSetup of the integration project: runs once, before the test threads start.
import { pgliteTemplate } from './pgliteTemplate.ts';

export default async function setup(): Promise<void> {
  await pgliteTemplate();
}
