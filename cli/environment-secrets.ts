/**
 * The command line's secrets, by name, from the environment (`zgw` → `RAADSNOTA_ZGW_SECRET`), never from an argument,
 * which any user of the computer can read in the process list.
 */
export function secretFromEnvironment(env: NodeJS.ProcessEnv) {
  return (naam: string): Promise<string | undefined> =>
    Promise.resolve(env[`RAADSNOTA_${naam.toUpperCase()}_SECRET`]);
}
