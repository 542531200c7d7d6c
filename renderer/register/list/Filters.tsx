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

const SOORTEN = [
  { value: 'motie', label: 'Moties' },
  { value: 'toezegging', label: 'Toezeggingen' },
];

/** A filter that is one choice of a list, "Alle" first ('' in the Choice). */
function ChoiceSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label}>
      <Select
        id={id}
        value={value}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => {
          onChange(e.target.value);
        }}
      >
        <SelectOption value="">Alle</SelectOption>
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
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
      <ChoiceSelect
        id="filter-soort"
        label="Soort"
        value={choice.soort}
        options={SOORTEN}
        onChange={(value) => {
          const soort = value as Choice['soort'];
          const keepStatus =
            soort !== 'toezegging' || (TOEZEGGING_STATUSES as readonly string[]).includes(choice.status);
          set({ soort, ...(!keepStatus && { status: '' }) });
        }}
      />
      <ChoiceSelect
        id="filter-status"
        label="Status"
        value={choice.status}
        options={statuses.map((status) => ({ value: status, label: status }))}
        onChange={(value) => {
          set({ status: value as Choice['status'] });
        }}
      />
      <ChoiceSelect
        id="filter-portefeuillehouder"
        label="Portefeuillehouder"
        value={choice.portefeuillehouder}
        options={facets.portefeuillehouders.map((naam) => ({ value: naam, label: naam }))}
        onChange={(value) => {
          set({ portefeuillehouder: value });
        }}
      />
      <ChoiceSelect
        id="filter-jaar"
        label="Jaar"
        value={choice.jaar}
        options={facets.jaren.map((jaar) => ({ value: String(jaar), label: String(jaar) }))}
        onChange={(value) => {
          set({ jaar: value });
        }}
      />
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
