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
  | { screen: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [first, soort, id] = parts;
  if (first === 'register' && (soort === 'motie' || soort === 'toezegging') && /^[1-9]\d*$/.test(id ?? '')) {
    return { screen: 'item', soort, id: Number(id) };
  }
  if (first === 'register' && (soort === 'import' || soort === 'overview')) return { screen: soort };
  if (first === 'settings') return { screen: 'settings' };
  return { screen: 'register' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'item':
      return `#/register/${route.soort}/${route.id}`;
    case 'import':
    case 'overview':
      return `#/register/${route.screen}`;
    default:
      return `#/${route.screen}`;
  }
}
