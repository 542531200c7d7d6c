import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import type { Issue } from '../../core/errors.js';
import { formatDutchDate } from '../../core/dutch-date.js';
import { PRECOMPILED, type TemplateDelegate } from './precompiled.js';
import { findUnescapedOutput } from './template-safety.js';
import type { Block } from './tree.js';

/** A section's parsed content, handed to the template as a reference so that it never passes through as markup. */
export class RichRef {
  constructor(readonly blocks: Block[]) {}
}

export interface TemplateSource {
  /** File name, for messages: "informatienota.hbs". */
  name: string;
  source: string;
  partials: Readonly<Record<string, string>>;
}

type Compiled = (context: unknown, options: { data: { richtext: Block[][] } }) => string;

const compiled = new WeakMap<TemplateSource, Compiled>();

function environment(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('datum', (iso: unknown) => (typeof iso === 'string' ? formatDutchDate(iso) : ''));
  hb.registerHelper('volgnummer', (index: unknown) => (typeof index === 'number' ? index + 1 : ''));
  // "1 motie", "2 moties": a template chooses the singular with {{#if (een aantal)}}.
  hb.registerHelper('een', (count: unknown) => count === 1);
  hb.registerHelper('hoofdletter', (text: unknown) =>
    typeof text === 'string' ? text.charAt(0).toUpperCase() + text.slice(1) : '',
  );
  hb.registerHelper('richtext', (ref: unknown, options: Handlebars.HelperOptions) => {
    if (!(ref instanceof RichRef)) throw new Error('{{richtext}} verwacht de inhoud van een sectie');
    const store = (options.data as { richtext: Block[][] }).richtext;
    store.push(ref.blocks);
    return new hb.SafeString(`<richtext ref="${store.length - 1}"/>`);
  });
  return hb;
}

function precompiled(hb: typeof Handlebars, source: string): TemplateDelegate | undefined {
  const spec = PRECOMPILED[createHash('sha256').update(source).digest('hex')];
  return spec && hb.template(spec);
}

/** A template that is compiled here (not shipped precompiled) is first checked for output that skips escaping. */
function checked(source: string, name: string): string {
  const [first] = findUnescapedOutput(source);
  if (first) {
    throw new Error(
      `${name} regel ${first.line}: {{{${first.expression}}}} zet het escapen uit; gebruik {{${first.expression}}}`,
    );
  }
  return source;
}

function compile(template: TemplateSource): Compiled {
  const cached = compiled.get(template);
  if (cached) return cached;
  const hb = environment();
  for (const [name, source] of Object.entries(template.partials)) {
    hb.registerPartial(name, precompiled(hb, source) ?? checked(source, `partials/${name}.hbs`));
  }
  // Default options, as at build time. Not strict: that would turn every optional field into an error.
  const fn = (precompiled(hb, template.source) ??
    hb.compile(checked(template.source, template.name))) as Compiled;
  compiled.set(template, fn);
  return fn;
}

/**
 * Fills a template with the view of a memo. Every `{{value}}` is HTML-escaped by Handlebars, so user text arrives
 * in the markup as text, whatever characters it holds. Returns the markup and the rich text it referenced.
 */
export function fillTemplate(
  template: TemplateSource,
  view: unknown,
  issues: Issue[],
): { markup: string; richtext: Block[][] } | undefined {
  const richtext: Block[][] = [];
  try {
    return { markup: compile(template)(view, { data: { richtext } }), richtext };
  } catch (error) {
    issues.push({
      path: template.name,
      message: `sjabloon kan niet worden gevuld: ${(error as Error).message}`,
    });
    return undefined;
  }
}
