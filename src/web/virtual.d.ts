/** Postcode-district centroids of the region, bundled at build time: district -> [lat, long]. */
declare module 'virtual:district-centroids' {
  const centroids: Record<string, [number, number]>;
  export default centroids;
}
