import { PageContent, PageHeader, SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { hrefOf, type Route } from './route.js';

const NAV: ReadonlyArray<{ label: string; route: Route }> = [
  { label: "Nota's", route: { screen: 'memos' } },
  { label: 'Register', route: { screen: 'register' } },
  { label: 'Lijst inlezen', route: { screen: 'import' } },
  { label: 'Stand van zaken', route: { screen: 'overview' } },
  { label: 'Instellingen', route: { screen: 'settings' } },
];

/** The screens that belong to a place in the navigation without being one: an item's page is in the register. */
const SECTION_OF: Partial<Record<Route['screen'], Route['screen']>> = {
  item: 'register',
  memo: 'memos',
  versions: 'memos',
};

/**
 * The address's fragment holds the route, so the skip link must not go to `#inhoud` as a plain link would (that would
 * leave the screen): it moves the focus to the content itself.
 */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}

interface LayoutProps {
  current: Route;
  /** The municipality's name from its huisstijl, once known. */
  gemeente: string | undefined;
  banner?: ReactNode;
  children: ReactNode;
}

/** The frame of every screen: a skip link, the app's and municipality's name, the navigation with the place marked. */
export function Layout({ current, gemeente, banner, children }: LayoutProps) {
  const here = SECTION_OF[current.screen] ?? current.screen;
  return (
    <div className="rn-app">
      <SkipLink href="#inhoud" onClick={skipToContent}>
        Naar de inhoud
      </SkipLink>
      <PageHeader className="rn-header">
        <span className="rn-brand">
          Raadsnota
          {gemeente && <span className="rn-brand__gemeente">{gemeente}</span>}
        </span>
        <nav aria-label="Hoofdmenu">
          <ul className="rn-nav">
            {NAV.map(({ label, route }) => (
              <li key={route.screen}>
                <a
                  className="utrecht-link rn-nav__link"
                  href={hrefOf(route)}
                  aria-current={route.screen === here ? 'page' : undefined}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHeader>
      {banner}
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="rn-main">
          {children}
        </main>
      </PageContent>
    </div>
  );
}
