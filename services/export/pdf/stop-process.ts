import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Stops a process and every process it started. `soffice` is a launcher: on Linux a shell script that starts
 * `oosplash`, which starts `soffice.bin`; killing the launcher alone would leave the converter running. On POSIX the
 * child was started as the leader of its own process group, so the whole group is killed; Windows has no groups, and
 * `taskkill /T` walks the tree.
 */
export function stopProcessTree(child: ChildProcess, platform: NodeJS.Platform = process.platform): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on(
      'error',
      () => child.kill('SIGKILL'),
    );
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
}
