/**
 * A private Debian nginx on a free loopback port, for tests of the app behind a reverse proxy:
 * its own prefix, pid, error log and temp paths in a temp dir, in the foreground (`daemon off`) so
 * the test owns the process. Ready means the pid file exists: nginx writes it after binding its
 * listening sockets (connections made before a worker runs wait in the backlog).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Debian puts nginx in /usr/sbin, often not on a non-root PATH. */
export function nginxBinary(): string {
  for (const bin of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(bin)) return bin;
  throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run installs it)');
}

export interface PrivateNginx {
  pid: number;
  errorLog: () => string;
  stop(): Promise<void>;
}

/** `site`: directives for nginx's `http` block (upstream, map, server …). */
export async function startNginx(site: string): Promise<PrivateNginx> {
  const bin = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'seeot-nginx-'));
  const pidFile = join(dir, 'nginx.pid');
  const errorLog = join(dir, 'error.log');
  const temp = (name: string) => join(dir, name);
  // `user`: a root master otherwise runs workers as "nobody:nobody", a group Debian lacks.
  const conf = `
user ${userInfo().username};
worker_processes 1;
pid ${pidFile};
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
${site}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(bin, ['-p', dir, '-e', errorLog, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');

  await new Promise<void>((resolve, reject) => {
    const watcher = watch(dir);
    const done = (err?: Error) => {
      watcher.close();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`nginx did not start in 15 s:\n${out}${readLog()}`)), 15_000);
    watcher.on('change', () => {
      if (existsSync(pidFile)) done();
    });
    void exited.then(() => done(new Error(`nginx exited:\n${out}${readLog()}`)));
    if (existsSync(pidFile)) done();
  });

  return {
    pid: child.pid!,
    errorLog: readLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM'); // nginx's fast shutdown: the master stops its workers, then exits
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
