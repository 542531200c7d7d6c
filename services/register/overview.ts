import type { OverzichtFormaat, Reikwijdte } from '../../core/model/overzicht.js';
import type { Register } from '../../db/connection.js';
import { renderOverzichtDocx } from '../../templates/engine/overzicht.js';
import type { RenderAssets } from '../../templates/engine/render.js';
import { overzichtCsv } from './overzicht-csv.js';
import { overzichtOn } from './overzicht.js';

export interface OverzichtFileRequest {
  formaat: OverzichtFormaat;
  peildatum: string;
  reikwijdte: Reikwijdte;
  /** The templates and huisstijl, read only for a DOCX. */
  assets: () => Promise<RenderAssets>;
  /** The DOCX's creation time. */
  createdAt: Date;
}

/** The stand van zaken on `peildatum` as a DOCX for the council or a CSV for Excel: its file name and bytes. */
export async function overzichtFile(
  db: Register,
  request: OverzichtFileRequest,
): Promise<{ naam: string; bytes: Uint8Array }> {
  const overzicht = overzichtOn(db, request.peildatum, request.reikwijdte);
  const naam = `stand-van-zaken-${request.peildatum}.${request.formaat}`;
  if (request.formaat === 'csv') return { naam, bytes: Buffer.from(overzichtCsv(overzicht), 'utf8') };
  const bytes = renderOverzichtDocx(overzicht, await request.assets(), { createdAt: request.createdAt });
  return { naam, bytes };
}
