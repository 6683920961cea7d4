/**
 * Zod compiles object parsers with `new Function` when it can. The Content Security Policy
 * (server/http/securityHeaders.ts) has no 'unsafe-eval', and even zod's guarded probe for it is
 * reported as a violation, so the client tells zod not to try. Imported before any schema (bootOffThread.ts, the boot worker): zod
 * decides as each schema is constructed, which happens as soon as a module defining one loads.
 */
import { z } from 'zod';

z.config({ jitless: true });
