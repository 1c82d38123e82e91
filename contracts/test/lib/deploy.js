// The rollup's constructor configuration for the node:test suites: one address holds every
// role unless a test says otherwise; fresh Poseidon contracts (from `poseidonDeployer` when a
// test needs the deployer's nonces); accounts tree of depth 8.
export async function rollupConfig(ethers, { collateral, verifier, operator, genesisRoot = 0n, priorityDeadlineSeconds = 3600n, timelockDelay = 86400n, accountsDepth = 8, poseidonDeployer }) {
  const poseidonT3 = await ethers.deployContract("PoseidonT3", [], poseidonDeployer);
  const poseidonT4 = await ethers.deployContract("PoseidonT4", [], poseidonDeployer);
  const poseidonT8 = await ethers.deployContract("PoseidonT8", [], poseidonDeployer);
  return {
    collateral,
    verifier,
    sequencer: operator,
    governance: operator,
    guardian: operator,
    genesisRoot,
    priorityDeadlineSeconds,
    timelockDelay,
    poseidonT3: await poseidonT3.getAddress(),
    poseidonT4: await poseidonT4.getAddress(),
    poseidonT8: await poseidonT8.getAddress(),
    accountsDepth,
  };
}
