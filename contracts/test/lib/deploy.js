// The rollup's constructor configuration for the node:test suites: one address holds every
// role, unless a test says otherwise.
export function rollupConfig({ collateral, verifier, operator, genesisRoot = 0n, priorityDeadlineSeconds = 3600n, timelockDelay = 86400n }) {
  return {
    collateral,
    verifier,
    sequencer: operator,
    governance: operator,
    guardian: operator,
    genesisRoot,
    priorityDeadlineSeconds,
    timelockDelay,
  };
}
