import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { replaceFile } from '../files/replace-file.js';

/** The part of Electron's `safeStorage` the store uses (main process only). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring holds the key. */
  getSelectedStorageBackend?(): string;
}

/** A secret that cannot be kept safely on this computer: said in Dutch, and nothing is written. */
export class SecretRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretRefused';
  }
}

/** The file: per name, the secret as safeStorage encrypted it, in base64. Never the secret itself. */
const SecretsFile = z.object({ versie: z.literal(1), geheimen: z.record(z.string(), z.string()) }).strict();
type SecretsFile = z.infer<typeof SecretsFile>;

const EMPTY: SecretsFile = { versie: 1, geheimen: {} };

export interface SecretStore {
  get(naam: string): Promise<string | undefined>;
  set(naam: string, waarde: string): Promise<void>;
  remove(naam: string): Promise<void>;
}

/**
 * The app's secrets (the Documenten API's, `zgw`), encrypted with the OS keychain through safeStorage in one file in
 * the user's data folder; never in the register, never in plain text. On Linux without a keyring, safeStorage falls
 * back to a password written in Chromium itself ("basic_text"), which is plain text in all but name: refused too.
 */
export function secretStore(safeStorage: SafeStorageLike, file: string): SecretStore {
  async function read(): Promise<SecretsFile> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return EMPTY;
    }
    try {
      const parsed = SecretsFile.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : EMPTY;
    } catch {
      return EMPTY;
    }
  }

  async function write(content: SecretsFile): Promise<void> {
    // Readable by its owner alone, from before the first byte (replaceFile gives the temporary file this mode).
    await replaceFile(file, (temp) => writeFile(temp, `${JSON.stringify(content, null, 2)}\n`), {
      newMode: 0o600,
    });
  }

  return {
    async get(naam) {
      const stored = (await read()).geheimen[naam];
      if (stored === undefined || !safeStorage.isEncryptionAvailable()) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted with a key this computer no longer has (another user, a reset keychain): as if never stored.
        return undefined;
      }
    },
    async set(naam, waarde) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new SecretRefused(
          'Dit systeem kan het secret niet versleuteld bewaren (geen sleutelhanger beschikbaar); gebruik de opdrachtregel met RAADSNOTA_ZGW_SECRET',
        );
      }
      if (safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
        throw new SecretRefused(
          'Dit systeem heeft geen sleutelhanger (zoals GNOME Keyring of KWallet) waarmee het secret veilig bewaard kan worden; gebruik de opdrachtregel met RAADSNOTA_ZGW_SECRET',
        );
      }
      const content = await read();
      const encrypted = safeStorage.encryptString(waarde).toString('base64');
      await write({ ...content, geheimen: { ...content.geheimen, [naam]: encrypted } });
    },
    async remove(naam) {
      const content = await read();
      if (!(naam in content.geheimen)) return;
      const geheimen = Object.fromEntries(Object.entries(content.geheimen).filter(([key]) => key !== naam));
      await write({ ...content, geheimen });
    },
  };
}
