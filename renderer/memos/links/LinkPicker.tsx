import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import type { RegisterItem } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { formatNumber } from '../../components/format.js';
import { sentence } from '../../components/sentence.js';
import { Beslissingen } from './Beslissingen.js';
import { Kennisname } from './Kennisname.js';
import { referencesOf } from './references.js';
import { useMemoTypes } from '../use-memo-types.js';
import { useItemSearch, type ItemSearch } from './use-item-search.js';
import '../../styles/register.css';
import './links.css';

type Item = Pick<RegisterItem, 'soort' | 'id' | 'nummer' | 'status'> & {
  titel?: string;
  omschrijving?: string;
};

const keyOf = (item: Pick<RegisterItem, 'soort' | 'id'>): string => `${item.soort}:${item.id}`;
const nameOf = (item: Pick<RegisterItem, 'soort' | 'nummer'>): string => `${item.soort} ${item.nummer}`;
const titleOf = (item: Item): string => item.titel ?? item.omschrijving ?? '';

function searchLine(search: ItemSearch, text: string): string {
  switch (search.state) {
    case 'idle':
      return '';
    case 'busy':
      return 'Bezig met zoeken…';
    case 'failed':
      return sentence(search.message);
    case 'found':
      if (search.total === 0) return `Niets gevonden voor “${text.trim()}”.`;
      return search.total > search.items.length
        ? `${formatNumber(search.total)} gevonden; de eerste ${formatNumber(search.items.length)} staan hieronder. Typ meer woorden om te verfijnen.`
        : `${formatNumber(search.total)} gevonden.`;
  }
}

/**
 * What the memo answers: the moties and toezeggingen linked from the register (found by the register's own search),
 * and the "kennis te nemen van" sentence they make, shown as they are linked; or the writer's own text instead. For
 * a type with numbered decisions (a raadsvoorstel), the decisions as its besluit carries them. Each link or unlink
 * raises the memo's revisie: the memo as the register now holds it goes to onChanged, so that the next autosave
 * names that revisie.
 */
export function LinkPicker({
  memo,
  readOnly,
  onChanged,
  voorgesteldBesluit,
  onVoorgesteldBesluit,
}: {
  memo: StoredMemo;
  readOnly: boolean;
  onChanged: (memo: StoredMemo) => void;
  voorgesteldBesluit: string | undefined;
  onVoorgesteldBesluit: (text: string | undefined) => void;
}) {
  const client = useClient();
  const [text, setText] = useState('');
  const search = useItemSearch(text);
  const [working, setWorking] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const types = useMemoTypes();
  // The type's field of numbered decisions (a raadsvoorstel's `beslissingen`), if it has one.
  const decisions =
    types.state === 'found'
      ? types.list.types
          .find((t) => t.type === memo.nota.type)
          ?.velden.find((v) => v.soort === 'beslissingen')
      : undefined;
  const references = referencesOf(memo);
  const linked: readonly Item[] = [...memo.moties, ...memo.toezeggingen];
  const isLinked = new Set(linked.map(keyOf));
  const onderwerp = memo.document.onderwerp ?? memo.nota.onderwerp;
  const beslissingen = decisions
    ? ((memo.document[decisions.naam] as readonly string[] | undefined) ?? [])
    : undefined;

  const change = async (operation: 'memos.link' | 'memos.unlink', item: Item): Promise<void> => {
    setWorking(keyOf(item));
    setProblem(undefined);
    const done = await client.invoke(operation, { id: memo.nota.id, soort: item.soort, itemId: item.id });
    const fresh = done.ok ? await client.invoke('memos.get', { id: memo.nota.id }) : done;
    setWorking(undefined);
    if (!fresh.ok) {
      setProblem(sentence(fresh.error.message));
      return;
    }
    onChanged(fresh.value);
    setAnnouncement(
      `${sentence(nameOf(item))} is ${operation === 'memos.link' ? 'gekoppeld' : 'losgemaakt'}.`,
    );
  };

  return (
    <section className="rn-section rn-links" aria-labelledby="koppelingen-kop">
      <Heading2 id="koppelingen-kop">Wat deze nota beantwoordt</Heading2>
      <p className="rn-sr-only" role="status">
        {announcement}
      </p>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      <Heading3 id="gekoppeld-kop">Gekoppeld</Heading3>
      {linked.length === 0 ? (
        <Paragraph>Nog geen moties of toezeggingen gekoppeld.</Paragraph>
      ) : (
        <UnorderedList className="rn-links__list" aria-labelledby="gekoppeld-kop">
          {linked.map((item) => (
            <UnorderedListItem key={keyOf(item)} className="rn-links__item">
              <span>
                <strong>{nameOf(item)}</strong> {titleOf(item)}{' '}
                <span className="rn-muted">({item.status})</span>
              </span>
              {!readOnly && (
                <Button
                  appearance="secondary-action-button"
                  aria-label={`Maak ${nameOf(item)} los`}
                  busy={working === keyOf(item)}
                  disabled={working !== undefined}
                  onClick={() => void change('memos.unlink', item)}
                >
                  Losmaken
                </Button>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {references.undated.map((motie) => (
        <Alert key={motie.id} type="warning">
          <Paragraph>
            {sentence(
              `motie ${motie.nummer} ‘${motie.titel}’ heeft in het register geen datum aangenomen; vul die in voordat de nota haar noemt`,
            )}
          </Paragraph>
        </Alert>
      ))}
      {!readOnly && (
        <>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="koppelingen-zoek">Zoek een motie of toezegging in het register</FormLabel>
            </div>
            <FormFieldDescription id="koppelingen-zoek-uitleg">
              Op nummer of op woorden uit de titel, het dictum of de omschrijving.
            </FormFieldDescription>
            <div className="utrecht-form-field__input">
              <Textbox
                id="koppelingen-zoek"
                type="search"
                value={text}
                aria-describedby="koppelingen-zoek-uitleg"
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  setText(event.target.value);
                }}
              />
            </div>
          </FormField>
          <p className="rn-count" role="status">
            {searchLine(search, text)}
          </p>
          {search.state === 'found' && search.items.length > 0 && (
            <UnorderedList className="rn-links__list" aria-label="Gevonden in het register">
              {search.items.map((item) => (
                <UnorderedListItem key={keyOf(item)} className="rn-links__item">
                  <span>
                    <strong>{nameOf(item)}</strong> {titleOf(item)}{' '}
                    <span className="rn-muted">({item.status})</span>
                  </span>
                  {isLinked.has(keyOf(item)) ? (
                    <span className="rn-muted">gekoppeld</span>
                  ) : (
                    <Button
                      appearance="secondary-action-button"
                      aria-label={`Koppel ${nameOf(item)}`}
                      busy={working === keyOf(item)}
                      disabled={working !== undefined}
                      onClick={() => void change('memos.link', item)}
                    >
                      Koppelen
                    </Button>
                  )}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      {decisions && beslissingen && (
        <Beslissingen
          label={decisions.label}
          beslissingen={beslissingen}
          voorgesteldBesluit={voorgesteldBesluit}
        />
      )}
      <Kennisname
        key={memo.nota.id}
        onderwerp={onderwerp}
        references={references}
        beslissingen={beslissingen}
        voorgesteldBesluit={voorgesteldBesluit}
        onVoorgesteldBesluit={onVoorgesteldBesluit}
        readOnly={readOnly}
      />
    </section>
  );
}
