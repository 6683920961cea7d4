/**
 * The id of the `<noscript>` in a server-rendered page's head that holds the page's own font faces
 * (server/http/ssrDocument.ts). With scripting off its `<style>` applies as the page loads; with
 * scripting on the browser keeps it as text and client/start.ts declares it after the first paint.
 */
export const FONT_FACES_ELEMENT_ID = 'seeot-faces';
