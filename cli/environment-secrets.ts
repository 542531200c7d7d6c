/**
 * The command line's secrets, by the kind their name starts with, from the environment (`zgw …` →
 * `RAADSNOTA_ZGW_SECRET`), never from an argument, which any user of the computer can read in the process list. The
 * Documenten API's secret is asked for by its origin (`zgw https://…`); here it answers for any, since the user typed
 * that address (--api) on the same command line.
 */
export function secretFromEnvironment(env: NodeJS.ProcessEnv) {
  return (naam: string): Promise<string | undefined> => {
    const soort = naam.split(' ')[0] ?? naam;
    return Promise.resolve(env[`RAADSNOTA_${soort.toUpperCase()}_SECRET`]);
  };
}
