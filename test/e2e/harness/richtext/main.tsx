// The rich-text editor alone on a page, for test/e2e/richtext-*.test.ts (built by test/helpers/editor-harness.ts).
// The page's `window.harness` (api.ts) mounts it with the props a test gives and records what it hands back.
import { createRoot, type Root } from 'react-dom/client';
import { StrictMode } from 'react';
import {
  RichTextEditor,
  type RichTextEditorProps,
} from '../../../../renderer/memos/editor/richtext/RichTextEditor.js';
import { canonicalHtml } from '../../../../renderer/memos/editor/richtext/html.js';
import type { RichTextHarness } from './api.js';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '../../../../renderer/styles/app.css';

let root: Root | undefined;

const harness: RichTextHarness = {
  changes: [],
  blurs: 0,
  uploads: [],
  canonicalHtml,
  paste(data) {
    const clipboard = new DataTransfer();
    for (const [kind, value] of Object.entries(data)) clipboard.setData(kind, value);
    document
      .getElementById('sectie-kernboodschap')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
  },
  mount(options) {
    root?.unmount();
    harness.changes = [];
    harness.blurs = 0;
    harness.uploads = [];
    const container = document.getElementById('root');
    if (!container) throw new Error('no #root');
    root = createRoot(container);
    // Served by the harness's server from the same origin, as the CSP allows.
    const images: RichTextEditorProps['images'] = {
      upload: (file) => {
        harness.uploads.push(file.name);
        return Promise.resolve(
          file.name.startsWith('kapot')
            ? { error: `${file.name} is geen PNG- of JPEG-bestand` }
            : { naam: file.name },
        );
      },
      address: (naam) => (harness.uploads.includes(naam) ? `/afbeeldingen/${naam}` : undefined),
    };
    root.render(
      <StrictMode>
        <main className="rn-main">
          <h1>Kernboodschap</h1>
          <RichTextEditor
            id="sectie-kernboodschap"
            label="Kernboodschap"
            value={options.value}
            onChange={(html) => harness.changes.push(html)}
            onBlur={() => {
              harness.blurs++;
            }}
            lijstnummering={options.lijstnummering}
            readOnly={options.readOnly}
            invalid={options.invalid}
            images={options.images ? images : undefined}
          />
        </main>
      </StrictMode>,
    );
  },
};
(window as unknown as { harness: RichTextHarness }).harness = harness;
