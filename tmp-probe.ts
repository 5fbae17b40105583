import { readFileSync } from 'node:fs';
import { loadScenario } from '@/domain/scenario/load-scenario';
const f = process.argv[2]!;
const r = loadScenario(readFileSync(f, 'utf8'), f);
console.log(r.ok, JSON.stringify(r.ok ? r.warnings : r.errors, null, 1));
