import { renderAsync } from 'docx-preview';

/** The bytes of a base64 text, one at a time: no argument list as long as the file. */
export function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Renders a DOCX with docx-preview into `shadow`, if `stillWanted` says so once it is done: a render that a newer
 * one overtook never replaces it. The app's CSP refuses <style> elements, and docx-preview writes its CSS as <style>
 * elements: they go into a container that never joins the document (so the browser neither applies nor refuses
 * them), and their text becomes constructed stylesheets adopted by the shadow root, which also keeps the document's
 * styles from reaching the app around it. Pictures become data: URLs, which need no revoking (the CSP allows them
 * for images only); embedded fonts are not loaded (font-src is the app's own).
 */
export async function renderDocx(
  bytes: Uint8Array,
  shadow: ShadowRoot,
  stillWanted: () => boolean,
): Promise<boolean> {
  const body = document.createElement('div');
  const styles = document.createElement('div');
  await renderAsync(bytes, body, styles, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreFonts: true,
    useBase64URL: true,
    renderHeaders: true,
    renderFooters: true,
    renderFootnotes: true,
  });
  if (!stillWanted()) return false;
  const sheets = Array.from(styles.querySelectorAll('style'), (style) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent);
    return sheet;
  });
  // docx-preview drops a picture's description; the preview is the document's look, its text is in the editor.
  for (const image of body.querySelectorAll('img:not([alt])')) image.setAttribute('alt', '');
  shadow.adoptedStyleSheets = sheets;
  shadow.replaceChildren(body);
  return true;
}
