// Modules made by vite-scenario-plugin.ts: a scenario file's YAML as plain data, its text one import away.
declare module '*.yaml?scenario' {
  const scenario: import('@/domain/scenario').PreparedScenario;
  export default scenario;
}
