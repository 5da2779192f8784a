import { renderHtml } from '../document/render-html.js';
import { profileDocument, type ProfileDocumentMeta } from './profile-document.js';
import type { VawgProfile } from './profile-types.js';

/**
 * Renders a VAWG profile as one self-contained HTML file (inline CSS, inline SVG charts, no
 * scripts, no network), marked OFFICIAL-SENSITIVE at top and bottom, record text escaped.
 */
export function renderProfileHtml(profile: VawgProfile, meta: ProfileDocumentMeta = {}): string {
  return renderHtml(profileDocument(profile, meta));
}

/** The profile as JSON: every figure and row, the period, options and model versions. */
export function renderProfileJson(profile: VawgProfile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}
