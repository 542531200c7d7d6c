import type Handlebars from 'handlebars';
import type { TemplateDelegate } from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * Templates that Handlebars compiled when the CLI was built, by the SHA-256 of their source. In the sources this
 * table is empty; the build (scripts/build.mjs) puts the shipped templates in it, so that a render does not spend
 * its start-up compiling them. A template a functioneel beheerder has edited has another hash and is compiled when
 * it is used, as before.
 */
export const PRECOMPILED: Readonly<Record<string, TemplateSpecification>> = {};

export type { TemplateDelegate, TemplateSpecification };
