/**
 * The id of the page's `<script type="application/json">` boot data (./boot.ts), in a module of its
 * own: code that only asks whether a page was server-rendered must not load zod to know it.
 */
export const BOOT_ELEMENT_ID = 'seeot-boot';
