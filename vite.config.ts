// Builds the analysts' web app (src/web) into dist-web/, which `toex serve` serves.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const centroidsId = 'virtual:district-centroids';

/** The region of the nine forces (West Mercia to Norfolk and Kent), degrees. */
const region = { south: 50.7, north: 53.1, west: -3.3, east: 1.9 };

/**
 * Bundles the postcode-district centroids of the region (from the reference copy of
 * uk-postcode-districts.csv) as a module, so the hotspot map needs no network or tiles.
 */
function districtCentroids(): Plugin {
  return {
    name: 'toex-district-centroids',
    resolveId: (id) => (id === centroidsId ? `\0${centroidsId}` : null),
    load(id) {
      if (id !== `\0${centroidsId}`) return null;
      const csv = readFileSync(`${root}data/reference/uk-postcode-districts.csv`, 'utf8');
      const centroids: Record<string, [number, number]> = {};
      for (const line of csv.split('\n').slice(1)) {
        const [district, , , lat, lon] = line.split(',');
        const latitude = Number(lat);
        const longitude = Number(lon);
        if (!district || !inRegion(latitude, longitude)) continue;
        centroids[district] = [latitude, longitude];
      }
      return `export default ${JSON.stringify(centroids)};`;
    },
  };
}

function inRegion(latitude: number, longitude: number): boolean {
  return (
    latitude >= region.south &&
    latitude <= region.north &&
    longitude >= region.west &&
    longitude <= region.east
  );
}

export default defineConfig({
  root: `${root}src/web`,
  base: '/',
  plugins: [react(), districtCentroids()],
  build: {
    outDir: process.env['TOEX_WEB_OUT'] ?? `${root}dist-web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
