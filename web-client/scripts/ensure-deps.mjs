// Runs `npm ci` unless node_modules already matches package-lock.json (npm keeps a copy of the
// lock it installed in node_modules/.package-lock.json). Used by the Maven build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');

const packagesOf = (file) => JSON.parse(readFileSync(file, 'utf8')).packages ?? {};

function upToDate() {
  if (!existsSync(installed)) return false;
  try {
    const wanted = packagesOf(lock);
    const have = packagesOf(installed);
    return Object.entries(wanted).every(
      ([name, entry]) =>
        name === '' || // the project itself
        have[name]?.version === entry.version ||
        // optional packages for other platforms (native bindings) are never installed here
        ((entry.optional || entry.devOptional) && !have[name] && !existsSync(path.join(root, name))),
    );
  } catch {
    return false;
  }
}

if (process.env.KABINET_FORCE_NPM_CI !== 'true' && upToDate()) {
  console.log('web-client: node_modules matches package-lock.json, skipping npm ci');
} else {
  console.log('web-client: npm ci');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
