import { contrastRatio } from '../../core/contrast.js';
import type { HuisstijlThema } from '../../core/model/huisstijl.js';

const WHITE = 'FFFFFF';

/**
 * The municipality's heading colour from its huisstijl on the theme's headings, when it is dark enough to read on the
 * white page (WCAG AA, 4.5:1); a lighter one keeps the theme's own, so that no huisstijl can make a screen fail. Set
 * through the CSSOM, which the CSP allows (a style attribute in the page would not be).
 */
export function applyTheme(body: HTMLElement, thema: HuisstijlThema): void {
  const koppen = thema.kleuren.koppen;
  if (contrastRatio(koppen, WHITE) >= 4.5) body.style.setProperty('--basis-heading-color', `#${koppen}`);
}
