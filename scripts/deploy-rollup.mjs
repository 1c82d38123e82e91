#!/usr/bin/env node
// Deploys the settlement contracts from a JSON config and prints their addresses as JSON:
// the Poseidon contracts, the Groth16 verifier, the collateral token (a DevnetStablecoin only
// when the config asks for the devnet token) and OptionsRollup with its constructor Config.
// Usage: ROLLUP_DEPLOYER_PRIVATE_KEY=0x... node_modules/.bin/node scripts/deploy-rollup.mjs <config.json>
// The key comes only from that environment variable, never from the config. The artifacts come
// from `npx hardhat build` (contracts/artifacts); docs/CONTRACTS.md describes the config.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ethers } from 'ethers';

export const PRIVATE_KEY_VARIABLE = 'ROLLUP_DEPLOYER_PRIVATE_KEY';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifactsDir = join(root, 'contracts', 'artifacts', 'contracts');
const R = 21888242871839275222246405745257275088548364400416034343698204186575808495617n;

export class DeployConfigError extends Error {}

// Checks every field before anything is sent, so a bad config costs no gas.
export function parseConfig(config) {
  const fail = (message) => { throw new DeployConfigError(message); };
  const uint = (name, max) => {
    const raw = config[name];
    if (raw === undefined) fail(`config.${name} is missing`);
    let v;
    try { v = BigInt(raw); } catch { fail(`config.${name} is not an integer: ${raw}`); }
    if (v < 0n || v > max) fail(`config.${name} = ${v} is outside 0..${max}`);
    return v;
  };
  const address = (name, value, allowZero = false) => {
    if (value === 'deployer') return value;
    if (typeof value !== 'string' || !ethers.isAddress(value)) fail(`config.${name} is not an address or "deployer": ${value}`);
    if (!allowZero && BigInt(value) === 0n) fail(`config.${name} is the zero address`);
    return ethers.getAddress(value);
  };
  if (typeof config.rpcUrl !== 'string' || !/^https?:\/\//.test(config.rpcUrl)) fail(`config.rpcUrl is not an http(s) URL: ${config.rpcUrl}`);
  for (const k of Object.keys(config)) if (/private|secret|mnemonic/i.test(k)) fail(`config.${k}: keys never go in the config; set ${PRIVATE_KEY_VARIABLE}`);
  const collateral = config.collateral ?? fail('config.collateral is missing');
  if (!(collateral.devnet === true) === !(collateral.address !== undefined)) fail('config.collateral needs exactly one of {"devnet": true} or {"address": "0x..."}');
  const verifier = config.verifier ?? fail('config.verifier is missing');
  const verifierKinds = ['artifact', 'source', 'address'].filter((k) => verifier[k] !== undefined);
  if (verifierKinds.length !== 1) fail('config.verifier needs exactly one of "artifact", "source" (with "contract") or "address"');
  if (verifier.source !== undefined && typeof verifier.contract !== 'string') fail('config.verifier.source needs "contract", the contract name in that file');
  const genesisRoot = uint('genesisRoot', R - 1n);
  const accountsDepth = uint('accountsDepth', 32n);
  if (accountsDepth === 0n) fail('config.accountsDepth must be at least 1');
  return {
    rpcUrl: config.rpcUrl,
    chainId: uint('chainId', 2n ** 64n - 1n),
    collateral: collateral.devnet === true ? { devnet: true } : { address: address('collateral.address', collateral.address) },
    verifier: verifier.address !== undefined ? { address: address('verifier.address', verifier.address) } : { ...verifier },
    sequencer: address('sequencer', config.sequencer),
    governance: address('governance', config.governance),
    guardian: address('guardian', config.guardian ?? ethers.ZeroAddress, true),
    genesisRoot,
    priorityDeadlineSeconds: uint('priorityDeadlineSeconds', 2n ** 64n - 1n),
    timelockDelay: uint('timelockDelay', 2n ** 64n - 1n),
    accountsDepth,
  };
}

function artifact(name) {
  const stack = [artifactsDir];
  while (stack.length > 0) {
    const dir = stack.pop();
    if (!existsSync(dir)) break;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name === `${name}.json`) return JSON.parse(readFileSync(path, 'utf8'));
    }
  }
  throw new DeployConfigError(`no artifact ${name} under contracts/artifacts; run npx hardhat build`);
}


// A generated verifier given by path is compiled with the repository's solc (same settings).
function compiledSource(source, contract, configDir) {
  const file = resolve(configDir, source);
  if (!existsSync(file)) throw new DeployConfigError(`verifier source ${file} does not exist`);
  const out = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts', 'solc-compile.mjs'), file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const c = out.contracts[contract];
  if (!c) throw new DeployConfigError(`${file} has no contract ${contract} (has ${Object.keys(out.contracts).join(', ')})`);
  return c;
}

async function deployContract(wallet, { abi, bytecode }, args = []) {
  const contract = await new ethers.ContractFactory(abi, bytecode, wallet).deploy(...args);
  await contract.waitForDeployment();
  return contract;
}

async function requireCode(provider, what, address) {
  if ((await provider.getCode(address)) === '0x') throw new DeployConfigError(`${what} ${address} has no code on this chain`);
}

// Deploys everything `parseConfig` describes; returns the addresses.
export async function deployRollup(rawConfig, privateKey, { configDir = process.cwd() } = {}) {
  const config = parseConfig(rawConfig);
  if (typeof privateKey !== 'string' || !/^(0x)?[0-9a-fA-F]{64}$/.test(privateKey)) throw new DeployConfigError(`${PRIVATE_KEY_VARIABLE} is not set to a 32-byte hex key`);
  const provider = new ethers.JsonRpcProvider(config.rpcUrl, undefined, { staticNetwork: true });
  try {
    const chainId = (await provider.getNetwork()).chainId;
    if (chainId !== config.chainId) throw new DeployConfigError(`the node at ${config.rpcUrl} is chain ${chainId}, the config says ${config.chainId}`);
    // NonceManager: consecutive deployments without waiting on the node's pending nonce.
    const wallet = new ethers.NonceManager(new ethers.Wallet(privateKey, provider));
    const deployer = await wallet.getAddress();
    const role = (v) => (v === 'deployer' ? deployer : v);

    const poseidonT3 = await deployContract(wallet, artifact('PoseidonT3'));
    const poseidonT4 = await deployContract(wallet, artifact('PoseidonT4'));
    const poseidonT8 = await deployContract(wallet, artifact('PoseidonT8'));

    let verifier;
    if (config.verifier.address) {
      await requireCode(provider, 'verifier', config.verifier.address);
      verifier = config.verifier.address;
    } else {
      const compiled = config.verifier.artifact ? artifact(config.verifier.artifact) : compiledSource(config.verifier.source, config.verifier.contract, configDir);
      verifier = await (await deployContract(wallet, compiled)).getAddress();
    }

    let collateral;
    if (config.collateral.devnet) {
      collateral = await (await deployContract(wallet, artifact('DevnetStablecoin'))).getAddress();
    } else {
      await requireCode(provider, 'collateral token', config.collateral.address);
      collateral = config.collateral.address;
    }

    const rollupConfig = {
      collateral,
      verifier,
      sequencer: role(config.sequencer),
      governance: role(config.governance),
      guardian: role(config.guardian),
      genesisRoot: config.genesisRoot,
      priorityDeadlineSeconds: config.priorityDeadlineSeconds,
      timelockDelay: config.timelockDelay,
      poseidonT3: await poseidonT3.getAddress(),
      poseidonT4: await poseidonT4.getAddress(),
      poseidonT8: await poseidonT8.getAddress(),
      accountsDepth: config.accountsDepth,
    };
    const rollup = await deployContract(wallet, artifact('OptionsRollup'), [rollupConfig]);
    return {
      chainId: chainId.toString(),
      deployer,
      rollup: await rollup.getAddress(),
      collateral,
      collateralIsDevnetToken: config.collateral.devnet === true,
      verifier,
      poseidonT3: rollupConfig.poseidonT3,
      poseidonT4: rollupConfig.poseidonT4,
      poseidonT8: rollupConfig.poseidonT8,
      sequencer: rollupConfig.sequencer,
      governance: rollupConfig.governance,
      guardian: rollupConfig.guardian,
      deploymentBlock: (await rollup.deploymentTransaction().wait()).blockNumber,
    };
  } finally {
    provider.destroy();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: ROLLUP_DEPLOYER_PRIVATE_KEY=0x... node scripts/deploy-rollup.mjs <config.json>\n');
    process.exit(2);
  }
  try {
    const addresses = await deployRollup(JSON.parse(readFileSync(file, 'utf8')), process.env[PRIVATE_KEY_VARIABLE], { configDir: dirname(resolve(file)) });
    process.stdout.write(JSON.stringify(addresses, null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`deploy failed: ${e instanceof DeployConfigError ? e.message : (e.stack ?? e)}\n`);
    process.exit(1);
  }
}
