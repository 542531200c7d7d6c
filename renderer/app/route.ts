/**
 * The app's places, in the address after `#`: the same in the browser and in Electron's app:// page, and a reload
 * or the back button lands where the user was. One capability, one name: `#/register/import` is the import screen
 * of `register.import`, in renderer/register/import/.
 */
export type Route =
  | { screen: 'register' }
  | { screen: 'item'; soort: 'motie' | 'toezegging'; id: number }
  | { screen: 'import' }
  | { screen: 'overview' }
  | { screen: 'settings' }
  | { screen: 'memos' }
  | { screen: 'memo'; id: number }
  | { screen: 'versions'; id: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [first, soort, id] = parts;
  if (first === 'register' && (soort === 'motie' || soort === 'toezegging') && /^[1-9]\d*$/.test(id ?? '')) {
    return { screen: 'item', soort, id: Number(id) };
  }
  if (first === 'register' && (soort === 'import' || soort === 'overview')) return { screen: soort };
  if (first === 'settings') return { screen: 'settings' };
  if (first === 'memos' && (soort === undefined || soort === '')) return { screen: 'memos' };
  if (first === 'memos' && /^[1-9]\d*$/.test(soort ?? '')) {
    if (id === undefined) return { screen: 'memo', id: Number(soort) };
    if (id === 'versies') return { screen: 'versions', id: Number(soort) };
  }
  return { screen: 'register' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'item':
      return `#/register/${route.soort}/${route.id}`;
    case 'import':
    case 'overview':
      return `#/register/${route.screen}`;
    case 'memo':
      return `#/memos/${route.id}`;
    case 'versions':
      return `#/memos/${route.id}/versies`;
    default:
      return `#/${route.screen}`;
  }
}
