// Locates the shared known-answer vectors like tests/Shared/Vectors.cs: ROLLUP_VECTORS if set,
// otherwise the first ancestor of the repository that holds shared/vectors.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function find() {
  const env = process.env.ROLLUP_VECTORS;
  if (env && existsSync(env)) return env;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared", "vectors");
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  throw new Error("shared/vectors not found above the repository; set ROLLUP_VECTORS");
}

export function loadVector(name) {
  return JSON.parse(readFileSync(path.join(find(), name), "utf8"));
}
