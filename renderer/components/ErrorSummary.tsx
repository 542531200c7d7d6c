import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { inputId } from './form-errors.js';

/**
 * What is wrong with a form, at its top: each problem links to its field. The links move the focus themselves: the
 * address's fragment is the app's route, so a plain `#field` link would leave the screen. The summary takes the focus
 * when it appears, so a keyboard or screen-reader user hears what to fix.
 */
export function ErrorSummary({
  form,
  errors,
  labels,
  summaryId = `${form}-samenvatting`,
  title = 'Dit moet nog goed',
}: {
  form: string;
  errors: ReadonlyMap<string, string[]>;
  labels: Readonly<Record<string, string>>;
  /** The heading's id: another summary of the same form (the export's, beside "Controleren"'s) needs its own. */
  summaryId?: string;
  title?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [errors]);
  if (errors.size === 0) return null;
  return (
    <div ref={box} tabIndex={-1} className="rn-summary" aria-labelledby={summaryId}>
      <Alert type="error">
        <Heading2 id={summaryId}>{title}</Heading2>
        <ul>
          {[...errors].flatMap(([field, messages]) =>
            messages.map((message) => (
              <li key={`${field}:${message}`}>
                {field === '' ? (
                  <Paragraph>{message}</Paragraph>
                ) : (
                  <a
                    className="utrecht-link"
                    href={`#${inputId(form, field)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(inputId(form, field))?.focus();
                    }}
                  >
                    {`${labels[field] ?? field}: ${message}`}
                  </a>
                )}
              </li>
            )),
          )}
        </ul>
      </Alert>
    </div>
  );
}
