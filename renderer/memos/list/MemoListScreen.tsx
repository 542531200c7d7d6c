import {
  Alert,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import { MEMO_STATUSES, type MemoStatus } from '../../../core/model/memo.js';
import type { MemoRecord } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { downloadBestand } from '../../components/download.js';
import { formatNumber } from '../../components/format.js';
import { sentence } from '../../components/sentence.js';
import '../../styles/register.css';
import '../../styles/memos.css';
import { useMemoTypes } from '../use-memo-types.js';
import { ImportMemo } from './ImportMemo.js';
import { memoFile } from './memo-file.js';
import { MemoTable } from './MemoTable.js';
import { NewMemo } from './NewMemo.js';
import { useAnswers } from './use-answers.js';
import { LIST_SIZE, useMemoList } from './use-memo-list.js';

/** The memos in the register: by status and words, each with its type and what it answers; new ones and files. */
export function MemoListScreen() {
  const client = useClient();
  const types = useMemoTypes();
  const [status, setStatus] = useState<MemoStatus | ''>('');
  const [text, setText] = useState('');
  const list = useMemoList(status, text);
  const memos = list.page?.items ?? [];
  const answers = useAnswers(memos);
  const [exporting, setExporting] = useState<number>();
  const [exportError, setExportError] = useState<ApiError>();

  const exportMemo = async (memo: MemoRecord): Promise<void> => {
    setExporting(memo.id);
    const result = await client.invoke('memos.export', { id: memo.id });
    setExporting(undefined);
    if (!result.ok) {
      setExportError(result.error);
      return;
    }
    setExportError(undefined);
    downloadBestand(memoFile(result.value, memo.id));
  };

  const total = list.page?.total;
  const empty = total === 0 && status === '' && text.trim() === '';
  return (
    <div className="rn-stack">
      <Heading1>Nota&apos;s</Heading1>
      <NewMemo types={types} />
      <ImportMemo />
      <form
        className="rn-filters"
        role="search"
        aria-label="Zoeken in de nota's"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <FormField className="rn-filter">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="nota-zoek">Zoeken</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Textbox
              id="nota-zoek"
              type="search"
              autoComplete="off"
              value={text}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                setText(event.target.value);
              }}
            />
          </div>
        </FormField>
        <FormField className="rn-filter">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="nota-status">Status</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id="nota-status"
              value={status}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                setStatus(event.target.value as MemoStatus | '');
              }}
            >
              <SelectOption value="">Alle</SelectOption>
              {MEMO_STATUSES.map((value) => (
                <SelectOption key={value} value={value}>
                  {value}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </form>
      {(list.error ?? exportError) && (
        <Alert type="error" role="alert">
          <Paragraph>{sentence((list.error ?? exportError)?.message ?? '')}</Paragraph>
        </Alert>
      )}
      <p className="rn-count" role="status" aria-busy={list.busy}>
        {total === undefined
          ? ''
          : empty
            ? 'Er zijn nog geen nota’s. Begin met een nieuwe nota of lees een notabestand in.'
            : `${formatNumber(total)} gevonden${total > LIST_SIZE ? `; de ${formatNumber(LIST_SIZE)} laatst gewijzigde staan hieronder` : ''}`}
      </p>
      {memos.length > 0 && (
        <MemoTable
          memos={memos}
          answers={answers}
          exporting={exporting}
          onExport={(memo) => void exportMemo(memo)}
        />
      )}
    </div>
  );
}
