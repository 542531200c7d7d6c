import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent } from 'react';
import { composeKennisname } from '../../../core/kennisname.js';
import { VoorgesteldBesluit } from '../../../core/model/memo.js';
import { sentence } from '../../components/sentence.js';
import type { References } from './references.js';

const FORM = 'kennisname';
const OWN = `${FORM}-eigen`;

/** The schema's messages for the writer's own text; none while nothing is typed and the field was not left. */
function problemsOf(text: string, left: boolean): string[] {
  if (text.trim() === '' && !left) return [];
  const checked = VoorgesteldBesluit.safeParse(text);
  return checked.success ? [] : checked.error.issues.map((issue) => sentence(issue.message));
}

/**
 * What the council is asked to take note of: the sentence Raadsnota composes from the linked items (shown as the
 * items are linked, as the engine prints it), or the writer's own text, checked by the memo's own schema at the
 * field. Only a text the schema accepts is handed on, so that an autosave never stores what a render refuses; the
 * text being typed stays in the field, with its message, until it is right.
 *
 * A type with numbered decisions (a raadsvoorstel) prints no composed sentence: there the own text is one more
 * decision, "kennis te nemen van …", after the ones the form holds (templates/partials/raadsvoorstel-beslissingen).
 */
export function Kennisname({
  onderwerp,
  references,
  beslissingen,
  voorgesteldBesluit,
  onVoorgesteldBesluit,
  readOnly,
}: {
  onderwerp: string;
  references: References;
  beslissingen: readonly string[] | undefined;
  voorgesteldBesluit: string | undefined;
  onVoorgesteldBesluit: (text: string | undefined) => void;
  readOnly: boolean;
}) {
  const [own, setOwn] = useState(voorgesteldBesluit !== undefined);
  const [text, setText] = useState(voorgesteldBesluit ?? '');
  const [left, setLeft] = useState(false);
  const problems = own ? problemsOf(text, left) : [];
  const composed = composeKennisname(
    onderwerp === '' ? '…' : onderwerp,
    references.moties,
    references.toezeggingen,
  );

  const hand = (wanted: boolean, typed: string): void => {
    const checked = VoorgesteldBesluit.safeParse(typed);
    if (!wanted) onVoorgesteldBesluit(undefined);
    else if (checked.success) onVoorgesteldBesluit(checked.data);
    else if (typed.trim() === '') onVoorgesteldBesluit(undefined);
  };

  return (
    <Fieldset disabled={readOnly}>
      <FieldsetLegend>
        {beslissingen ? 'Kennisname als beslissing' : 'Wij stellen u voor kennis te nemen van:'}
      </FieldsetLegend>
      <FormField type="radio">
        <div className="utrecht-form-field__input">
          <RadioButton
            id={`${FORM}-zin`}
            name={FORM}
            checked={!own}
            disabled={readOnly}
            onChange={() => {
              setOwn(false);
              hand(false, text);
            }}
          />
        </div>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`${FORM}-zin`} type="radio">
            {beslissingen
              ? 'alleen de voorgestelde beslissingen'
              : 'de zin die Raadsnota maakt uit wat de nota beantwoordt'}
          </FormLabel>
        </div>
      </FormField>
      {!beslissingen && (
        <Paragraph className="rn-kennisname" id={`${FORM}-voorbeeld`} aria-live="polite">
          {`kennis te nemen van ${composed}`}
        </Paragraph>
      )}
      <FormField type="radio">
        <div className="utrecht-form-field__input">
          <RadioButton
            id={`${FORM}-eigen-keuze`}
            name={FORM}
            checked={own}
            disabled={readOnly}
            onChange={() => {
              setOwn(true);
              hand(true, text);
            }}
          />
        </div>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={`${FORM}-eigen-keuze`} type="radio">
            {beslissingen ? 'ook een beslissing “kennis te nemen van …”' : 'een eigen tekst'}
          </FormLabel>
        </div>
      </FormField>
      {own && (
        <FormField invalid={problems.length > 0}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={OWN}>Eigen tekst na “kennis te nemen van”</FormLabel>
          </div>
          <FormFieldDescription id={`${OWN}-uitleg`}>
            Eén alinea, bijvoorbeeld “de evaluatie van het wijkgericht werken 2025.”
          </FormFieldDescription>
          {problems.length > 0 && (
            <FormFieldErrorMessage id={`${OWN}-fout`}>{problems.join(' ')}</FormFieldErrorMessage>
          )}
          <div className="utrecht-form-field__input">
            <Textarea
              id={OWN}
              rows={3}
              value={text}
              readOnly={readOnly}
              invalid={problems.length > 0}
              aria-invalid={problems.length > 0}
              aria-describedby={problems.length > 0 ? `${OWN}-uitleg ${OWN}-fout` : `${OWN}-uitleg`}
              onChange={(event: ChangeEvent<HTMLTextAreaElement>) => {
                setText(event.target.value);
                hand(true, event.target.value);
              }}
              onBlur={() => {
                setLeft(true);
              }}
            />
          </div>
        </FormField>
      )}
    </Fieldset>
  );
}
