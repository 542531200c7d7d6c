// The app's secrets: encrypted with a stand-in for Electron's safeStorage into a file in the user's data folder, never
// in plain text, refused where nothing can encrypt them; and handed from the main process to the register's process
// when an operation asks, through the same messages the built app uses.
import { EventEmitter } from 'node:events';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zgwSecretNaam } from '../core/model/export-upload.js';
import { registerForwarder, type HostProcess } from '../electron/main/forwarder.js';
import type { HostRequest, SecretAnswer, SecretRequest } from '../electron/register-host/messages.js';
import { secretsFromMain } from '../electron/register-host/secrets.js';
import { SecretRefused, secretStore, type SafeStorageLike } from '../electron/secrets.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

const SECRET = 'geheim-van-de-gemeente-0123456789';

/** A stand-in for safeStorage: a reversible scramble that leaves no readable trace of the text, as the real one does. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const key = 0x5a;
  const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ key)).reverse();
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) => Buffer.concat([Buffer.from('v10'), scramble(Buffer.from(text, 'utf8'))]),
    decryptString: (encrypted) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10')
        throw new Error('Error while decrypting the ciphertext');
      return scramble(encrypted.subarray(3)).toString('utf8');
    },
    ...(options.backend !== undefined && { getSelectedStorageBackend: () => options.backend ?? '' }),
  };
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = join(dir, 'geheimen.json');
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('the secret store', () => {
  it('keeps a secret encrypted in a file only its owner can read, and gives it back after a restart', async () => {
    await secretStore(fakeSafeStorage({ backend: 'gnome_libsecret' }), file).set('zgw', SECRET);
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(SECRET);
    expect(Buffer.from(text).toString('base64')).not.toContain(Buffer.from(SECRET).toString('base64'));
    expect(JSON.parse(text)).toEqual({ versie: 1, geheimen: { zgw: expect.any(String) as unknown } });
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    const again = secretStore(fakeSafeStorage(), file);
    expect(await again.get('zgw')).toBe(SECRET);
    expect(await again.get('iets-anders')).toBeUndefined();
    await again.remove('zgw');
    expect(await again.get('zgw')).toBeUndefined();
    expect(await readdir(dir)).toEqual(['geheimen.json']);
  });

  it('refuses to store a secret when nothing can encrypt it, or only Chromium’s own password would', async () => {
    for (const storage of [
      fakeSafeStorage({ available: false }),
      fakeSafeStorage({ backend: 'basic_text' }),
    ]) {
      const error = await secretStore(storage, file)
        .set('zgw', SECRET)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SecretRefused);
      expect((error as Error).message).toMatch(/RAADSNOTA_ZGW_SECRET/);
      expect((error as Error).message).not.toContain(SECRET);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives no secret for a damaged file or one encrypted with a key this computer no longer has', async () => {
    await writeFile(
      file,
      JSON.stringify({ versie: 1, geheimen: { zgw: Buffer.from('v11 oud').toString('base64') } }),
    );
    expect(await secretStore(fakeSafeStorage(), file).get('zgw')).toBeUndefined();
    await writeFile(file, '{ kapot');
    expect(await secretStore(fakeSafeStorage(), file).get('zgw')).toBeUndefined();
    // Storing over a damaged file starts a fresh one.
    await secretStore(fakeSafeStorage(), file).set('zgw', SECRET);
    expect(await secretStore(fakeSafeStorage(), file).get('zgw')).toBe(SECRET);
  });
});

/** The register's process and the main process joined as Electron joins them: each message crosses as a value. */
class LinkedHost extends EventEmitter implements HostProcess {
  readonly toHost = new EventEmitter();
  readonly requests: HostRequest[] = [];
  readonly answers: SecretAnswer[] = [];
  postMessage(message: HostRequest | SecretAnswer): void {
    if ('geheim' in message) {
      this.answers.push(message);
      this.toHost.emit('message', { data: message });
    } else this.requests.push(message);
  }
  /** process.parentPort, as the register's process sees it. */
  port() {
    return {
      on: (_event: 'message', listener: (event: { data: unknown }) => void) =>
        this.toHost.on('message', listener),
      postMessage: (message: SecretRequest) => {
        setImmediate(() => this.emit('message', message));
      },
    };
  }
}

describe('a secret for an operation in the register’s process', () => {
  it('comes from the main process’s store when asked, only for the API’s origin it was stored for', async () => {
    const store = secretStore(fakeSafeStorage(), file);
    const api = zgwSecretNaam('https://documenten.voorbeeld.nl/api/v1');
    await store.set(api, SECRET);
    const host = new LinkedHost();
    const forwarder = registerForwarder(
      () => host,
      (naam) => store.get(naam),
    );
    // The host process starts with the first call; its answer does not matter here.
    void forwarder.invoke('register.search', {});
    const secret = secretsFromMain(host.port());

    expect(await secret(zgwSecretNaam('https://documenten.voorbeeld.nl/api/v2/'))).toBe(SECRET);
    expect(await secret(zgwSecretNaam('https://aanvaller.example/api/v1'))).toBeUndefined();
    expect(await secret(zgwSecretNaam('http://documenten.voorbeeld.nl/api/v1'))).toBeUndefined();
    expect(await secret('zgw')).toBeUndefined();
    expect(host.answers).toEqual([
      { geheim: 1, waarde: SECRET },
      { geheim: 2 },
      { geheim: 3 },
      { geheim: 4 },
    ]);
  });
});
