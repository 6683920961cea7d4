import { startRedis, type PrivateRedis } from '../load/redis.ts';
import { startPostgres, type PrivatePostgres } from './postgres.ts';
import { startServer, type RunningServer } from './serverProcess.ts';
import { setupAdmin, type SignedInSession } from './staffSession.ts';

/** Two server processes sharing a private Redis and PostgreSQL, and the first admin, signed in on A. */
export interface ScaleOutPair {
  redis: PrivateRedis;
  postgres: PrivatePostgres;
  a: RunningServer;
  b: RunningServer;
  admin: SignedInSession;
  /** Stops both servers (SIGTERM, waited for), then Redis and PostgreSQL. */
  stop(): Promise<void>;
}

/** `env` joins the database and presence URLs; give it SESSION_SECRET and whatever else the test needs. */
export async function startScaleOutPair(env: Record<string, string>): Promise<ScaleOutPair> {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const all = { ...env, REDIS_URL: redis.url, DATABASE_URL: postgres.url };
  const started: RunningServer[] = [];
  const stop = async (): Promise<void> => {
    for (const s of started) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await redis.stop();
    await postgres.stop();
  };
  try {
    // One after the other: the first admin's setup code is the one A printed.
    const a = await startServer(all);
    started.push(a);
    const admin = await setupAdmin(a.url, a.output());
    const b = await startServer(all);
    started.push(b);
    return { redis, postgres, a, b, admin, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
