// Modules made by vite-scenario-plugin.ts at the repository root: a scenario file's YAML as plain data, with
// its text one import away. Only the scenario library imports them.
declare module '*.yaml?scenario' {
  import type { PreparedScenario } from '@/domain/scenario';

  const scenario: PreparedScenario;
  export default scenario;
}
