import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ItemKind } from '../../../core/model/register.js';
import { sentence } from '../../components/sentence.js';

/**
 * Asked when the list's header does not say whether its rows are moties or toezeggingen: the user says it, and the
 * columns are read again with that kind.
 */
export function ChooseKind({
  message,
  disabled,
  onChoose,
}: {
  message: string;
  disabled: boolean;
  onChoose: (soort: ItemKind) => void;
}) {
  const [soort, setSoort] = useState<ItemKind | undefined>();
  return (
    <form
      className="rn-stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (soort) onChoose(soort);
      }}
    >
      <Fieldset invalid aria-describedby="soort-nodig">
        <FieldsetLegend>Wat staat er in deze lijst?</FieldsetLegend>
        <FormFieldErrorMessage id="soort-nodig">{sentence(message)}</FormFieldErrorMessage>
        {(['motie', 'toezegging'] as const).map((value) => (
          <FormField key={value} type="radio">
            <RadioButton
              id={`alleen-${value}`}
              name="alleen-soort"
              checked={soort === value}
              disabled={disabled}
              onChange={() => {
                setSoort(value);
              }}
            />
            <FormLabel htmlFor={`alleen-${value}`} type="radio">
              {value === 'motie' ? 'Moties' : 'Toezeggingen'}
            </FormLabel>
          </FormField>
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary-action-button" disabled={disabled || soort === undefined}>
        Kolommen lezen
      </Button>
    </form>
  );
}
