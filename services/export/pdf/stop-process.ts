import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Every running process with its parent: from /proc on Linux (which may lack `ps`), else from POSIX `ps`. */
function processTable(platform: NodeJS.Platform): [pid: number, parent: number][] {
  if (platform === 'linux') {
    const table: [number, number][] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        table.push([Number(name), parent]);
      } catch {
        // the process ended while we looked
      }
    }
    return table;
  }
  const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  return (ps.stdout || '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isInteger));
}

/** The process and all its descendants, parents before their children. */
function tree(root: number, platform: NodeJS.Platform): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of processTable(platform)) {
    children.set(parent, (children.get(parent) ?? []).concat(pid));
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const child of children.get(found[i] ?? 0) ?? []) found.push(child);
  }
  return found;
}

/**
 * Stops a process and every process it started. `soffice` is a launcher: on Linux a shell script that starts
 * `oosplash`, which starts `soffice.bin`; killing the launcher alone would leave the converter running. The tree is
 * read before anything is killed, since a killed parent's children are handed to another. (soffice is not put in a
 * process group of its own: then Ctrl+C in a terminal would stop Raadsnota and leave LibreOffice converting.)
 * Windows has `taskkill /T`, which walks the tree itself.
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
  for (const member of tree(pid, platform)) {
    try {
      process.kill(member, 'SIGKILL');
    } catch {
      // it has just ended
    }
  }
}
