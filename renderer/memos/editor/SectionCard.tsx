import { Button, FormField, FormLabel, Heading2, Textbox } from '@utrecht/component-library-react';
import { memo, type ChangeEvent, type ReactNode } from 'react';
import type { B1Findings } from './b1/highlights.js';
import { RichTextEditor, type RichTextEditorProps } from './richtext/RichTextEditor.js';
import type { DraftSection } from './draft.js';
import { hasContent, sectionId, sectionTitleId } from './missing.js';

export interface SectionActions {
  onText: (key: string, html: string) => void;
  /** a change the section's editor holds back (a very long text), with the way to write it out */
  onHeld: (write: () => void) => void;
  onTitle: (key: string, titel: string) => void;
  onMove: (key: string, step: -1 | 1) => void;
  onRemove: (key: string) => void;
  onBlur: () => void;
}

interface Props extends SectionActions {
  section: DraftSection;
  title: string;
  required: boolean;
  removable: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  readOnly: boolean;
  error: string | undefined;
  lijstnummering: '1' | 'a' | 'A' | 'i' | 'I' | undefined;
  /** Beside the title: the B1 verdict. */
  verdict?: ReactNode;
  /** Above the text: the section's structured choice (openbaarheid, financiën). */
  choice?: ReactNode;
  findings?: B1Findings | undefined;
  images?: RichTextEditorProps['images'];
}

/**
 * One section: its title (a free one's to rename), "verplicht" when the manifest requires it, and one rich-text editor,
 * keyed by the section so that it keeps its own undo history while sections move.
 */
export const SectionCard = memo(function SectionCard(props: Props) {
  const { section, title, required, readOnly, error } = props;
  const free = section.sleutel === undefined;
  const headingId = `${sectionId(section.key)}-kop`;
  const errorId = `${sectionId(section.key)}-fout`;
  return (
    <section className="rn-card rn-section-card" aria-labelledby={headingId}>
      <div className="rn-section-card__head">
        <Heading2 id={headingId}>
          {title === '' ? 'Sectie zonder titel' : title}
          {required && <span className="rn-required"> (verplicht)</span>}
        </Heading2>
        {props.verdict}
      </div>
      {free && (
        <div className="rn-section-card__tools">
          <FormField>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor={sectionTitleId(section.key)}>Titel van de sectie</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Textbox
                id={sectionTitleId(section.key)}
                value={section.titel ?? ''}
                readOnly={readOnly}
                onBlur={props.onBlur}
                onChange={(event: ChangeEvent<HTMLInputElement>) => {
                  props.onTitle(section.key, event.target.value);
                }}
              />
            </div>
          </FormField>
          {!readOnly && (
            <div className="rn-actions">
              <Button
                appearance="subtle-button"
                disabled={!props.canMoveUp}
                onClick={() => {
                  props.onMove(section.key, -1);
                }}
              >
                {`${title || 'Sectie'} omhoog`}
              </Button>
              <Button
                appearance="subtle-button"
                disabled={!props.canMoveDown}
                onClick={() => {
                  props.onMove(section.key, 1);
                }}
              >
                {`${title || 'Sectie'} omlaag`}
              </Button>
            </div>
          )}
        </div>
      )}
      {props.choice}
      {error !== undefined && (
        <p id={errorId} className="utrecht-form-field-error-message rn-section-card__error">
          {error}
        </p>
      )}
      <RichTextEditor
        id={sectionId(section.key)}
        label={title === '' ? 'Sectie zonder titel' : title}
        value={section.inhoud}
        onChange={(html) => {
          props.onText(section.key, html);
        }}
        onHeld={props.onHeld}
        onBlur={props.onBlur}
        readOnly={readOnly}
        invalid={error !== undefined}
        {...(error !== undefined && { describedBy: errorId })}
        {...(props.lijstnummering !== undefined && { lijstnummering: props.lijstnummering })}
        {...(props.findings !== undefined && { findings: props.findings })}
        {...(props.images !== undefined && { images: props.images })}
      />
      {props.removable && !readOnly && (
        <div className="rn-actions">
          <Button
            appearance="subtle-button"
            onClick={() => {
              // Text is never lost by a slip: a section with text is removed only when the writer says so.
              if (
                hasContent(section.inhoud) &&
                !window.confirm(`Sectie "${title}" verwijderen? De tekst erin gaat dan verloren.`)
              )
                return;
              props.onRemove(section.key);
            }}
          >
            {`Sectie ${title || 'zonder titel'} verwijderen`}
          </Button>
        </div>
      )}
    </section>
  );
});
