// The upload to a ZGW Documenten API, against Prism mocking the real openapi.yaml (every request checked against the
// spec; a request that breaks it comes back 4xx), with a small proxy in between that records what was sent, plays the
// stateful parts of an API (its addresses, bestandsdelen) and fails on purpose (5xx, 429, 403, 400, a reset).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { jwtVerify } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Context } from '../api/context.js';
import { toApiError } from '../api/errors.js';
import { isRsin, zgwSecretNaam } from '../core/model/export-upload.js';
import type { PackageManifest, PackageFile } from '../core/model/export.js';
import type { ZgwVertrouwelijkheidaanduiding } from '../core/model/openbaarheid.js';
import { send } from '../services/export/upload/client.js';
import { UploadRefused, UploadUnavailable } from '../services/export/upload/errors.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../services/export/upload/retry.js';
import { uploadPackage } from '../services/export/upload/upload.js';
import { call, NOW, refusal, testContext } from './helpers/api.js';
import { EXAMPLES, exampleInput, makeTempDir, removeTempDir, runCli } from './helpers/assets.js';
import { describeWithZgwSpec, startPrism, zgwSchema, type RunningPrism } from './helpers/prism.js';
import { freePort, startServeProcess } from './helpers/serve-process.js';
import { startZgwProxy, type ProxyOptions, type ZgwProxy } from './helpers/zgw-proxy.js';

const SECRET = 'geheim-van-de-gemeente-0123456789';
const CLIENT_ID = 'raadsnota-voorbeeld';
const RSIN = '002220647';
const TYPE =
  'https://catalogi.voorbeeld.nl/api/v1/informatieobjecttypen/4a6f2c1e-9d0b-4f5e-8c21-3b7e0d9a1f42';
const TITEL = 'Informatienota Parkeren in de binnenstad';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

interface PackageOptions {
  aanduiding?: ZgwVertrouwelijkheidaanduiding;
  /** What metadata.json says, if anything. */
  metadataAanduiding?: ZgwVertrouwelijkheidaanduiding;
  /** The document's size: large ones go up in bestandsdelen. */
  documentBytes?: number;
}

/** A package as raadsnota export lays it out: the files, and manifest.json with the SHA-256 of each. */
async function writePackage(
  folder: string,
  options: PackageOptions = {},
): Promise<Record<string, Uint8Array>> {
  const document = new Uint8Array(options.documentBytes ?? 3000).map((_, i) => (i * 31 + 7) % 256);
  const files: Record<string, { rol: PackageFile['rol']; mediatype: string; bytes: Uint8Array }> = {
    'Informatienota Parkeren.docx': {
      rol: 'document',
      mediatype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: document,
    },
    'Informatienota Parkeren.pdf': {
      rol: 'pdf',
      mediatype: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.7\n% een PDF\n'),
    },
    'bijlagen/01 Kaart van het parkeergebied.pdf': {
      rol: 'bijlage',
      mediatype: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.7\n% de kaart\n'),
    },
    'metadata.json': {
      rol: 'metadata',
      mediatype: 'application/json',
      bytes: new TextEncoder().encode(
        JSON.stringify({
          formaat: 'raadsnota-metadata/1',
          informatieobject: {
            titel: TITEL,
            auteur: 'Gemeente Voorbeeld',
            creatiedatum: '2026-12-01',
            taal: 'dut',
          },
          openbaarheid: {
            openbaar: (options.metadataAanduiding ?? options.aanduiding ?? 'openbaar') === 'openbaar',
            vertrouwelijkheidaanduiding: options.metadataAanduiding ?? options.aanduiding ?? 'openbaar',
          },
          bijlagen: [{ nummer: 1, titel: 'Kaart van het parkeergebied en de zones' }],
        }),
      ),
    },
    'diwoo.xml': { rol: 'diwoo', mediatype: 'application/xml', bytes: new TextEncoder().encode('<diwoo/>') },
  };
  const manifest: PackageManifest = {
    formaat: 'raadsnota-pakket/1',
    aangemaakt: '2026-12-06T10:00:00+01:00',
    profiel: 'generiek',
    vertrouwelijkheidaanduiding: options.aanduiding ?? 'openbaar',
    bestanden: Object.entries(files).map(([pad, { rol, mediatype, bytes }]) => ({
      pad,
      rol,
      mediatype,
      grootte: bytes.length,
      sha256: sha256(bytes),
    })),
  };
  await mkdir(join(folder, 'bijlagen'), { recursive: true });
  for (const [pad, { bytes }] of Object.entries(files)) await writeFile(join(folder, pad), bytes);
  await writeFile(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return Object.fromEntries(Object.entries(files).map(([pad, { bytes }]) => [pad, bytes]));
}

/** A retry policy that waits for nothing and says how long it would have waited. */
function instantRetry(waits: number[], random = 0.5): RetryPolicy {
  return {
    ...DEFAULT_RETRY,
    random: () => random,
    wacht: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
}

function zgwFout(status: number, detail: string) {
  return {
    type: 'https://documenten.voorbeeld.nl/ref/fouten/fout/',
    code: 'fout',
    title: 'Fout',
    status,
    detail,
    instance: 'urn:uuid:8b7f8d9e-0c2a-4a3b-9b8f-5d6e7f8a9b0c',
  };
}

/** What a real API answers a request with bad fields: a ValidatieFout with its invalidParams. */
function validatieFout(
  invalidParams: { name: string; code: string; reason: string }[],
  detail = 'Er is een fout in de invoer.',
) {
  return { ...zgwFout(400, detail), title: 'Invalid input.', invalidParams };
}

describeWithZgwSpec('the failures this suite makes its API give', () => {
  it('makes its API fail with bodies shaped as the spec says (Fout, ValidatieFout)', () => {
    const fout = zgwSchema('Fout');
    const validatie = zgwSchema('ValidatieFout');
    expect(fout(zgwFout(500, 'Interne fout'))).toBe(true);
    expect(
      validatie(validatieFout([{ name: 'titel', code: 'required', reason: 'Dit veld is vereist.' }])),
    ).toBe(true);
    expect(validatie(zgwFout(400, 'zonder invalidParams'))).toBe(false);
  });
});

describeWithZgwSpec('upload to a ZGW Documenten API (Prism on the real openapi.yaml)', () => {
  let prism: RunningPrism;
  let proxy: ZgwProxy;
  let dir: string;
  let pakket: string;
  let ctx: Context;

  beforeAll(async () => {
    prism = await startPrism();
  }, 120_000);
  afterAll(async () => {
    await prism.close();
  });

  beforeEach(async () => {
    dir = await makeTempDir();
    pakket = join(dir, 'Informatienota Parkeren');
    // As the app's store does: a secret for the one API it was stored for, none for another address.
    ctx = {
      ...testContext(dir),
      secret: (naam) => Promise.resolve(naam === zgwSecretNaam(proxy.url) ? SECRET : undefined),
    };
  });
  afterEach(async () => {
    ctx.db.close();
    await proxy.close();
    await removeTempDir(dir);
  });

  async function through(override?: ProxyOptions['override'], deelGrootte?: number) {
    proxy = await startZgwProxy({
      prism: prism.url,
      ...(override && { override }),
      ...(deelGrootte !== undefined && { deelGrootte }),
    });
    return proxy;
  }

  const input = () => ({
    pad: pakket,
    api: proxy.url,
    clientId: CLIENT_ID,
    bronorganisatie: RSIN,
    informatieobjecttype: TYPE,
  });

  it('uploads the document, its PDF and its bijlage as informatieobjecten that keep to the spec', async () => {
    const files = await writePackage(pakket);
    await through();
    const { informatieobjecten } = await call(ctx, 'export.upload', input());

    expect(informatieobjecten.map((o) => o.bestandsnaam)).toEqual([
      'Informatienota Parkeren.docx',
      'Informatienota Parkeren.pdf',
      '01 Kaart van het parkeergebied.pdf',
    ]);
    expect(proxy.requests.map((r) => [r.method, r.path, r.status, r.violations])).toEqual(
      Array.from({ length: 3 }, () => ['POST', '/enkelvoudiginformatieobjecten', 201, []]),
    );
    const created = proxy.requests.map((r) => r.json as Record<string, unknown>);
    for (const { url } of informatieobjecten)
      expect(url.startsWith(`${proxy.url}/enkelvoudiginformatieobjecten/`)).toBe(true);
    expect(new Set(informatieobjecten.map((o) => o.url)).size).toBe(3);
    for (const [i, pad] of ['Informatienota Parkeren.docx', 'Informatienota Parkeren.pdf'].entries()) {
      const bytes = files[pad] ?? new Uint8Array();
      expect(created[i]).toMatchObject({
        bronorganisatie: RSIN,
        creatiedatum: '2026-12-01',
        titel: TITEL,
        auteur: 'Gemeente Voorbeeld',
        taal: 'dut',
        bestandsnaam: pad,
        informatieobjecttype: TYPE,
        vertrouwelijkheidaanduiding: 'openbaar',
        status: 'definitief',
        indicatieGebruiksrecht: false,
        bestandsomvang: bytes.length,
        integriteit: { algoritme: 'sha_256', waarde: sha256(bytes), datum: '2026-12-06' },
      });
      expect(Buffer.from(created[i]?.inhoud as string, 'base64')).toEqual(Buffer.from(bytes));
    }
    expect(created[2]?.titel).toBe(`Kaart van het parkeergebied en de zones (bijlage bij ${TITEL})`);
  });

  it('signs every request with a ZGW JWT (HS256) that the secret verifies, naming the client and the user', async () => {
    await writePackage(pakket);
    await through();
    await call(ctx, 'export.upload', input());
    for (const { authorization } of proxy.requests) {
      const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
      const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
        algorithms: ['HS256'],
        currentDate: NOW,
      });
      expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(payload).toEqual({
        iss: CLIENT_ID,
        client_id: CLIENT_ID,
        iat: NOW.getTime() / 1000,
        exp: NOW.getTime() / 1000 + 300,
        user_id: 'testgebruiker',
        user_representation: 'testgebruiker',
      });
      await expect(jwtVerify(token, new TextEncoder().encode('een ander secret'))).rejects.toThrow();
    }
  });

  it('sends the aanduiding of a memo that is not public, and the stricter one when manifest and metadata differ', async () => {
    await writePackage(pakket, { aanduiding: 'geheim' });
    await through();
    await call(ctx, 'export.upload', input());
    expect(
      proxy.requests.map(
        (r) => (r.json as { vertrouwelijkheidaanduiding: string }).vertrouwelijkheidaanduiding,
      ),
    ).toEqual(['geheim', 'geheim', 'geheim']);

    // manifest.json is edited to "openbaar"; metadata.json, whose SHA-256 the manifest keeps, still says otherwise.
    await writePackage(pakket, { aanduiding: 'openbaar', metadataAanduiding: 'vertrouwelijk' });
    proxy.requests.length = 0;
    await call(ctx, 'export.upload', input());
    expect(
      new Set(
        proxy.requests.map(
          (r) => (r.json as { vertrouwelijkheidaanduiding: string }).vertrouwelijkheidaanduiding,
        ),
      ),
    ).toEqual(new Set(['vertrouwelijk']));
  });

  it('uploads a package that export.packages made, with the aanduiding of a memo that is not public', async () => {
    const voorbeeld = await exampleInput('informatienota');
    const onderwerp = String(voorbeeld.onderwerp);
    const nota = {
      ...voorbeeld,
      openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'vertrouwelijk' },
    };
    const { pakketten } = await call(ctx, 'export.packages', {
      memos: [{ nota, map: EXAMPLES }],
      uit: join(dir, 'uit'),
      pdf: false,
    });
    await through();
    const { informatieobjecten } = await call(ctx, 'export.upload', {
      ...input(),
      pad: pakketten[0]?.pad ?? '',
    });

    expect(informatieobjecten.map((o) => o.bestandsnaam)).toEqual([
      expect.stringMatching(/\.docx$/),
      '03 Evaluatie pilot schoolzwemmen 2025–2026.pdf',
    ]);
    expect(proxy.requests.map((r) => [r.status, r.violations])).toEqual([
      [201, []],
      [201, []],
    ]);
    const [document, bijlage] = proxy.requests.map((r) => r.json as Record<string, unknown>);
    expect(document).toMatchObject({
      vertrouwelijkheidaanduiding: 'vertrouwelijk',
      titel: onderwerp,
      taal: 'dut',
    });
    expect(bijlage).toMatchObject({
      vertrouwelijkheidaanduiding: 'vertrouwelijk',
      titel: `Evaluatie pilot schoolzwemmen 2025–2026 (bijlage bij ${onderwerp})`,
      formaat: 'application/pdf',
    });
  });

  it('uploads a package given as a ZIP', async () => {
    const files = await writePackage(pakket);
    const manifest = await readFile(join(pakket, 'manifest.json'));
    const zip = join(dir, 'pakket.zip');
    await writeFile(
      zip,
      zipSync({
        'manifest.json': manifest,
        ...files,
      }),
    );
    await through();
    const { informatieobjecten } = await call(ctx, 'export.upload', { ...input(), pad: zip });
    expect(informatieobjecten).toHaveLength(3);
  });

  it('sends a large file in bestandsdelen: created without inhoud, each part with the lock, then unlocked', async () => {
    const files = await writePackage(pakket, { documentBytes: 5000 });
    await through(undefined, 1500);
    const { informatieobjecten } = await uploadPackage(
      { ...input(), naam: 'pakket' },
      { secret: SECRET, user: 'testgebruiker', now: () => NOW, inDelenVanaf: 4000 },
    );

    const [create, ...rest] = proxy.requests;
    expect(create?.json).toMatchObject({ inhoud: null, bestandsomvang: 5000 });
    expect(
      rest
        .slice(0, 4)
        .map((r) => [
          r.method,
          r.path.replace(/[0-9a-f-]{36}/, ':uuid'),
          r.contentType?.split(';')[0],
          r.violations,
        ]),
    ).toEqual(Array.from({ length: 4 }, () => ['PUT', '/bestandsdelen/:uuid', 'multipart/form-data', []]));
    const unlock = rest[4];
    expect([unlock?.method, unlock?.path, unlock?.status, unlock?.violations]).toEqual([
      'POST',
      `${new URL(informatieobjecten[0]?.url ?? '').pathname}/unlock`,
      204,
      [],
    ]);
    const [uuid] = [...proxy.parts.keys()];
    const arrived = Buffer.concat(proxy.parts.get(uuid ?? '') ?? []);
    expect(arrived).toEqual(Buffer.from(files['Informatienota Parkeren.docx'] ?? []));
    expect(new Set(proxy.locks)).toEqual(new Set([`lock-${uuid ?? ''}`]));
    // The small files still go up in one request each.
    expect(proxy.requests.slice(6).map((r) => (r.json as { inhoud: unknown }).inhoud)).toEqual([
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('gets a 4xx from the mock for a request that breaks the spec, and says so in Dutch', async () => {
    await through();
    const connection = {
      api: new URL(proxy.url),
      token: () => Promise.resolve('een.token.hier'),
      retry: DEFAULT_RETRY,
      timeoutMs: 30_000,
      now: () => NOW,
      secrets: [],
    };
    const error = await send(connection, {
      method: 'POST',
      url: `${proxy.url}/enkelvoudiginformatieobjecten`,
      body: { json: { bronorganisatie: RSIN, titel: '', creatiedatum: 'gisteren' } },
      wat: 'het aanmaken van nota.docx',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRefused);
    expect((error as Error).message).toMatch(
      /^De Documenten API op 127\.0\.0\.1:\d+ weigert het aanmaken van nota\.docx \(400\)/,
    );
    expect(proxy.requests).toHaveLength(1);
    expect(proxy.requests[0]?.violations.map((v) => v.location.join('.'))).toEqual(
      expect.arrayContaining(['request.body.creatiedatum', 'request.body.titel', 'request.body']),
    );
  });

  it('sends nothing to an address that only looks below the API’s base: dot segments, encoded or not', async () => {
    await through();
    const connection = {
      api: new URL(`${proxy.url}/api/v1`),
      token: () => Promise.resolve('een.token.hier'),
      retry: DEFAULT_RETRY,
      timeoutMs: 30_000,
      now: () => NOW,
      secrets: [],
    };
    for (const url of [
      `${proxy.url}/api/v1/../../enkelvoudiginformatieobjecten`,
      `${proxy.url}/api/v1/%2e%2e/enkelvoudiginformatieobjecten`,
      'geen adres',
    ]) {
      const error = await send(connection, {
        method: 'POST',
        url,
        body: { json: {} },
        wat: 'het aanmaken van nota.docx',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadUnavailable);
      expect((error as Error).message).toMatch(/noemt een adres buiten de API/);
    }
    expect(proxy.requests).toEqual([]);
  });

  it('shows the API’s field errors (invalidParams) in Dutch, at the field, without trying again', async () => {
    await writePackage(pakket);
    await through(() => ({
      status: 400,
      body: validatieFout([
        { name: 'informatieobjecttype', code: 'bad-url', reason: 'De URL kon niet worden opgevraagd.' },
      ]),
    }));
    const error = await refusal(ctx, 'export.upload', input());
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /^De Documenten API op 127\.0\.0\.1:\d+ weigert het aanmaken van "Informatienota Parkeren\.docx" \(400\): Er is een fout in de invoer\.$/,
      ) as unknown,
      field: 'informatieobjecttype',
      issues: [{ path: 'informatieobjecttype', message: 'De URL kon niet worden opgevraagd.' }],
    });
    expect(proxy.requests).toHaveLength(1);
  });

  it('tries again after a 5xx, a 429 (as long as Retry-After says) and a reset connection, then succeeds', async () => {
    await writePackage(pakket);
    await through((n) =>
      n === 1
        ? { status: 500, body: zgwFout(500, 'Interne fout') }
        : n === 2
          ? { status: 429, body: zgwFout(429, 'Te veel verzoeken'), headers: { 'Retry-After': '3' } }
          : n === 3
            ? 'reset'
            : undefined,
    );
    const waits: number[] = [];
    const { informatieobjecten } = await uploadPackage(
      { ...input(), naam: 'pakket' },
      { secret: SECRET, user: 'testgebruiker', now: () => NOW, retry: instantRetry(waits) },
    );
    expect(informatieobjecten).toHaveLength(3);
    expect(proxy.requests.map((r) => r.status)).toEqual([500, 429, 0, 201, 201, 201]);
    // Backoff with jitter (here the middle of the range), Retry-After as asked, then twice the first range.
    expect(waits).toEqual([0.5 * 500, 3000, 0.5 * 2000]);
  });

  it('gives up after a few tries on a 5xx with a Dutch message naming the API, and the objects already made', async () => {
    await writePackage(pakket);
    await through((n) => (n >= 2 ? { status: 503, body: zgwFout(503, 'Onderhoud') } : undefined));
    const waits: number[] = [];
    const error = await uploadPackage(
      { ...input(), naam: 'pakket' },
      { secret: SECRET, user: 'testgebruiker', now: () => NOW, retry: instantRetry(waits) },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadUnavailable);
    expect((error as Error).message).toMatch(
      /^De Documenten API op 127\.0\.0\.1:\d+ gaf bij het aanmaken van "Informatienota Parkeren\.pdf" na 4 pogingen nog geen antwoord waarmee Raadsnota verder kan \(503 Service Unavailable\); probeer het later opnieuw\nAl aangemaakt: http:\/\/127\.0\.0\.1:\d+\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36} \(Informatienota Parkeren\.docx\)$/,
    );
    expect(waits).toHaveLength(3);
    expect(toApiError(error)).toMatchObject({ code: 'unavailable' });
  });

  it('tries again when the API does not answer in time, and says so when it never does', async () => {
    await writePackage(pakket);
    // The answer that comes is the proxy's own, so that no wait on Prism under load can pass for a time-out.
    await through((n) =>
      n === 2
        ? {
            status: 201,
            body: { url: `${proxy.url}/enkelvoudiginformatieobjecten/0b7c6d5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e` },
          }
        : 'hang',
    );
    const waits: number[] = [];
    const error = await uploadPackage(
      { ...input(), naam: 'pakket' },
      { secret: SECRET, user: 'testgebruiker', now: () => NOW, retry: instantRetry(waits), timeoutMs: 1000 },
    ).catch((e: unknown) => e);
    // The first try hangs, the second makes the document; every try for the PDF hangs.
    expect(proxy.requests.map((r) => r.status)).toEqual([0, 201, 0, 0, 0, 0]);
    expect(error).toBeInstanceOf(UploadUnavailable);
    expect((error as Error).message).toMatch(
      /gaf bij het aanmaken van "Informatienota Parkeren\.pdf" na 4 pogingen nog geen antwoord waarmee Raadsnota verder kan \(geen antwoord binnen de wachttijd\)/,
    );
  });

  it('sends its token nowhere but below the API’s own address: no redirect, no bestandsdeel elsewhere', async () => {
    await writePackage(pakket, { documentBytes: 5000 });
    await through((n) =>
      n === 1
        ? { status: 307, headers: { Location: 'https://elders.voorbeeld.nl/enkelvoudiginformatieobjecten' } }
        : {
            status: 201,
            body: {
              url: `${proxy.url}/enkelvoudiginformatieobjecten/4f1d2c3b-0a9e-4b8c-9d7e-6f5a4b3c2d1e`,
              bestandsdelen: [
                {
                  url: 'https://elders.voorbeeld.nl/bestandsdelen/1',
                  volgnummer: 1,
                  omvang: 5000,
                  lock: 'l',
                },
              ],
            },
          },
    );
    const options = { secret: SECRET, user: 'testgebruiker', now: () => NOW, inDelenVanaf: 4000 };
    const redirected = await uploadPackage({ ...input(), naam: 'pakket' }, options).catch((e: unknown) => e);
    expect(redirected).toBeInstanceOf(UploadUnavailable);
    expect((redirected as Error).message).toMatch(
      /stuurt het aanmaken van "Informatienota Parkeren\.docx" door naar een ander adres \(307\); Raadsnota volgt dat niet met zijn sleutel: geef het adres van de API zelf$/,
    );

    const elsewhere = await uploadPackage({ ...input(), naam: 'pakket' }, options).catch((e: unknown) => e);
    expect(elsewhere).toBeInstanceOf(UploadUnavailable);
    expect((elsewhere as Error).message).toMatch(
      /noemt een adres buiten de API, "https:\/\/elders\.voorbeeld\.nl\/bestandsdelen\/1"; Raadsnota stuurt zijn sleutel daar niet heen\nAl aangemaakt: http:\/\/127\.0\.0\.1:\d+\/enkelvoudiginformatieobjecten\/4f1d2c3b-0a9e-4b8c-9d7e-6f5a4b3c2d1e \(Informatienota Parkeren\.docx, niet af\)$/,
    );
    expect(proxy.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('says so when the address answers with something else than the API’s JSON (a portal’s page)', async () => {
    await writePackage(pakket);
    await through(() => ({
      status: 200,
      body: '<html><body>Inloggen</body></html>',
      headers: { 'Content-Type': 'text/html' },
    }));
    const error = await refusal(ctx, 'export.upload', input());
    expect(error).toEqual({
      code: 'unavailable',
      message: expect.stringMatching(
        /^De Documenten API op 127\.0\.0\.1:\d+ gaf bij het aanmaken van "Informatienota Parkeren\.docx" een antwoord \(200\) dat geen JSON is; is het adres \(--api\) wel dat van de Documenten API\?$/,
      ) as unknown,
    });
  });

  it('says an API that is not there is unreachable, at once', async () => {
    await writePackage(pakket);
    await through();
    // As the command line's secret, which answers for any address the user typed.
    const anyApi = { ...ctx, secret: () => Promise.resolve(SECRET) };
    const error = await refusal(anyApi, 'export.upload', {
      ...input(),
      api: `http://127.0.0.1:${await freePort()}/api/v1`,
    });
    expect(error).toEqual({
      code: 'unavailable',
      message: expect.stringMatching(
        /^De Documenten API op 127\.0\.0\.1:\d+ is niet bereikbaar: er luistert niets op dat adres \(verbinding geweigerd\); controleer het adres \(--api\) en de verbinding$/,
      ) as unknown,
    });
  });

  it('says the API refuses the key on a 403, and never shows the secret or the token, even when the API echoes them', async () => {
    await writePackage(pakket);
    await through(() => ({ status: 403, body: zgwFout(403, 'Geen rechten') }));
    const wrong = await refusal(ctx, 'export.upload', input());
    expect(wrong).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/weigert de sleutel \(client id of secret onjuist; 403\)/) as unknown,
      field: 'clientId',
    });
    expect(proxy.requests).toHaveLength(1);

    // A sloppy API puts the token and the secret in a 400's words: the message shows neither.
    await proxy.close();
    await through((_, request) => {
      const echoed = `${SECRET} ${request.authorization ?? ''}`;
      return request.method === 'POST'
        ? {
            status: 400,
            body: validatieFout([{ name: 'titel', code: 'invalid', reason: echoed }], `Onbekend: ${echoed}`),
          }
        : undefined;
    });
    const echo = await refusal(ctx, 'export.upload', input());
    const told = JSON.stringify(echo);
    expect(told).toContain('***');
    expect(told).not.toContain(SECRET);
    expect(told).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
  });

  it('refuses an RSIN that fails the elfproef, a changed package and a missing secret before any request', async () => {
    await writePackage(pakket);
    await through();
    expect(isRsin(RSIN)).toBe(true);
    expect(await refusal(ctx, 'export.upload', { ...input(), bronorganisatie: '002220648' })).toMatchObject({
      code: 'invalid_input',
      field: 'bronorganisatie',
      issues: [{ path: 'bronorganisatie', message: expect.stringMatching(/elfproef/) as unknown }],
    });
    expect(
      await refusal(ctx, 'export.upload', { ...input(), api: 'http://documenten.voorbeeld.nl/api/v1' }),
    ).toMatchObject({
      field: 'api',
      issues: [{ message: expect.stringMatching(/https:\/\//) as unknown }],
    });

    const docx = join(pakket, 'Informatienota Parkeren.docx');
    const bytes = await readFile(docx);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    await writeFile(docx, bytes);
    expect(await refusal(ctx, 'export.upload', input())).toMatchObject({
      code: 'invalid_input',
      message: 'Ongeldig pakket:',
      issues: [
        {
          path: 'Informatienota Parkeren.docx',
          message: expect.stringMatching(/^is veranderd: SHA-256 [0-9a-f]{64}/) as unknown,
        },
      ],
    });

    const withoutSecret = { ...ctx, secret: () => Promise.resolve(undefined) };
    await writePackage(pakket);
    const noSecret = await refusal(withoutSecret, 'export.upload', input());
    expect(noSecret).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/raadsnota upload .*RAADSNOTA_ZGW_SECRET/) as unknown,
    });
    expect(noSecret.field).toBeUndefined();
    expect(proxy.requests).toEqual([]);
  });

  it('gets no secret for an address other than the API it was kept for, so no token is signed for it', async () => {
    await writePackage(pakket);
    await through();
    const elsewhere = 'https://documenten.elders.example/api/v1';
    const asked: string[] = [];
    const recording = {
      ...ctx,
      secret: (naam: string) => {
        asked.push(naam);
        return ctx.secret?.(naam) ?? Promise.resolve(undefined);
      },
    };
    expect(await refusal(recording, 'export.upload', { ...input(), api: elsewhere })).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(
        /^Er is geen secret voor de Documenten API op documenten\.elders\.example/,
      ) as unknown,
    });
    expect(asked).toEqual(['zgw https://documenten.elders.example']);
    expect(proxy.requests).toEqual([]);
  });

  it('refuses the upload in the browser: raadsnota serve has no secret, even with RAADSNOTA_ZGW_SECRET set', async () => {
    await writePackage(pakket);
    await through();
    const served = await startServeProcess(join(dir, 'served.sqlite'), await freePort(), {
      RAADSNOTA_ZGW_SECRET: SECRET,
    });
    try {
      const address = new URL(served.url);
      const token = new URLSearchParams(address.hash.slice(1)).get('token') ?? '';
      const response = await fetch(new URL('/api/export.upload', address), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input()),
      });
      const text = await response.text();
      expect(response.status).toBe(422);
      expect(JSON.parse(text)).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/^Er is geen secret/) as unknown,
      });
      expect(text).not.toContain(SECRET);
      expect(proxy.requests).toEqual([]);
    } finally {
      await served.kill();
    }
  });

  it('raadsnota upload prints each object’s address; exit 2 on a refusal, 1 when the API is unreachable', async () => {
    await writePackage(pakket);
    await through();
    const args = [
      'upload',
      pakket,
      '--api',
      proxy.url,
      '--client-id',
      CLIENT_ID,
      '--rsin',
      RSIN,
      '--informatieobjecttype',
      TYPE,
    ];
    const env = { RAADSNOTA_ZGW_SECRET: SECRET };
    const done = await runCli(args, { env });
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Aangemaakt: http:\/\/127\.0\.0\.1:\d+\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36} \(Informatienota Parkeren\.docx\)$/,
      ),
      expect.stringMatching(/\(Informatienota Parkeren\.pdf\)$/),
      expect.stringMatching(/\(01 Kaart van het parkeergebied\.pdf\)$/),
    ]);

    const badRsin = await runCli(
      args.map((a) => (a === RSIN ? '123456789' : a)),
      { env },
    );
    expect(badRsin.code).toBe(2);
    expect(badRsin.stderr).toMatch(/elfproef/);

    const closed = `http://127.0.0.1:${await freePort()}`;
    const gone = await runCli(
      args.map((a) => (a === proxy.url ? closed : a)),
      { env },
    );
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/niet bereikbaar/);
    expect(`${done.stdout}${badRsin.stderr}${gone.stderr}`).not.toContain(SECRET);
  });
});
