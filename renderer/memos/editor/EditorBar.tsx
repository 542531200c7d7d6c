import { Button } from '@utrecht/component-library-react';
import type { Missing } from './missing.js';
import type { SaveState } from './saver.js';
import { describeSave } from './use-autosave.js';

/**
 * Always in view at the top of the editor: whether the typing is saved (read out politely when it changes), how much
 * is still missing with a link to the first of it, and "Controleren", the register's own check of the whole memo.
 */
export function EditorBar({
  state,
  missing,
  checking,
  onCheck,
}: {
  state: SaveState;
  missing: readonly Missing[];
  checking: boolean;
  onCheck: (() => void) | undefined;
}) {
  const first = missing[0];
  const failed = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <div className="rn-editor-bar">
      <p
        role="status"
        className={failed ? 'rn-editor-bar__save rn-editor-bar__save--failed' : 'rn-editor-bar__save'}
      >
        {describeSave(state)}
      </p>
      <p className="rn-editor-bar__missing" id="nota-ontbreekt">
        {first === undefined ? (
          'Alles wat verplicht is, is ingevuld.'
        ) : (
          <>
            <strong>
              {missing.length === 1 ? 'Nog 1 ding te doen' : `Nog ${missing.length} dingen te doen`}
            </strong>
            {': '}
            <a
              className="utrecht-link"
              href={`#${first.target}`}
              onClick={(event) => {
                // The address's fragment is the app's route: the link moves the focus itself.
                event.preventDefault();
                const target = document.getElementById(first.target);
                target?.scrollIntoView({ block: 'center' });
                target?.focus();
              }}
            >
              {first.text}
            </a>
          </>
        )}
      </p>
      {onCheck && (
        <Button appearance="secondary-action-button" busy={checking} disabled={checking} onClick={onCheck}>
          Controleren
        </Button>
      )}
    </div>
  );
}
