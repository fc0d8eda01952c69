/**
 * On SQLite this moves `runs.series` to the end of the row, so that reading the other columns never walks the
 * series' overflow pages. PostgreSQL keeps large values out of line already (TOAST): nothing to do here.
 */
export async function up(): Promise<void> {}

export async function down(): Promise<void> {}
