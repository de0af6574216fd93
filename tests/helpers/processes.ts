import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT, type Run } from './project';

const BIN = join(PROJECT, 'node_modules', '.bin');

/** Start a process that stays alive until stopped, to hold a lock as a running split would, and give its pid. */
export function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return { pid: child.pid ?? 0, stop: () => new Promise((done) => (child.once('exit', done), child.kill())) };
}

/** Give the pid of a process that has ended, as a split killed without a chance to clean up leaves it. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.once('exit', done));
  return child.pid ?? 0;
}

/** Start split (from the real project, on the copy `root`) without waiting for it, to act while it runs; `output` resolves when it ends. */
export function startSplit(root: string) {
  const child = spawn(join(BIN, 'tsx'), ['scripts/split.ts'], {
    cwd: PROJECT,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, DAWENLU_ROOT: root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const listeners: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => ((stdout += chunk), listeners.forEach((listener) => listener())));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => ((stderr += chunk), listeners.forEach((listener) => listener())));
  const output = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  /** Resolve once the output so far passes a test. */
  const printed = (test: (stdout: string, stderr: string) => boolean) =>
    new Promise<void>((resolve) => {
      const look = () => test(stdout, stderr) && resolve();
      listeners.push(look);
      look();
    });
  return { child, output, printed };
}
