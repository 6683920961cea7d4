// Playwright page functions read the world's test hook as `window.__seeot`; its type (and the
// Window augmentation) lives with the hook in client/, which this project does not include.
import type {} from '../client/world/testHook.ts';
