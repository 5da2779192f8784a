import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

/** The font family name pack PDFs use: DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew. */
export const pdfFontFamily = 'DejaVuSans';

let registered = false;

/** The folder holding the DejaVu TTF files of the `dejavu-fonts-ttf` package. */
export function dejaVuFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * Prepares the shared pdfmake instance once: registers DejaVu Sans (so any Unicode prints,
 * not only the Latin-1 of the PDF standard fonts), forbids every URL fetch, and allows local
 * reads only from the font folder, so hostile content cannot make the renderer read files.
 */
export function preparePdfmake(): typeof pdfmake {
  if (registered) return pdfmake;
  const folder = dejaVuFolder();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(folder));
  pdfmake.addFonts({
    [pdfFontFamily]: {
      normal: join(folder, 'DejaVuSans.ttf'),
      bold: join(folder, 'DejaVuSans-Bold.ttf'),
      italics: join(folder, 'DejaVuSans-Oblique.ttf'),
      bolditalics: join(folder, 'DejaVuSans-BoldOblique.ttf'),
    },
  });
  registered = true;
  return pdfmake;
}
