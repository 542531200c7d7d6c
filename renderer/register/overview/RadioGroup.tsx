import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';

/** A choice of one of a few, as a fieldset of labelled radio buttons: by keyboard with the arrow keys. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  disabled,
  onChange,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  disabled: boolean;
  onChange: (value: T) => void;
}) {
  return (
    <Fieldset>
      <FieldsetLegend>{legend}</FieldsetLegend>
      {options.map((option) => (
        <FormField key={option.value} type="radio">
          <RadioButton
            id={`${name}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => {
              onChange(option.value);
            }}
          />
          <FormLabel htmlFor={`${name}-${option.value}`} type="radio">
            {option.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
