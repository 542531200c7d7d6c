import { EditorScreen } from '../memos/editor/EditorScreen.js';
import { MemoListScreen } from '../memos/list/MemoListScreen.js';
import { VersionsScreen } from '../memos/versions/VersionsScreen.js';
import { ImportScreen } from '../register/import/ImportScreen.js';
import { ItemScreen } from '../register/item/ItemScreen.js';
import { RegisterScreen } from '../register/list/RegisterScreen.js';
import { OverviewScreen } from '../register/overview/OverviewScreen.js';
import { SettingsScreen } from '../settings/SettingsScreen.js';
import { ServerGone } from '../components/ServerGone.js';
import { Layout } from './Layout.js';
import type { Route } from './route.js';
import { useRoute } from './use-route.js';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'register':
      return <RegisterScreen />;
    case 'item':
      return <ItemScreen key={`${route.soort}/${route.id}`} soort={route.soort} id={route.id} />;
    case 'import':
      return <ImportScreen />;
    case 'overview':
      return <OverviewScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'memos':
      return <MemoListScreen />;
    case 'memo':
      return <EditorScreen key={route.id} id={route.id} />;
    case 'versions':
      return <VersionsScreen key={route.id} id={route.id} />;
  }
}

export function App({ unreachable, gemeente }: { unreachable: boolean; gemeente: string | undefined }) {
  const route = useRoute();
  return (
    <Layout current={route} gemeente={gemeente} banner={unreachable ? <ServerGone /> : undefined}>
      <Screen route={route} />
    </Layout>
  );
}
