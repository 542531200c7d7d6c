import { PAGE, TEXT_WIDTH } from './docx-styles.js';
import type { Picture, RequestedSize } from './tree.js';

/** Word measures a picture in pixels of 96 to the inch, the page in twips (1440 to the inch): 15 twips a pixel. */
const TWIPS_PER_PX = 15;
/** Room on the page below a picture of the full text height for its caption, one inch. */
const CAPTION_ROOM = 1440;

/** The largest picture the page holds: the text's width, and its height less room for a caption. */
export const MAX_FIGURE = {
  widthPx: Math.floor(TEXT_WIDTH / TWIPS_PER_PX),
  heightPx: Math.floor((PAGE.height - 2 * PAGE.margin - CAPTION_ROOM) / TWIPS_PER_PX),
} as const;

/**
 * The size a picture is printed at, in pixels at 96 dpi: the size the writer asked for (`width`, `height`; one of them
 * alone keeps the picture's proportions), else its own size, so that it is never blown up beyond its pixels. Either
 * way it is made smaller, proportions kept, until it fits the text's width and the page's height.
 */
export function figureSize(
  picture: Picture,
  requested: RequestedSize = {},
): { widthPx: number; heightPx: number } {
  const ratio = picture.heightPx / picture.widthPx;
  const width =
    requested.widthPx ?? (requested.heightPx === undefined ? picture.widthPx : requested.heightPx / ratio);
  const height = requested.heightPx ?? width * ratio;
  const scale = Math.min(1, MAX_FIGURE.widthPx / width, MAX_FIGURE.heightPx / height);
  return {
    widthPx: Math.max(1, Math.round(width * scale)),
    heightPx: Math.max(1, Math.round(height * scale)),
  };
}
