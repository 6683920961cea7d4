// `npm run dev`: the API/Colyseus server on PORT (2567) and Vite's dev server with hot reload on 5173,
// which proxies the server's paths to it, the hall's WebSocket included (vite.config.ts server.proxy),
// so /world on 5173 joins the hall. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const children = [
  spawn(process.execPath, ['--watch-path=server', '--watch-path=shared', 'server/main.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { NODE_ENV: 'development', ...process.env },
  }),
  spawn(join(root, 'node_modules', '.bin', 'vite'), [], { cwd: root, stdio: 'inherit', env: process.env }),
];
console.log(`[dev] open http://localhost:5173 (hot reload); the server answers on http://localhost:${process.env.PORT ?? 2567}`);
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);
