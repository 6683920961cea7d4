// hls.js's light build (no subtitles, alternate audio or DRM: a live has none) has the full build's API; its export ships no types.
declare module 'hls.js/light' {
  export { default } from 'hls.js';
}
