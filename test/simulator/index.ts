// The BKFlow simulator's public API (README.md next to this file describes scenarios and faults).

export { startSimulator } from './server.js'
export type { Simulator, SimulatorOptions, RequestLogEntry } from './server.js'
export type { SimClock } from './sim-clock.js'
export { parseScenario } from './parse-scenario.js'
export { linearTask, simpleScenario, TEST_APP } from './builder.js'
export type { LinearTaskOptions, SimpleScenarioOptions } from './builder.js'
export { nodeId } from './compile.js'
export { DEFAULT_EPOCH } from './endpoints.js'
export type {
  AppSpec,
  EndpointName,
  Fault,
  FaultType,
  NodeEventSpec,
  NodeSpec,
  NodeType,
  Scenario,
  SpaceSpec,
  TaskSpec,
  TemplateSpec,
  WindowSpec
} from './scenario-types.js'
