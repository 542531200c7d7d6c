// Placeholder with the interface part M owns (services/export/metadata/); M's version replaces it at merge.
import type { ExportDescription } from '../../../core/model/export.js';

/** metadata.json's content: the ORI InformatieObject and what ORI has no field for. */
export function oriMetadata(d: ExportDescription, options: { aangemaakt: Date }): Record<string, unknown> {
  return {
    informatieobject: {
      type: 'InformatieObject',
      name: d.onderwerp,
      dateCreated: options.aangemaakt.toISOString(),
    },
    portefeuillehouder: d.portefeuillehouder,
    vergadering: d.vergadering,
    beantwoordt: d.beantwoordt,
  };
}
