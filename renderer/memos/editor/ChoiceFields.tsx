import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import { FINANCIEN_LABELS } from '../../../core/model/financien.js';
import { OPENBAARHEID_GRONDEN, VERTROUWELIJKHEIDAANDUIDINGEN } from '../../../core/model/openbaarheid.js';
import { errorId, inputId } from '../../components/form-errors.js';
import type { FormFieldSpec } from './fields.js';
import type { Row } from './form-values.js';
import { FORM } from './missing.js';

interface ChoiceProps {
  field: FormFieldSpec;
  value: Row;
  error: string | undefined;
  readOnly: boolean;
  onChange: (value: Row) => void;
}

/** A question with two or more answers as radio buttons; the first has the field's id, for the missing count. */
function Radios({
  id,
  legend,
  value,
  options,
  readOnly,
  onChange,
}: {
  id: string;
  legend: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Fieldset className="rn-radios">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option, i) => {
        const optionId = i === 0 ? id : `${id}-${option.value}`;
        return (
          <FormField key={option.value} type="radio">
            <div className="utrecht-form-field__input">
              <RadioButton
                id={optionId}
                name={id}
                value={option.value}
                checked={value === option.value}
                disabled={readOnly}
                onChange={() => {
                  onChange(option.value);
                }}
              />
            </div>
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel htmlFor={optionId} type="radio" checked={value === option.value}>
                {option.label}
              </FormLabel>
            </div>
          </FormField>
        );
      })}
    </Fieldset>
  );
}

function ChoiceShell({
  field,
  error,
  children,
}: {
  field: FormFieldSpec;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="rn-choice">
      {error !== undefined && (
        <FormFieldErrorMessage id={errorId(FORM, field.naam)}>{error}</FormFieldErrorMessage>
      )}
      {children}
    </div>
  );
}

const JA_NEE = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

/**
 * Openbaarheid as a choice, not free text: openbaar, or not, with its legal ground (the Woo's exceptions or
 * geheimhouding under the Gemeentewet, grouped by law) and its vertrouwelijkheidaanduiding (the ZGW's values).
 */
export function OpenbaarheidChoice({ field, value, error, readOnly, onChange }: ChoiceProps) {
  const id = inputId(FORM, field.naam);
  const set = (part: string, next: string): void => {
    onChange({ ...value, [part]: next });
  };
  const keuze = value.keuze ?? '';
  const laws = [...new Set(OPENBAARHEID_GRONDEN.map((grond) => grond.wet))];
  return (
    <ChoiceShell field={field} error={error}>
      <Radios
        id={id}
        legend={`${field.label}: is de nota openbaar?`}
        value={keuze}
        readOnly={readOnly}
        options={[
          { value: 'openbaar', label: 'Openbaar' },
          { value: 'niet-openbaar', label: 'Niet openbaar' },
        ]}
        onChange={(next) => {
          set('keuze', next);
        }}
      />
      {keuze === 'niet-openbaar' && (
        <>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-grond`}>Grond</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id={`${id}-grond`}
                value={value.grond ?? ''}
                disabled={readOnly}
                onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                  set('grond', event.target.value);
                }}
              >
                <SelectOption value="">Kies de grond…</SelectOption>
                {laws.map((wet) => (
                  <optgroup key={wet} label={wet}>
                    {OPENBAARHEID_GRONDEN.filter((grond) => grond.wet === wet).map((grond) => (
                      <SelectOption key={grond.waarde} value={grond.waarde}>
                        {grond.label}
                      </SelectOption>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </div>
          </FormField>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-aanduiding`}>Vertrouwelijkheidaanduiding</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select
                id={`${id}-aanduiding`}
                value={value.aanduiding ?? ''}
                disabled={readOnly}
                onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                  set('aanduiding', event.target.value);
                }}
              >
                <SelectOption value="">Kies de aanduiding…</SelectOption>
                {VERTROUWELIJKHEIDAANDUIDINGEN.map((aanduiding) => (
                  <SelectOption key={aanduiding.waarde} value={aanduiding.waarde}>
                    {aanduiding.label}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-toelichting`}>
                Toelichting <span className="rn-muted">(niet verplicht)</span>
              </FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Textarea
                id={`${id}-toelichting`}
                rows={2}
                value={value.toelichting ?? ''}
                readOnly={readOnly}
                onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
                  set('toelichting', event.target.value);
                }}
              />
            </div>
          </FormField>
        </>
      )}
    </ChoiceShell>
  );
}

/** Financiële consequenties as the questions municipalities ask: gevolgen ja/nee, begrotingswijziging ja/nee, dekking. */
export function FinancienChoice({ field, value, error, readOnly, onChange }: ChoiceProps) {
  const id = inputId(FORM, field.naam);
  const set = (part: string, next: string): void => {
    onChange({ ...value, [part]: next });
  };
  const gevolgen = value.gevolgen === 'ja';
  return (
    <ChoiceShell field={field} error={error}>
      <Radios
        id={id}
        legend={`${FINANCIEN_LABELS.financieleGevolgen}?`}
        value={value.gevolgen ?? ''}
        readOnly={readOnly}
        options={JA_NEE}
        onChange={(next) => {
          // No consequences: nothing to change in the budget and nothing to cover (the schema refuses it otherwise).
          onChange(
            next === 'nee'
              ? { gevolgen: 'nee', wijziging: 'nee', dekking: '' }
              : { ...value, gevolgen: next },
          );
        }}
      />
      {gevolgen && (
        <>
          <Radios
            id={`${id}-wijziging`}
            legend={`${FINANCIEN_LABELS.begrotingswijziging}?`}
            value={value.wijziging ?? ''}
            readOnly={readOnly}
            options={JA_NEE}
            onChange={(next) => {
              set('wijziging', next);
            }}
          />
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={`${id}-dekking`}>
                {FINANCIEN_LABELS.dekking} <span className="rn-muted">(niet verplicht)</span>
              </FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Textbox
                id={`${id}-dekking`}
                value={value.dekking ?? ''}
                readOnly={readOnly}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  set('dekking', event.target.value);
                }}
              />
            </div>
          </FormField>
        </>
      )}
    </ChoiceShell>
  );
}
