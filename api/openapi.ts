import { ApiError } from './contract/api-error.js';
import { operations } from './contract/index.js';
import type { OperationContract } from './contract/operation.js';
import { z } from '../core/model/zod-nl.js';
import { MAX_BODY_BYTES, REFUSALS, STATUS_OF } from './server/status.js';

type Json = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';

/** A name OpenAPI allows for a component (letters, digits, `.`, `-`, `_`). */
const componentName = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * One schema as components: zod 4 writes JSON Schema 2020-12, which OpenAPI 3.1 takes as it is, except that a `$ref`
 * inside a component resolves against the whole document. So the schema's own `$defs` (shared or recursive parts)
 * become components of their own, named after it, and every reference is pointed there. Exported for its test.
 */
export function schemaComponents(name: string, schema: z.ZodType, io: 'input' | 'output'): Json {
  const generated = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Json & { $defs?: Record<string, unknown> };
  const { $defs, ...root } = generated;
  // Each component is part of the OpenAPI document, whose dialect already says which JSON Schema it is.
  delete root.$schema;
  const defName = (pointer: string): string =>
    componentName(`${name}.${decodeURIComponent(pointer).replaceAll('~1', '/').replaceAll('~0', '~')}`);
  const repoint = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(repoint);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (key !== '$ref' || typeof inner !== 'string') return [key, repoint(inner)];
        if (inner === '#') return [key, `${COMPONENTS}${name}`];
        if (inner.startsWith('#/$defs/')) return [key, `${COMPONENTS}${defName(inner.slice(8))}`];
        return [key, inner];
      }),
    );
  };
  const components: Json = { [name]: repoint(root) };
  for (const [def, inner] of Object.entries($defs ?? {})) {
    components[componentName(`${name}.${def}`)] = repoint(inner);
  }
  return components;
}

function addComponent(
  schemas: Json,
  name: string,
  schema: z.ZodType,
  io: 'input' | 'output',
): { $ref: string } {
  Object.assign(schemas, schemaComponents(name, schema, io));
  return { $ref: `${COMPONENTS}${name}` };
}

const json = (schema: unknown): Json => ({ content: { 'application/json': { schema } } });

/** Every refusal the server can answer an operation with, by status, each with the error codes it carries. */
function errorResponses(): Record<string, Json> {
  const apiError = { $ref: `${COMPONENTS}ApiError` };
  const byStatus = new Map<number, string[]>();
  const says = (status: number, text: string): void => {
    byStatus.set(status, [...(byStatus.get(status) ?? []), text]);
  };
  const codes: Record<keyof typeof STATUS_OF, string> = {
    invalid_input: 'de invoer past niet bij het schema van de opdracht (invalid_input, met issues per veld)',
    not_found: 'wat de opdracht noemt, bestaat niet (not_found)',
    conflict: 'de stand van het register staat de wijziging niet toe (conflict)',
    refused:
      'het register kan nu niet zo gebruikt worden: beschadigd, nieuwer, alleen-lezen of bezet (refused)',
    unavailable:
      'een dienst buiten Raadsnota (een Documenten API) is niet bereikbaar of blijft fouten geven (unavailable)',
    unknown_operation: 'geen opdracht heeft deze naam (unknown_operation)',
    internal: 'een fout in Raadsnota zelf, zonder stacktrace (internal)',
  };
  for (const [code, status] of Object.entries(STATUS_OF)) says(status, codes[code as keyof typeof codes]);
  const refusals: Record<keyof typeof REFUSALS, string> = {
    badJson: 'de inhoud is geen geldige JSON',
    noToken: 'geen of een onjuist toegangstoken in Authorization: Bearer',
    foreign: 'de aanvraag komt van een andere site (Origin) of noemt een andere server (Host)',
    method: 'deze methode hoort niet bij dit adres',
    tooLarge: `de inhoud is groter dan ${MAX_BODY_BYTES / 1024 / 1024} MB`,
    notJson: 'de inhoud is geen application/json',
  };
  for (const [key, { status, code }] of Object.entries(REFUSALS)) {
    if (key !== 'method') says(status, `${refusals[key as keyof typeof refusals]} (${code})`);
  }
  return Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, texts]) => [String(status), { description: texts.join('; '), ...json(apiError) }]),
  );
}

/**
 * The OpenAPI 3.1 document of the local server, generated from the operation table: one `POST /api/<operation>` per
 * operation, with its summary, its input as the request body and its output as the 200 response. Request bodies are
 * described as a caller may send them (defaults still open), responses as the server gives them.
 */
export function openApiDocument(): Json {
  const schemas: Json = {};
  addComponent(schemas, 'ApiError', ApiError, 'output');
  const errors = errorResponses();
  const paths: Record<string, Json> = {};
  for (const [name, contract] of Object.entries(operations) as [string, OperationContract][]) {
    paths[`/api/${name}`] = {
      post: {
        operationId: name,
        summary: contract.summary,
        tags: [name.split('.')[0]],
        security: [{ token: [] }],
        requestBody: {
          required: true,
          ...json(addComponent(schemas, `${name}.Input`, contract.input, 'input')),
        },
        responses: {
          '200': {
            description: 'Gelukt: de uitvoer van de opdracht',
            ...json(addComponent(schemas, `${name}.Output`, contract.output, 'output')),
          },
          ...errors,
        },
      },
    };
  }
  paths['/api/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'Deze beschrijving van de API (zonder token: er staat niets van de gebruiker in)',
      tags: ['api'],
      security: [],
      responses: {
        '200': { description: 'Het OpenAPI-document', ...json({ type: 'object' }) },
        '403': errors['403'],
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Raadsnota',
      version: '1',
      description:
        'De opdrachten van Raadsnota, zoals de lokale server (raadsnota serve) ze aanbiedt op 127.0.0.1. ' +
        'Elke opdracht is POST /api/<opdracht> met een JSON-inhoud en het token dat serve bij de start noemt.',
    },
    servers: [
      {
        url: 'http://127.0.0.1:{poort}',
        description: 'De server die raadsnota serve start, op de poort in de regel die serve schrijft',
        variables: { poort: { default: '8080' } },
      },
    ],
    security: [{ token: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        token: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Het token uit de adresregel die raadsnota serve schrijft (#token=…); nieuw bij elke start',
        },
      },
    },
  };
}
