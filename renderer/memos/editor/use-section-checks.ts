import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { createElement } from 'react';
import type { Manifest } from '../../../core/model/manifest.js';
import type { MemoConcept } from '../../../core/model/memo-concept.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import type { B1Findings } from './b1/highlights.js';
import { b1Inputs, useB1Check, type B1Settings } from './b1/use-b1-check.js';
import type { DraftSection } from './draft.js';
import { sectionTitle } from './missing.js';

const VERDICT_CLASS: Readonly<Record<string, string>> = {
  'B1 waarschijnlijk gehaald': 'rn-verdict rn-verdict--ok',
  'let op': 'rn-verdict rn-verdict--let-op',
  'te moeilijk': 'rn-verdict rn-verdict--moeilijk',
};

/**
 * The B1 check of the sections as the writer pauses (E2's worker), with the settings of this installation
 * (`memos.checkSettings`): per section key its verdict, shown beside its title, and its findings for the editor.
 */
export function useSectionChecks(
  sections: readonly DraftSection[],
  concept: MemoConcept,
  manifest: Manifest,
  stored: StoredMemo,
): { verdicts: ReadonlyMap<string, ReactNode>; findings: ReadonlyMap<string, B1Findings> } {
  const client = useClient();
  const [settings, setSettings] = useState<B1Settings>();
  useEffect(() => {
    void client.invoke('memos.checkSettings', {}).then((result) => {
      if (result.ok) setSettings(result.value);
    });
  }, [client]);
  const { moties, toezeggingen } = stored;
  const memo = useMemo(
    () => ({
      sections: sections.map((section) => ({
        key: section.key,
        titel: sectionTitle(section, manifest),
        inhoud: section.inhoud,
      })),
      ...b1Inputs(concept, manifest, { moties, toezeggingen }),
    }),
    [sections, concept, manifest, moties, toezeggingen],
  );
  const results = useB1Check(memo, settings);
  return useMemo(() => {
    const verdicts = new Map<string, ReactNode>();
    const findings = new Map<string, B1Findings>();
    for (const [key, { result, findings: found }] of results ?? []) {
      findings.set(key, found);
      verdicts.set(
        key,
        createElement(
          'span',
          { className: VERDICT_CLASS[result.verdict] ?? 'rn-verdict' },
          `B1: ${result.verdict}`,
        ),
      );
    }
    return { verdicts, findings };
  }, [results]);
}
