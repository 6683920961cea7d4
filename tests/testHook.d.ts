// Playwright page functions read the world's test hook as `window.__seeot`: its type and the Window
// augmentation live with the hook in client/ (a project of its own), brought into this one here.
import type {} from '../client/world/testHook/api.ts';
