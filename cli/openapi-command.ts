import { openApiDocument } from '../api/openapi.js';

/** The OpenAPI 3.1 document of the local server, generated from the operation table. */
export function openapiCommand(): string {
  return JSON.stringify(openApiDocument(), null, 2);
}
