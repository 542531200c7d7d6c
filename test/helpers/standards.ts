// The public specifications as validators, built at test time from the files in ../shared/standards, so that an export
// is checked against the standard itself and not against our reading of it: the ORI InformatieObject schema taken
// from the OpenAPI 3.0 document for ajv, and the DiWoo XSD for xmllint (libxml2, compiled to WebAssembly).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { projectRoot, standardsDir } from './tools.js';

// ajv-formats is CommonJS with its function as `default`; under NodeNext that default is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const ORI_OPENAPI = 'open-raadsinformatie/openapi.yaml';
export const DIWOO_XSD = 'diwoo/diwoo-metadata.xsd';
export const DIWOO_LIJSTEN_XSD = 'diwoo/diwoo-metadata-lijsten.xsd';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const COMPONENT_REF = '#/components/schemas/';

/**
 * One OpenAPI 3.0 schema object as JSON Schema (draft-07): a `$ref` into components/schemas points at `definitions`,
 * and `nullable: true` becomes `null` among the types (OpenAPI 3.0 has no null type; JSON Schema has no `nullable`).
 * `readOnly` stays what it is in both, an annotation: a package holds the object as a server would return it.
 */
export function openApiToJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(openApiToJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)) {
      out[key] = `#/definitions/${value.slice(COMPONENT_REF.length)}`;
    } else if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, openApiToJsonSchema(s)]));
    } else if (key === 'enum' || key === 'required' || key === 'example') {
      out[key] = value;
    } else {
      out[key] = openApiToJsonSchema(value);
    }
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] };
  return { anyOf: [out, { type: 'null' }] };
}

function readOriComponents(): { [key: string]: Json } {
  const document = parse(readFileSync(join(standardsDir(), ORI_OPENAPI), 'utf8')) as {
    components: { schemas: { [key: string]: Json } };
  };
  return Object.fromEntries(
    Object.entries(document.components.schemas).map(([name, s]) => [name, openApiToJsonSchema(s)]),
  );
}

/**
 * ajv (strict, with ajv-formats) compiled for one schema of ORI v2's components, InformatieObject by default, with
 * every other component available to its `$ref`s. OpenAPI's `example` is declared as an annotation, the one keyword of
 * the document that JSON Schema lacks.
 */
export function oriValidator(component = 'InformatieObject'): ValidateFunction {
  // Strict, but for strictTypes: the document leaves out `type: object` beside `required` in places (Zaak), which JSON
  // Schema allows and means the same.
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(['example']);
  return ajv.compile({ $ref: `#/definitions/${component}`, definitions: readOriComponents() });
}

const MDTO_LOCATION = 'https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd';
const MDTO_STAND_IN = 'MDTO-XML1.0.1.xsd';

/**
 * The DiWoo XSD as xmllint gets it: read from the shared folder, with its one import over the internet (the
 * Nationaal Archief's MDTO schema) pointed at the local stand-in in test/fixtures/mdto. Fails if the XSD no longer
 * imports MDTO from there, rather than validating against something else.
 */
function diwooSchemaFiles(): {
  schema: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
} {
  const main = readFileSync(join(standardsDir(), DIWOO_XSD), 'utf8');
  if (!main.includes(`schemaLocation="${MDTO_LOCATION}"`)) {
    throw new Error(`${DIWOO_XSD} imports MDTO from elsewhere than ${MDTO_LOCATION}; update the stand-in`);
  }
  return {
    schema: {
      fileName: 'diwoo-metadata.xsd',
      contents: main.replace(`schemaLocation="${MDTO_LOCATION}"`, `schemaLocation="${MDTO_STAND_IN}"`),
    },
    preload: [
      {
        fileName: 'diwoo-metadata-lijsten.xsd',
        contents: readFileSync(join(standardsDir(), DIWOO_LIJSTEN_XSD), 'utf8'),
      },
      {
        fileName: MDTO_STAND_IN,
        contents: readFileSync(join(projectRoot, 'test', 'fixtures', 'mdto', MDTO_STAND_IN), 'utf8'),
      },
    ],
  };
}

/**
 * Validates XML documents against the DiWoo XSD in one xmllint run (each run starts a worker and reads the 600 kB of
 * value lists): `files` are named so that an error says which document it is in.
 */
export async function validateDiwoo(
  files: readonly { fileName: string; contents: string }[],
): Promise<XMLValidationResult> {
  const { schema, preload } = diwooSchemaFiles();
  return validateXML({ xml: files, schema: [schema], preload });
}
