// `npm run env:example`: writes .env.example at the repo root from server/env.ts (scripts/envExample.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample } from './envExample.ts';

const path = join(import.meta.dirname, '..', '.env.example');
writeFileSync(path, renderEnvExample());
console.log(`wrote ${path}`);
