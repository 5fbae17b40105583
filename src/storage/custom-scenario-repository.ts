import { customScenarioSchema, type CustomScenario } from '@/domain/records/custom-scenario-schema';
import type { TrainerDatabase } from './database';
import { newId, nowIso } from './ids';
import { checkedRecord } from './record-check';

export type CustomScenarioInput = Pick<CustomScenario, 'fileName' | 'source'> & { id?: string };

/** The trainer's own scenario files, by file name. */
export async function listCustomScenarios(db: TrainerDatabase): Promise<CustomScenario[]> {
  return db.customScenarios.orderBy('fileName').toArray();
}

export function getCustomScenario(db: TrainerDatabase, id: string): Promise<CustomScenario | undefined> {
  return db.customScenarios.get(id);
}

/** Creates a custom scenario, or replaces the one with the given id; stamps updatedAt. */
export async function saveCustomScenario(db: TrainerDatabase, input: CustomScenarioInput): Promise<CustomScenario> {
  const scenario = checkedRecord(customScenarioSchema, 'customScenario', {
    ...input,
    id: input.id ?? newId(),
    updatedAt: nowIso(),
  });
  await db.customScenarios.put(scenario);
  return scenario;
}

export async function deleteCustomScenario(db: TrainerDatabase, id: string): Promise<void> {
  await db.customScenarios.delete(id);
}
