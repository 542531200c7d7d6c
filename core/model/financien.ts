import { z } from './zod-nl.js';
import { Text } from './text.js';

/**
 * The financial questions every municipality asks of a memo: does it cost or bring money, does the budget change, and
 * how is it paid for. The section's own text explains; these answers stand above it, so that nobody has to search.
 */
export const Financien = z
  .object({
    financieleGevolgen: z.boolean().describe('Of de nota financiële gevolgen heeft'),
    begrotingswijziging: z.boolean().describe('Of er een begrotingswijziging nodig is'),
    dekking: Text.optional().describe(
      'Hoe de kosten worden gedekt, bijvoorbeeld "uit het budget Wijkaanpak 2027"',
    ),
  })
  .strict()
  .superRefine((financien, ctx) => {
    // Without financial consequences there is nothing to change in the budget and nothing to cover: saying so
    // anyway is a contradiction the council would ask about.
    if (financien.financieleGevolgen) return;
    if (financien.begrotingswijziging)
      ctx.addIssue({
        code: 'custom',
        path: ['begrotingswijziging'],
        message: 'kan niet true zijn als de nota geen financiële gevolgen heeft (financieleGevolgen: false)',
      });
    if (financien.dekking !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['dekking'],
        message: 'hoort alleen bij een nota met financiële gevolgen (financieleGevolgen: true)',
      });
  })
  .describe('De financiële gevolgen van de nota: ja of nee, begrotingswijziging ja of nee, en de dekking');
export type Financien = z.infer<typeof Financien>;

/** The labels of the choices, for the form and the document. */
export const FINANCIEN_LABELS: Readonly<Record<keyof Financien, string>> = {
  financieleGevolgen: 'Financiële gevolgen',
  begrotingswijziging: 'Begrotingswijziging',
  dekking: 'Dekking',
};

const jaNee = (value: boolean): string => (value ? 'ja' : 'nee');

/** What the document says of the choice, at the top of its section: one line per answer. */
export function financienZinnen(financien: Financien): string[] {
  return [
    `${FINANCIEN_LABELS.financieleGevolgen}: ${jaNee(financien.financieleGevolgen)}.`,
    `${FINANCIEN_LABELS.begrotingswijziging}: ${jaNee(financien.begrotingswijziging)}.`,
    ...(financien.dekking === undefined ? [] : [`${FINANCIEN_LABELS.dekking}: ${financien.dekking}`]),
  ];
}
