// The rule lives in core, so that the editor in the renderer reads plain text exactly as the engine does.
export { plainTextAsHtml } from '../../core/plain-text.js';
