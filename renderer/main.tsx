import { StrictMode, useEffect, useState, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { createClient } from '../api/client/client.js';
import { App } from './app/App.js';
import { ClientProvider } from './app/client-context.js';
import { applyTheme } from './app/theme.js';
import { chooseTransport } from './transport/choose.js';
// The NL Design System: Utrecht's components, styled by the "Voorbeeld" theme's design tokens; a municipality's own
// theme replaces the tokens, the components stay. Then the app's own layout on those tokens.
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './styles/app.css';

/** Whether the server answered the last call: a tiny store, so that only the banner re-renders when it changes. */
let unreachable = false;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const setUnreachable = (value: boolean): void => {
  if (value === unreachable) return;
  unreachable = value;
  for (const listener of listeners) listener();
};

function Root({ client }: { client: ReturnType<typeof createClient> }) {
  const gone = useSyncExternalStore(subscribe, () => unreachable);
  const [gemeente, setGemeente] = useState<string>();
  useEffect(() => {
    void client.invoke('huisstijl.theme', {}).then((result) => {
      if (!result.ok) return;
      applyTheme(document.body, result.value);
      setGemeente(result.value.gemeente);
    });
  }, [client]);
  return (
    <ClientProvider value={client}>
      <App unreachable={gone} gemeente={gemeente} />
    </ClientProvider>
  );
}

const chosen = chooseTransport(window, setUnreachable);
const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    {'transport' in chosen ? (
      <Root client={createClient(chosen.transport)} />
    ) : (
      <main className="rn-main">
        <Alert type="error" role="alert">
          <Paragraph>{chosen.missing}</Paragraph>
        </Alert>
      </main>
    )}
  </StrictMode>,
);
