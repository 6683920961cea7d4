import { existsSync } from 'node:fs';

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH overrides; else Playwright's own browser. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/**
 * Mesa's software OpenGL driver (llvmpipe), which Debian's Chromium recommends (libgl1-mesa-dri;
 * .ci/run installs it where missing). On this 2-core machine it draws the world about twice as fast
 * as SwiftShader (12 fps against 6 on `low`, ready in a median 3.7 s against 5.5 s), and the world
 * lane of the browser tests is bound by that drawing. Without it, SwiftShader.
 */
const MESA_SOFTWARE_GL = ['x86_64', 'aarch64'].some((arch) => ['dri/swrast_dri.so', 'libEGL_mesa.so.0'].every((file) => existsSync(`/usr/lib/${arch}-linux-gnu/${file}`)));

/** WebGL on the CPU: ANGLE over Mesa's llvmpipe through EGL (the blocklist refuses software GL by default), else SwiftShader. */
export const WEBGL_ARGS: readonly string[] = MESA_SOFTWARE_GL
  ? ['--ignore-gpu-blocklist', '--use-gl=angle', '--use-angle=gl-egl']
  : ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** How every spec's Chromium starts (playwright.config.ts): no background traffic, WebGL drawn on the CPU (WEBGL_ARGS). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  ...WEBGL_ARGS,
];
