import { spawn } from 'node:child_process';

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
