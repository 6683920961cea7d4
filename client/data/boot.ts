import { BOOT_ELEMENT_ID, BootSchema, type Boot } from '../../shared/page/boot.ts';

let boot: Boot | null | undefined;

/**
 * What the server put in this page (shared/page/boot.ts): the venue it rendered with and the font
 * stylesheet. Null when there is none (Vite's dev server, which serves the bare index.html) or when
 * it does not parse: the page then renders in the browser and fetches the venue, as it would without.
 */
export function pageBoot(): Boot | null {
  if (boot !== undefined) return boot;
  const text = typeof document === 'undefined' ? null : document.getElementById(BOOT_ELEMENT_ID)?.textContent;
  boot = null;
  if (!text) return boot;
  try {
    const parsed = BootSchema.safeParse(JSON.parse(text));
    if (parsed.success) boot = parsed.data;
    else console.error('seeot-boot does not match the schema; rendering in the browser', parsed.error.issues[0]);
  } catch (e) {
    console.error('seeot-boot is not JSON; rendering in the browser', e);
  }
  return boot;
}
