import { useEffect, useState } from 'react';
import { hrefOf, parseRoute, type Route } from './route.js';
import { canFlush, flushAll, hasUnsaved, mayLeave } from './unsaved.js';

/**
 * The current route, following the address. A change of address while a form has unsaved changes asks first; when
 * the user stays, the address goes back to where they were.
 */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    let current = window.location.hash;
    const follow = (): void => {
      if (window.location.hash === current) return;
      // Only `#/…` is a route; any other fragment (an in-page anchor) leaves the screen as it is.
      if (!window.location.hash.startsWith('#/') && window.location.hash !== '') {
        window.history.replaceState(null, '', current);
        return;
      }
      if (hasUnsaved() && canFlush()) {
        // A screen that saves by itself saves first; the address comes back when it has tried.
        const wanted = window.location.hash;
        window.history.replaceState(null, '', current);
        void flushAll().then(() => {
          if (mayLeave()) window.location.hash = wanted;
        });
        return;
      }
      if (!mayLeave()) {
        window.history.replaceState(null, '', current);
        return;
      }
      current = window.location.hash;
      setRoute(parseRoute(current));
    };
    const warn = (event: BeforeUnloadEvent): void => {
      if (hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('beforeunload', warn);
    };
  }, []);
  return route;
}

/** Goes to a route as a link would (through the same question when a form is unsaved). */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
