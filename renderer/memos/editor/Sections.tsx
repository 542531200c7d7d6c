import { Button, FormField, FormLabel, Heading2, Textbox } from '@utrecht/component-library-react';
import { Fragment, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  fixedSections,
  sectionVelden,
  type FixedSection,
  type Manifest,
} from '../../../core/model/manifest.js';
import type { B1Findings } from './b1/highlights.js';
import type { DraftSection } from './draft.js';
import type { RichTextEditorProps } from './richtext/RichTextEditor.js';
import { addSectionId, sectionTitle } from './missing.js';
import { insertionIndex } from './order.js';
import { SectionCard, type SectionActions } from './SectionCard.js';

interface Props extends SectionActions {
  manifest: Manifest;
  sections: readonly DraftSection[];
  readOnly: boolean;
  errors: ReadonlyMap<string, string>;
  onAdd: (section: Omit<DraftSection, 'key'>) => void;
  verdicts?: ReadonlyMap<string, ReactNode>;
  findings?: ReadonlyMap<string, B1Findings>;
  choices?: ReadonlyMap<string, ReactNode>;
  images?: RichTextEditorProps['images'];
}

/** "Vrije sectie toevoegen", with the manifest's suggestions for the title, where the free sections go. */
function AddFree({ suggesties, onAdd }: { suggesties: readonly string[]; onAdd: (titel: string) => void }) {
  const [titel, setTitel] = useState('');
  return (
    <form
      className="rn-card rn-add-free"
      aria-labelledby="vrij-kop"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(titel.trim() === '' ? 'Nieuwe sectie' : titel.trim());
        setTitel('');
      }}
    >
      <Heading2 id="vrij-kop">Vrije sectie toevoegen</Heading2>
      <FormField>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="nota-vrije-titel">Titel van de nieuwe sectie</FormLabel>
        </div>
        <div className="utrecht-form-field__description" id="nota-vrije-titel-uitleg">
          Kies een gebruikelijke titel of typ een eigen titel.
        </div>
        <div className="utrecht-form-field__input rn-inline">
          <Textbox
            id="nota-vrije-titel"
            list="nota-vrije-suggesties"
            aria-describedby="nota-vrije-titel-uitleg"
            value={titel}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              setTitel(event.target.value);
            }}
          />
          <datalist id="nota-vrije-suggesties">
            {suggesties.map((suggestie) => (
              <option key={suggestie} value={suggestie} />
            ))}
          </datalist>
          <Button type="submit" appearance="secondary-action-button">
            Sectie toevoegen
          </Button>
        </div>
      </FormField>
      {suggesties.length > 0 && (
        <div className="rn-actions" role="group" aria-label="Gebruikelijke titels">
          {suggesties.map((suggestie) => (
            <Button
              key={suggestie}
              appearance="subtle-button"
              onClick={() => {
                onAdd(suggestie);
              }}
            >
              {`+ ${suggestie}`}
            </Button>
          ))}
        </div>
      )}
    </form>
  );
}

/**
 * The memo's sections in the document's order, each with its editor; the free sections in the manifest's free slot,
 * added there (with its suggestions), renamed, moved among each other and removed (asking first when one has text).
 * A fixed section that is not there yet (an optional one, or a required one an imported memo lacked) can be added.
 */
export function Sections(props: Props) {
  const { manifest, sections, readOnly } = props;
  const slot = manifest.secties.find((s) => 'vrij' in s);
  const freeAt = insertionIndex(sections, manifest, {});
  const absent = fixedSections(manifest).filter(
    (fixed) => !sections.some((s) => s.sleutel === fixed.sleutel),
  );
  const fixedOf = new Map(fixedSections(manifest).map((fixed) => [fixed.sleutel, fixed]));
  // An optional section that holds a required choice must be added for the choice to be made.
  const choices = sectionVelden(manifest);
  const needed = (fixed: FixedSection) => fixed.verplicht || choices.get(fixed.sleutel)?.verplicht === true;
  const addFree =
    slot && 'vrij' in slot && !readOnly ? (
      <AddFree
        suggesties={slot.suggesties.filter((suggestie) => !sections.some((s) => s.titel === suggestie))}
        onAdd={(titel) => {
          props.onAdd({ titel, inhoud: '' });
        }}
      />
    ) : null;
  return (
    <div className="rn-sections">
      {freeAt === 0 && addFree}
      {sections.map((section, i) => {
        const fixed = section.sleutel === undefined ? undefined : fixedOf.get(section.sleutel);
        const title = sectionTitle(section, manifest);
        return (
          <Fragment key={section.key}>
            <SectionCard
              section={section}
              title={title}
              required={fixed?.verplicht ?? false}
              removable={fixed === undefined || !needed(fixed)}
              canMoveUp={section.sleutel === undefined && sections[i - 1]?.sleutel === undefined && i > 0}
              canMoveDown={
                section.sleutel === undefined &&
                i + 1 < sections.length &&
                sections[i + 1]?.sleutel === undefined
              }
              readOnly={readOnly}
              error={props.errors.get(section.key)}
              lijstnummering={fixed?.lijstnummering}
              verdict={props.verdicts?.get(section.key)}
              findings={props.findings?.get(section.key)}
              images={props.images}
              choice={section.sleutel === undefined ? undefined : props.choices?.get(section.sleutel)}
              onText={props.onText}
              onHeld={props.onHeld}
              onTitle={props.onTitle}
              onMove={props.onMove}
              onRemove={props.onRemove}
              onBlur={props.onBlur}
            />
            {i + 1 === freeAt && addFree}
          </Fragment>
        );
      })}
      {absent.length > 0 && !readOnly && (
        <div className="rn-card" role="group" aria-labelledby="ontbrekend-kop">
          <Heading2 id="ontbrekend-kop">Secties die er nog niet in staan</Heading2>
          <div className="rn-actions">
            {absent.map((fixed) => (
              <Button
                key={fixed.sleutel}
                id={addSectionId(fixed.sleutel)}
                appearance="secondary-action-button"
                onClick={() => {
                  props.onAdd({ sleutel: fixed.sleutel, inhoud: '' });
                }}
              >
                {`${fixed.titel} toevoegen${needed(fixed) ? ' (verplicht)' : ''}`}
              </Button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
