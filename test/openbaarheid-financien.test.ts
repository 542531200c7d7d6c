// Openbaarheid and financiën as choices, not free text: the schemas refuse what cannot be true, in the words of the
// document; the manifest checks where they are printed; the document prints them at the top of their section.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Manifest } from '../core/model/manifest.js';
import { parseMemo } from '../core/model/memo.js';
import {
  OPENBAARHEID_GRONDEN,
  VERTROUWELIJKHEIDAANDUIDINGEN,
  openbaarheidZinnen,
  zgwAanduiding,
  Openbaarheid,
} from '../core/model/openbaarheid.js';
import { Financien, financienZinnen } from '../core/model/financien.js';
import type { Veld } from '../core/model/fields.js';
import { memoJsonSchema } from '../services/memos/schema.js';
import { buildDocument } from '../templates/engine/render.js';
import {
  assets,
  baseMemo,
  exampleInput,
  issuesOf,
  renderAndRead,
  runCli,
  shippedManifest,
  examplePath,
  makeTempDir,
  removeTempDir,
} from './helpers/assets.js';
import type { DocxPackage } from './helpers/docx.js';

const velden: Veld[] = [
  {
    naam: 'openbaarheid',
    label: 'Openbaarheid',
    soort: 'openbaarheid',
    verplicht: true,
    sectie: 'openbaarheid',
  },
  {
    naam: 'financien',
    label: 'Financiële consequenties',
    soort: 'financien',
    verplicht: false,
    sectie: 'financiele-consequenties',
  },
];

/**
 * The problems of the informatienota example with its own fields replaced (a field given as undefined left out),
 * checked against a type that has the two fields, each as "path: message".
 */
async function issuesWith(fields: Record<string, unknown>): Promise<string[]> {
  const given: Record<string, unknown> = {
    ...(await exampleInput('informatienota')),
    openbaarheid: { openbaar: true },
    ...fields,
  };
  const input = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const own = shippedManifest('informatienota').velden.filter((v) => !velden.some((w) => w.naam === v.naam));
  const issues = await issuesOf(() =>
    parseMemo(input, { type: 'informatienota', velden: [...own, ...velden] }),
  );
  return issues.map((i) => `${i.path}: ${i.message}`);
}

describe('the openbaarheid of a memo', () => {
  it('is public, or not public with its ground and one of the seven ZGW aanduidingen but "openbaar"', () => {
    expect(Openbaarheid.parse({ openbaar: true })).toEqual({ openbaar: true });
    const geheim = { openbaar: false, grond: 'gemeentewet-25', vertrouwelijkheidaanduiding: 'geheim' };
    expect(Openbaarheid.parse(geheim)).toEqual(geheim);
    expect(VERTROUWELIJKHEIDAANDUIDINGEN.map((a) => a.waarde)).toEqual([
      'beperkt_openbaar',
      'intern',
      'zaakvertrouwelijk',
      'vertrouwelijk',
      'confidentieel',
      'geheim',
      'zeer_geheim',
    ]);
    // Woo 5.1 lid 1 a–e, lid 2 a–i, 5.2, and the three articles of the Gemeentewet.
    expect(OPENBAARHEID_GRONDEN).toHaveLength(5 + 9 + 1 + 3);
    expect(OPENBAARHEID_GRONDEN.find((g) => g.waarde === 'woo-5.1-2e')?.label).toBe(
      'Woo art. 5.1 lid 2 e: de eerbiediging van de persoonlijke levenssfeer',
    );
  });

  it('never maps a memo that is not public onto the public aanduiding', () => {
    expect(zgwAanduiding({ openbaar: true })).toBe('openbaar');
    for (const { waarde } of VERTROUWELIJKHEIDAANDUIDINGEN) {
      expect(
        zgwAanduiding({ openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: waarde }),
      ).not.toBe('openbaar');
    }
  });

  it('refuses a memo that is not public but marked "openbaar", or lacks its ground, naming the field', async () => {
    expect(
      await issuesWith({
        openbaarheid: { openbaar: false, grond: 'woo-5.1-2e', vertrouwelijkheidaanduiding: 'openbaar' },
      }),
    ).toEqual([
      'openbaarheid.vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding kan niet "openbaar" zijn bij een nota ' +
        'die niet openbaar is; kies openbaar: true, of een andere aanduiding',
    ]);
    const [grond, aanduiding, ...rest] = await issuesWith({ openbaarheid: { openbaar: false } });
    expect(grond).toMatch(/^openbaarheid\.grond: Wettelijke grond ontbreekt; kies "woo-5\.1-1a", /);
    expect(aanduiding).toMatch(
      /^openbaarheid\.vertrouwelijkheidaanduiding: Vertrouwelijkheidaanduiding ontbreekt; kies "beperkt_openbaar", /,
    );
    expect(rest).toEqual([]);
  });

  it('refuses a public memo with a ground, an unknown ground, and a missing choice', async () => {
    expect(await issuesWith({ openbaarheid: { openbaar: true, grond: 'woo-5.2' } })).toEqual([
      'openbaarheid.grond: Wettelijke grond hoort niet bij een openbare nota (openbaar: true)',
    ]);
    const unknown = await issuesWith({
      openbaarheid: { openbaar: false, grond: 'woo-5.1-3', vertrouwelijkheidaanduiding: 'geheim' },
    });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatch(
      /^openbaarheid\.grond: Wettelijke grond moet .* zijn, niet de tekst "woo-5\.1-3"$/,
    );
    expect(await issuesWith({ openbaarheid: undefined })).toEqual(['openbaarheid: Openbaarheid ontbreekt']);
    const text = await issuesWith({ openbaarheid: 'openbaar' });
    expect(text).toHaveLength(1);
    expect(text[0]).toMatch(/^openbaarheid: Openbaarheid moet een object/);
  });

  it('reads as Dutch sentences: public, or not public with the ground and the aanduiding', () => {
    expect(openbaarheidZinnen({ openbaar: true })).toEqual(['Deze nota is openbaar.']);
    expect(
      openbaarheidZinnen({ openbaar: false, grond: 'gemeentewet-55', vertrouwelijkheidaanduiding: 'geheim' }),
    ).toEqual([
      'Deze nota is niet openbaar.',
      'Het college heeft geheimhouding opgelegd op grond van artikel 55 van de Gemeentewet.',
      'Vertrouwelijkheid: geheim.',
    ]);
    expect(
      openbaarheidZinnen({
        openbaar: false,
        grond: 'woo-5.1-2e',
        vertrouwelijkheidaanduiding: 'beperkt_openbaar',
        toelichting: 'De bijlage noemt de namen van omwonenden.',
      }),
    ).toEqual([
      'Deze nota is niet openbaar.',
      'Dit volgt uit artikel 5.1, tweede lid, onder e, van de Wet open overheid: de eerbiediging van de persoonlijke levenssfeer.',
      'Vertrouwelijkheid: beperkt openbaar.',
      'De bijlage noemt de namen van omwonenden.',
    ]);
  });
});

describe('the financiën of a memo', () => {
  it('refuse a begrotingswijziging or a dekking without financial consequences, naming the field', async () => {
    expect(
      await issuesWith({
        financien: { financieleGevolgen: false, begrotingswijziging: true, dekking: 'Uit de reserve' },
      }),
    ).toEqual([
      'financien.begrotingswijziging: Begrotingswijziging: kan niet true zijn als de nota geen financiële gevolgen ' +
        'heeft (financieleGevolgen: false)',
      'financien.dekking: Dekking: hoort alleen bij een nota met financiële gevolgen (financieleGevolgen: true)',
    ]);
    expect(await issuesWith({ financien: { financieleGevolgen: 'ja', dekking: '' } })).toEqual([
      'financien.financieleGevolgen: Financiële gevolgen moet true of false zijn, niet de tekst "ja"',
      'financien.begrotingswijziging: Begrotingswijziging ontbreekt',
      'financien.dekking: Dekking is leeg',
    ]);
  });

  it('read as one line per answer', () => {
    expect(Financien.parse({ financieleGevolgen: false, begrotingswijziging: false })).toBeDefined();
    expect(
      financienZinnen({
        financieleGevolgen: true,
        begrotingswijziging: false,
        dekking: 'Uit het budget Wijkaanpak.',
      }),
    ).toEqual([
      'Financiële gevolgen: ja.',
      'Begrotingswijziging: nee.',
      'Dekking: Uit het budget Wijkaanpak.',
    ]);
  });
});

describe('a veld printed in a section', () => {
  const base = {
    type: 'proef',
    titel: 'Proef',
    sjabloon: 'proef.hbs',
    secties: [
      { sleutel: 'inleiding', titel: 'Inleiding', verplicht: true },
      { sleutel: 'openbaarheid', titel: 'Openbaarheid', verplicht: true },
    ],
  };

  it('names a section of the manifest, one veld per section, and only for the kinds that print there', () => {
    expect(Manifest.safeParse({ ...base, velden: [velden[0]] }).success).toBe(true);
    const result = Manifest.safeParse({
      ...base,
      velden: [
        velden[0],
        { ...velden[0], naam: 'nogmaals' },
        { ...velden[1], sectie: 'financien' },
        { naam: 'team', label: 'Team', soort: 'tekst', sectie: 'inleiding' },
        { naam: 'kosten', label: 'Kosten', soort: 'financien' },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['velden.3.sectie', 'alleen een veld van soort "openbaarheid" of "financien" staat in een sectie'],
      [
        'velden.4.sectie',
        'een veld van soort "financien" noemt de sectie waarin het document de keuze afdrukt',
      ],
      [
        'velden.1.sectie',
        'in sectie "openbaarheid" staat al veld "openbaarheid"; een sectie heeft hooguit één veld',
      ],
      [
        'velden.2.sectie',
        'sectie "financien" staat niet in de secties van dit manifest; kies uit: inleiding, openbaarheid',
      ],
    ]);
  });
});

/** The body paragraphs under a Heading1, up to the next heading or the signature, as plain text. */
function sectionText(docx: DocxPackage, heading: string): string[] {
  const start = docx.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.endsWith(heading));
  if (start < 0) return [];
  const next = docx.paragraphs.findIndex(
    (p, i) =>
      i > start && (p.style === 'Heading1' || p.text.trim().startsWith('Burgemeester en wethouders van')),
  );
  // The engine's typography joins "artikel 25" with a no-break space (typography.ts, its own tests).
  return docx.paragraphs
    .slice(start + 1, next < 0 ? undefined : next)
    .map((p) => p.text.replace(/\u00a0/g, ' '));
}

describe('the document', () => {
  it('prints the choices at the top of their sections, then the section’s own text', async () => {
    const docx = await renderAndRead(await baseMemo('informatienota'));
    expect(sectionText(docx, 'Openbaarheid')).toEqual([
      'Deze nota is openbaar.',
      'Ook de bijlagen bij deze nota zijn openbaar.',
    ]);
    const financien = sectionText(docx, 'Financiële consequenties');
    expect(financien.slice(0, 3)).toEqual([
      'Financiële gevolgen: ja.',
      'Begrotingswijziging: nee.',
      'Dekking: Uit het budget voor armoedebestrijding in de Begroting 2026.',
    ]);
    expect(financien[3]).toMatch(/^De gratis zwemles kost in 2026/);
    expect(docx.paragraphs.filter((p) => p.text === 'Deze nota is openbaar.')).toHaveLength(1);
  });

  it('says on the document on what ground a memo is not public, and fills the section without text', async () => {
    const memo = await baseMemo('raadsmededeling');
    memo.openbaarheid = {
      openbaar: false,
      grond: 'gemeentewet-25',
      vertrouwelijkheidaanduiding: 'geheim',
      toelichting: 'De raad bekrachtigt de geheimhouding in zijn eerstvolgende vergadering.',
    };
    memo.financien = { financieleGevolgen: false, begrotingswijziging: false };
    memo.secties = memo.secties.map((s) =>
      s.sleutel === 'openbaarheid' || s.sleutel === 'financiele-consequenties' ? { ...s, inhoud: '' } : s,
    );
    const docx = await renderAndRead(memo);
    expect(sectionText(docx, 'Openbaarheid')).toEqual([
      'Deze nota is niet openbaar.',
      'Er is geheimhouding opgelegd op grond van artikel 25 van de Gemeentewet.',
      'Vertrouwelijkheid: geheim.',
      'De raad bekrachtigt de geheimhouding in zijn eerstvolgende vergadering.',
    ]);
    expect(sectionText(docx, 'Financiële consequenties')).toEqual([
      'Financiële gevolgen: nee.',
      'Begrotingswijziging: nee.',
    ]);
  });

  it('prints a section that only its veld fills, in the manifest’s place, and numbers it', async () => {
    const memo = await baseMemo('raadsmededeling');
    memo.secties = memo.secties.filter((s) => s.sleutel !== 'openbaarheid');
    const docx = await renderAndRead(memo);
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings.slice(-2)).toEqual(['5. Financiële consequenties', '6. Openbaarheid']);
    expect(sectionText(docx, 'Openbaarheid')).toEqual(['Deze nota is openbaar.']);
  });

  it('without the choice, a required section still needs its text, as before', async () => {
    const memo = await baseMemo('informatienota');
    delete memo.openbaarheid;
    const index = memo.secties.findIndex((s) => s.sleutel === 'openbaarheid');
    memo.secties = memo.secties.map((s, i) => (i === index ? { ...s, inhoud: '<p> </p>' } : s));
    expect(await issuesOf(async () => buildDocument(memo, await assets()))).toEqual([
      { path: `secties[${index}].inhoud`, message: 'verplichte sectie "Openbaarheid" is leeg' },
    ]);
  });
});

describe('an older memo file, without the choices', () => {
  it.each(['informatienota', 'raadsmededeling', 'raadsvoorstel'])(
    '%s: is refused with a message naming each missing field',
    async (type) => {
      const input = await exampleInput(type);
      delete input.openbaarheid;
      delete input.financien;
      const manifest = shippedManifest(type);
      const label = manifest.velden.find((veld) => veld.naam === 'financien')?.label;
      expect(await issuesOf(() => parseMemo(input, manifest))).toEqual([
        { path: 'financien', message: `${label ?? 'financien'} ontbreekt` },
        { path: 'openbaarheid', message: 'Openbaarheid ontbreekt' },
      ]);
    },
  );

  it('is refused by `raadsnota validate` with the same message and exit code 2', async () => {
    const dir = await makeTempDir();
    try {
      const input = await exampleInput('raadsvoorstel');
      delete input.openbaarheid;
      const file = join(dir, 'oud.json');
      await writeFile(file, JSON.stringify(input));
      const result = await runCli(['validate', file]);
      expect(result.stderr).toContain('Openbaarheid ontbreekt');
      expect(result.code).toBe(2);
      expect((await runCli(['validate', examplePath('raadsvoorstel')])).code).toBe(0);
    } finally {
      await removeTempDir(dir);
    }
  });
});

describe('the JSON Schema of a memo file', () => {
  it('has both fields in every type, required, with the seven aanduidingen and the grounds', async () => {
    const branches = (memoJsonSchema((await assets()).types).oneOf ?? []) as {
      properties: Record<string, unknown>;
      required: string[];
    }[];
    expect(branches.length).toBeGreaterThanOrEqual(3);
    for (const branch of branches) {
      expect(branch.required).toEqual(expect.arrayContaining(['openbaarheid', 'financien']));
      const text = JSON.stringify(branch.properties.openbaarheid);
      for (const { waarde } of VERTROUWELIJKHEIDAANDUIDINGEN) expect(text).toContain(`"${waarde}"`);
      expect(text).toContain('"gemeentewet-86"');
      expect(JSON.stringify(branch.properties.financien)).toContain('"begrotingswijziging"');
    }
  });
});
