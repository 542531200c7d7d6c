import { BackupMade, BackupRequest, Restored, RestoreRequest } from '../../core/model/backup.js';
import { z } from '../../core/model/zod-nl.js';
import { Bestand } from './bestand.js';
import { operation } from './operation.js';

const Upload = z
  .object({ bestand: Bestand.describe('De reservekopie, zoals backup.download die gaf') })
  .strict();

/** Backups of the register, and putting one back. */
export const backupContract = {
  'backup.create': operation(
    'Schrijf een reservekopie van het register, terwijl het in gebruik blijft',
    BackupRequest,
    BackupMade,
  ),
  'backup.restore': operation(
    'Zet een reservekopie terug in plaats van het register; bij een fout blijft het register zoals het was',
    RestoreRequest,
    Restored,
  ),
  'backup.download': operation(
    'Geef een reservekopie van het register als bestand om te downloaden, terwijl het in gebruik blijft',
    z.object({}).strict(),
    Bestand,
  ),
  'backup.upload': operation(
    'Zet een geüploade reservekopie terug in plaats van het register; bij een fout blijft het register zoals het was',
    Upload,
    Restored,
  ),
} as const;
