import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../api/contract/index.js';
import { openApiDocument, schemaComponents } from '../api/openapi.js';
import { z } from '../core/model/zod-nl.js';
import { runCli } from './helpers/assets.js';

type Json = Record<string, unknown>;

const doc = openApiDocument();
const paths = doc.paths as Record<string, { post?: Json; get?: Json }>;
const schemas = (doc.components as { schemas: Json }).schemas;

/** Every `$ref` in the document. */
function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

const BASE = 'https://raadsnota.test/openapi.json';

/**
 * Checks a value against a component schema with ajv's JSON Schema 2020-12, references resolved in the document.
 * Formats (date) are left to zod: ajv-formats is no dependency of the project.
 */
function validator(): (component: string, value: unknown) => boolean {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: BASE, components: doc.components });
  return (component, value) => ajv.validate({ $ref: `${BASE}#/components/schemas/${component}` }, value);
}

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1 with a standard validator', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)) as Json);
    if (!result.valid) console.log(JSON.stringify(result.errors, null, 2));
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has a POST /api/<operation> for every operation of the table, with its summary, input and output', () => {
    const names = Object.keys(operations) as OperationName[];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const post = paths[`/api/${name}`]?.post;
      expect(post, name).toBeDefined();
      expect(post?.operationId).toBe(name);
      expect(post?.summary).toBe(operations[name].summary);
      expect(JSON.stringify(post?.requestBody)).toContain(`#/components/schemas/${name}.Input`);
      const responses = post?.responses as Record<string, unknown>;
      expect(JSON.stringify(responses['200'])).toContain(`#/components/schemas/${name}.Output`);
      for (const status of ['400', '401', '403', '404', '409', '413', '415', '422', '500', '503']) {
        expect(JSON.stringify(responses[status]), `${name} ${status}`).toContain(
          '#/components/schemas/ApiError',
        );
      }
    }
    expect(Object.keys(paths).filter((p) => p !== '/api/openapi.json')).toHaveLength(names.length);
    expect(paths['/api/openapi.json']?.get?.security).toEqual([]);
  });

  it('asks for the token as a bearer scheme', () => {
    expect((doc.components as { securitySchemes: Json }).securitySchemes).toMatchObject({
      token: { type: 'http', scheme: 'bearer' },
    });
    expect(doc.security).toEqual([{ token: [] }]);
  });

  it('points every reference at a schema it holds', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(Object.hasOwn(schemas, ref.slice('#/components/schemas/'.length)), ref).toBe(true);
    }
  });

  it('describes register.search so that an example request validates and a wrong one does not', () => {
    const check = validator();
    expect(check('register.search.Input', { text: 'financiele' })).toBe(true);
    expect(check('register.search.Input', { text: 'school', status: ['open'], limit: 20, offset: 40 })).toBe(
      true,
    );
    expect(check('register.search.Input', {})).toBe(true);
    expect(check('register.search.Input', { limit: 0 })).toBe(false);
    expect(check('register.search.Input', { soort: 'besluit' })).toBe(false);
    expect(check('register.search.Input', { zoekterm: 'financiele' })).toBe(false);
    expect(check('ApiError', { code: 'not_found', message: 'Er is geen motie M-3' })).toBe(true);
    expect(check('ApiError', { code: 'kwijt', message: 'x' })).toBe(false);
  });

  // One way only: the document must never refuse what the operation takes (a client made from it could not send
  // it), while a rule that JSON Schema cannot say (a refinement) may leave it accepting more than the operation does.
  it('accepts every plain request that the operation’s own schema takes', () => {
    const check = validator();
    const probes: unknown[] = [
      {},
      { text: 'financiele' },
      { limit: 10, offset: 0 },
      { onbekendVeld: 1 },
      null,
      [],
    ];
    let taken = 0;
    for (const [name, contract] of Object.entries(operations)) {
      for (const probe of probes.filter((p) => contract.input.safeParse(p).success)) {
        taken++;
        expect(check(`${name}.Input`, probe), `${name} ${JSON.stringify(probe)}`).toBe(true);
      }
    }
    expect(taken).toBeGreaterThan(0);
  });

  it('is what raadsnota openapi prints', async () => {
    const result = await runCli(['openapi']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('a schema as OpenAPI components', () => {
  it('hoists shared and recursive parts into components of their own and points every reference there', () => {
    const Punt = z.object({ tekst: z.string() }).meta({ id: 'Punt met/schuine streep' });
    const Sectie = z.object({
      titel: z.string(),
      punten: z.array(Punt),
      eerste: Punt.optional(),
      get subsecties(): z.ZodArray<typeof Sectie> {
        return z.array(Sectie);
      },
    });
    const components = schemaComponents('memos.proef.Input', Sectie, 'input');
    const names = Object.keys(components);
    expect(names).toContain('memos.proef.Input');
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    for (const ref of refs(components)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(names, ref).toContain(ref.slice('#/components/schemas/'.length));
    }
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: BASE, components: { schemas: components } });
    const check = (value: unknown): boolean =>
      ajv.validate({ $ref: `${BASE}#/components/schemas/memos.proef.Input` }, value);
    const good = {
      titel: 'a',
      punten: [{ tekst: 'x' }],
      subsecties: [{ titel: 'b', punten: [], subsecties: [] }],
    };
    expect(check(good)).toBe(true);
    expect(check({ ...good, subsecties: [{ titel: 'b', punten: [{ tekst: 3 }], subsecties: [] }] })).toBe(
      false,
    );
  });
});
