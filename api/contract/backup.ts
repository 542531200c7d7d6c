import { BackupMade, BackupRequest, Restored, RestoreRequest } from '../../core/model/backup.js';
import { operation } from './operation.js';

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
} as const;
