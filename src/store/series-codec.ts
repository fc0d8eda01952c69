/**
 * The `runs.series` column's codec. It lives with the importers so that the decode threads can pack a
 * run's series where they decode it; the store reads and writes the same bytes through it.
 */
export { decodeSeries, encodeSeries, encodeSeriesAsync } from '../importers/series-codec';
