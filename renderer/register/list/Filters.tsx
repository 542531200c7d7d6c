import {
  Checkbox,
  FormField,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';
import {
  MOTIE_STATUSES,
  TOEZEGGING_STATUSES,
  type ItemKind,
  type MotieStatus,
} from '../../../core/model/register.js';
import type { Facets } from './use-facets.js';

/** What the user chose, as the form holds it: '' is "alle". */
export interface Choice {
  text: string;
  soort: '' | ItemKind;
  status: '' | MotieStatus;
  portefeuillehouder: string;
  jaar: string;
  teLaat: boolean;
}

export const NO_CHOICE: Choice = {
  text: '',
  soort: '',
  status: '',
  portefeuillehouder: '',
  jaar: '',
  teLaat: false,
};

export function isFiltered(choice: Choice): boolean {
  return JSON.stringify(choice) !== JSON.stringify(NO_CHOICE);
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <FormField className="rn-filter">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

/** The search box and the filters; every change searches at once. */
export function Filters({
  choice,
  facets,
  onChange,
}: {
  choice: Choice;
  facets: Facets;
  onChange: (choice: Choice) => void;
}) {
  const set = (change: Partial<Choice>): void => {
    onChange({ ...choice, ...change });
  };
  const statuses: readonly MotieStatus[] =
    choice.soort === 'toezegging' ? TOEZEGGING_STATUSES : MOTIE_STATUSES;
  return (
    <form
      className="rn-filters"
      role="search"
      aria-label="Zoeken in het register"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <Field id="zoek-tekst" label="Zoeken">
        <Textbox
          id="zoek-tekst"
          type="search"
          autoComplete="off"
          value={choice.text}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            set({ text: e.target.value });
          }}
        />
      </Field>
      <Field id="filter-soort" label="Soort">
        <Select
          id="filter-soort"
          value={choice.soort}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            const soort = e.target.value as Choice['soort'];
            const keepStatus =
              soort !== 'toezegging' || (TOEZEGGING_STATUSES as readonly string[]).includes(choice.status);
            set({ soort, ...(!keepStatus && { status: '' }) });
          }}
        >
          <SelectOption value="">Alle</SelectOption>
          <SelectOption value="motie">Moties</SelectOption>
          <SelectOption value="toezegging">Toezeggingen</SelectOption>
        </Select>
      </Field>
      <Field id="filter-status" label="Status">
        <Select
          id="filter-status"
          value={choice.status}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            set({ status: e.target.value as Choice['status'] });
          }}
        >
          <SelectOption value="">Alle</SelectOption>
          {statuses.map((status) => (
            <SelectOption key={status} value={status}>
              {status}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="filter-portefeuillehouder" label="Portefeuillehouder">
        <Select
          id="filter-portefeuillehouder"
          value={choice.portefeuillehouder}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            set({ portefeuillehouder: e.target.value });
          }}
        >
          <SelectOption value="">Alle</SelectOption>
          {facets.portefeuillehouders.map((naam) => (
            <SelectOption key={naam} value={naam}>
              {naam}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Field id="filter-jaar" label="Jaar">
        <Select
          id="filter-jaar"
          value={choice.jaar}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            set({ jaar: e.target.value });
          }}
        >
          <SelectOption value="">Alle</SelectOption>
          {facets.jaren.map((jaar) => (
            <SelectOption key={jaar} value={String(jaar)}>
              {jaar}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <FormField type="checkbox" className="rn-filter rn-filter--check">
        <div className="utrecht-form-field__input">
          <Checkbox
            id="filter-te-laat"
            checked={choice.teLaat}
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              set({ teLaat: e.target.checked });
            }}
          />
        </div>
        <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
          <FormLabel htmlFor="filter-te-laat" type="checkbox" checked={choice.teLaat}>
            Alleen te laat
          </FormLabel>
        </div>
      </FormField>
    </form>
  );
}
